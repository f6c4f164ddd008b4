/**
 * A reusable fast-check harness for construct props given from plain JavaScript (no compiler to stop wrong types).
 *
 * Each run starts from a valid set of props, breaks one or two of them (any listed path, nested ones included)
 * with a hostile value: wrong types, null, NaN, ±Infinity, bigint, symbols, functions, objects where strings
 * belong, arrays, `{toString: ...}`, class instances of the wrong class, unknown enum strings. Then it builds the
 * construct and asserts one of two outcomes:
 * - an `Error` (exactly `Error`, as PropErrors throws; never a TypeError or RangeError from inside) whose message
 *   names the construct and one of the broken props (a path segment in quotes, or the whole path);
 * - or the construct accepted the props: then the value was of the valid prop's type (no silent coercion, no
 *   dropped or written-through value: a wrong-typed value, NaN, ±Infinity, a bigint, a symbol, a function or an
 *   unknown enum string is never accepted; null and undefined are, as "not set", for optional props), the app
 *   synthesizes, and every emitted object passes validation and analysis without errors.
 *
 * Apply it to a new construct in a few lines (see construct-props.test.ts):
 *
 *   fuzzProps({
 *     owners: ['MyConstruct'],
 *     validProps: () => ({ name: 'x', port: 80 }),
 *     paths: ['name', 'port'],
 *     enums: { mode: Object.values(MyMode) },
 *     build: (props, chart) => new MyConstruct(chart, 'c', props as unknown as MyConstructProps),
 *   }, 5000);
 *
 * Keep `build` on the fast path (construct only: synthesis runs only for accepted props, which are rare).
 */
import * as os from 'os';
import { App, Chart, Testing } from 'cdk8s';
import fc from 'fast-check';
import { MeshValidation } from '../../src/synth/mesh-validation';
import { isError, validateAndAnalyze } from '../../src/validation';

export interface PropFuzzTarget {
  /** Names an error may give as its owner: the construct, or the value class whose factory was called. */
  readonly owners: readonly string[];
  /** A fresh, valid set of props (called once per run; it is mutated). */
  readonly validProps: () => Record<string, unknown>;
  /** Dotted paths into the props that the construct reads (`stable.resources.cpu.request`). */
  readonly paths: readonly string[];
  /** Paths whose valid values are a fixed set of strings (an enum): any other string must be refused. */
  readonly enums?: { readonly [path: string]: readonly unknown[] };
  /** Paths that must be set: null and undefined are refused there too. */
  readonly required?: readonly string[];
  /** Props an error may name instead of the broken path (a factory's value is refused by the prop it was used in). */
  readonly usedAs?: readonly string[];
  /** Builds the construct(s) under `chart` from the props; throws on bad props. */
  readonly build: (props: Record<string, unknown>, chart: Chart) => void;
}

const QUIET = { report: () => undefined };
const OUTDIR = os.tmpdir(); // never written: the harness synthesizes in memory only

class Unrelated {
  public readonly amount = 1;
}

/** Values no prop should take as given. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, NaN, Infinity, -Infinity, -0, 0, -1, 1.5, 2 ** 53, 1e21, '', ' ', 'XML',
    'x'.repeat(300), 'a\nb', '\u001b[31m', true, false, 10n, Symbol('prop'), () => 'x', [], [1], ['x'], [null], {},
    { toString: 'x' }, { valueOf: () => 1 }, Object.create(null), new Date(0), /x/, new Map(), new Unrelated(),
    { amount: 1 }, { request: 1 }, { request: {}, limit: {} }),
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);

/** Writes `value` at a dotted path, creating plain objects on the way (a missing optional parent). */
export function setPath(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  let o: Record<string, unknown> = target;
  for (const k of keys.slice(0, -1)) {
    const next = o[k];
    if (next === null || typeof next !== 'object') o[k] = {};
    else if (Object.isFrozen(next) || Object.getPrototypeOf(next) === Object.prototype || Array.isArray(next)) o[k] = Array.isArray(next) ? [...next] : { ...next };
    o = o[k] as Record<string, unknown>;
  }
  o[keys[keys.length - 1]] = value;
}

function getPath(target: Record<string, unknown>, dotted: string): unknown {
  let o: unknown = target;
  for (const k of dotted.split('.')) o = o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined;
  return o;
}

function show(v: unknown): string {
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'symbol' || typeof v === 'function') return String(v);
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}

/** Why accepting `value` where `valid` belongs is wrong, or undefined when it may be accepted. */
function wrongToAccept(path: string, value: unknown, valid: unknown, target: PropFuzzTarget): string | undefined {
  if (value === undefined || value === null) return target.required?.includes(path) ? 'a required prop was missing' : undefined;
  if (typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function') return `a ${typeof value}`;
  if (typeof value === 'number' && !Number.isFinite(value)) return 'not a finite number';
  const enumValues = target.enums?.[path];
  if (enumValues && !enumValues.includes(value)) return 'not one of the enum values';
  if (valid === undefined || valid === null) return undefined; // no valid value to compare types with
  if (typeof value !== typeof valid) return `a ${typeof value} where a ${typeof valid} belongs`;
  if (Array.isArray(value) !== Array.isArray(valid)) return Array.isArray(value) ? 'an array where none belongs' : 'not an array';
  if (typeof valid === 'object' && !Array.isArray(valid)) {
    const proto = Object.getPrototypeOf(valid);
    if (proto !== Object.prototype && proto !== null && !(value instanceof (proto.constructor as new () => unknown))) {
      return `not a ${(proto.constructor as { name: string }).name}`;
    }
  }
  return undefined;
}

/** Asserts that `e` is a prop error of the target that names one of the broken paths. */
function checkError(e: unknown, target: PropFuzzTarget, broken: readonly string[], describe: string | (() => string)): void {
  const what = () => (typeof describe === 'string' ? describe : describe());
  if (!(e instanceof Error) || e.constructor !== Error) {
    throw new Error(`${what()}: threw ${e instanceof Error ? `${e.constructor.name}: ${e.message}\n${e.stack}` : show(e)}, not a prop Error`);
  }
  if (!target.owners.some((o) => e.message.includes(o))) {
    throw new Error(`${what()}: the error does not name ${target.owners.join(' or ')}: ${e.message}`);
  }
  const named = [...broken, ...(target.usedAs ?? [])].some((p) => e.message.includes(p) || p.split('.').some((seg) => /^\d+$/.test(seg) ? false : e.message.includes(`'${seg}`) || e.message.includes(`${seg}'`)));
  if (!named) throw new Error(`${what()}: the error does not name ${broken.join(' or ')}: ${e.message}`);
}

/** Runs per construct and per factory; `FUZZ_RUNS=<n>` raises it for a longer local hunt (the issue asks for ≥ 5,000). */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 5000);

/** Runs the property `numRuns` times (see the header). */
export function fuzzProps(target: PropFuzzTarget, numRuns: number): void {
  const breaks = fc.array(fc.tuple(fc.constantFrom(...target.paths), hostileValue), { minLength: 1, maxLength: 2 });
  fc.assert(fc.property(breaks, (drawn) => {
    // Paths that overlap (the same, or one inside the other) would overwrite each other: the first one stays.
    const overlap = (p: string, q: string) => p === q || p.startsWith(`${q}.`) || q.startsWith(`${p}.`);
    const changes = drawn.filter(([p], i) => !drawn.slice(0, i).some(([q]) => overlap(p, q)));
    const props = target.validProps();
    const valid = changes.map(([p]) => getPath(target.validProps(), p));
    for (const [p, v] of changes) setPath(props, p, v);
    const what = `${target.owners[0]} with ${changes.map(([p, v]) => `${p} = ${show(v)}`).join(', ')}`;
    // A fresh app per run (constructs record app-wide claims), without Testing.app()'s temporary directory per run.
    const app = new App({ outdir: OUTDIR });
    MeshValidation.enable(app, { reporter: QUIET }); // warnings are expected at random; errors still fail synth
    const chart = new Chart(app, 'fuzz');
    try {
      target.build(props, chart);
    } catch (e) {
      checkError(e, target, changes.map(([p]) => p), what);
      return;
    }
    changes.forEach(([p, v], i) => {
      const why = wrongToAccept(p, v, valid[i], target);
      if (why !== undefined) throw new Error(`${what}: accepted without an error (${why})`);
    });
    let objects: object[];
    try {
      objects = Testing.synth(chart);
    } catch (e) {
      throw new Error(`${what}: accepted, then synthesis failed: ${e instanceof Error ? e.message : show(e)}`);
    }
    const errors = validateAndAnalyze(objects).filter(isError);
    if (errors.length > 0) throw new Error(`${what}: accepted, but the output is invalid: ${errors[0].message}`);
  }), { numRuns });
}

/**
 * A value-class factory (or another static method that takes plain values) as a fuzz target. Its arguments are
 * given as props named after its parameters, so nested paths break inside option objects (`options.port`).
 */
export interface FactoryFuzzTarget {
  /** `Class.method`, as its errors name it. */
  readonly factory: string;
  /** Valid arguments, by parameter name (called once per run; it is mutated). */
  readonly validArgs: () => Record<string, unknown>;
  /** Paths to break: parameters and fields of option parameters. Default: every parameter. */
  readonly paths?: readonly string[];
  /** Parameters that must be given (null and undefined are refused there). Default: every parameter. */
  readonly required?: readonly string[];
  readonly enums?: { readonly [path: string]: readonly unknown[] };
  /** Calls the factory with the arguments. */
  readonly call: (args: Record<string, unknown>) => unknown;
  /**
   * Uses an accepted value the way a user would, under `chart` (a construct prop); the construct must refuse it with
   * a prop Error or synthesize valid output. Omitted for methods whose result is checked by `check`.
   */
  readonly use?: (value: unknown, chart: Chart) => void;
  /** Construct names an error from `use` may give, and the props it may name. */
  readonly usedBy?: readonly string[];
  readonly usedAs?: readonly string[];
  /** Other names the method's own errors may give as their owner (its class, or the source it was told to name). */
  readonly namedAs?: readonly string[];
  /** Extra arguments a method without parameters ignores, as every JavaScript function does (any value is fine). */
  readonly ignored?: readonly string[];
  /** Checks an accepted call's result directly (for methods that return no value object). */
  readonly check?: (value: unknown, args: Record<string, unknown>) => void;
}

/**
 * A fingerprint of a value for "was an equal value already checked": classes, keys, numbers and booleans as they
 * are, strings by shape (runs of letters or digits shortened, other characters kept, length bucketed), so that the
 * costly synth-and-validate check runs once per kind of accepted value rather than once per random string.
 */
export function fingerprint(v: unknown, typesOnly = false, depth = 0): string {
  if (typeof v === 'string') return typesOnly ? 's' : `s:${stringShape(v)}`;
  if (typeof v === 'number') return typesOnly ? `n:${Number.isInteger(v) ? 'int' : Number.isFinite(v) ? 'real' : String(v)}` : `n:${String(v)}`;
  if (typeof v === 'boolean' || typeof v === 'bigint' || v === null || v === undefined) return `${typeof v}:${String(v)}`;
  if (typeof v !== 'object' || depth > 4) return typeof v;
  if (Array.isArray(v)) return `[${v.map((x) => fingerprint(x, typesOnly, depth + 1)).join(',')}]`;
  const proto = Object.getPrototypeOf(v);
  const name = proto === null ? 'null' : (proto.constructor as { name?: string } | undefined)?.name ?? '?';
  const keys = Object.keys(v).sort();
  return `${name}{${keys.map((k) => `${k}=${fingerprint((v as Record<string, unknown>)[k], typesOnly, depth + 1)}`).join(',')}}`;
}

/** Letters, digits and other characters as classes. */
function charClass(c: string): string {
  if (c >= 'a' && c <= 'z') return 'a';
  if (c >= 'A' && c <= 'Z') return 'A';
  if (c >= '0' && c <= '9') return '0';
  return c;
}

/**
 * What the library's string rules look at: the length (bucketed at the limits they use), the first and last
 * character's class, the set of classes in between, and whether a non-alphanumeric character repeats back to back
 * (`--`, `..`, `//`). Strings with the same shape are judged alike by those rules.
 */
function stringShape(s: string): string {
  if (s === '') return '';
  const bucket = s.length < 16 ? 1 : s.length < 64 ? 2 : s.length < 254 ? 3 : s.length <= 1024 ? 4 : 5;
  let classes = '';
  let repeats = false;
  for (let i = 0; i < s.length; i++) {
    const c = charClass(s[i]);
    if (!classes.includes(c)) classes += c;
    if (i > 0 && c === s[i] && s[i - 1] === c) repeats = true;
  }
  return `${bucket}${charClass(s[0])}${charClass(s[s.length - 1])}|${[...classes].sort().join('')}|${repeats ? 'r' : ''}`;
}

/**
 * Hostile values for the factory runs, drawn once per test file: generating them (`fc.object`, `fc.anything`) costs
 * more than most factories do, and 5,000 runs for each of 66 factories would spend most of their time there.
 */
const POOL_SIZE = 4096;
let pool: readonly unknown[] | undefined;
function hostilePool(): readonly unknown[] {
  pool ??= fc.sample(hostileValue, POOL_SIZE);
  return pool;
}

/** Builds `use(value)` in a fresh app: 'refused' (with a prop Error from the construct) or 'accepted' with valid output. */
function checkUse(target: FactoryFuzzTarget, value: unknown, broken: readonly string[], what: string): 'accepted' | 'refused' {
  const app = new App({ outdir: OUTDIR });
  MeshValidation.enable(app, { reporter: QUIET });
  const chart = new Chart(app, 'fuzz');
  try {
    target.use!(value, chart);
  } catch (e) {
    const asConstruct: PropFuzzTarget = {
      owners: [target.factory, ...(target.usedBy ?? [])], validProps: () => ({}), paths: [], usedAs: target.usedAs, build: () => undefined,
    };
    checkError(e, asConstruct, broken, `${what}, used`);
    return 'refused';
  }
  // Synthesis with MeshValidation enabled validates and analyzes every object: an error fails it.
  try {
    Testing.synth(chart);
  } catch (e) {
    throw new Error(`${what}: accepted, then synthesis failed: ${e instanceof Error ? e.message : show(e)}`);
  }
  return 'accepted';
}

/** Type structures per factory that are built into a construct and synthesized (and half as many other values). */
const USE_SAMPLE = 16;

/**
 * Runs a factory `numRuns` times with one or two arguments (or option fields) broken. The factory must throw an
 * `Error` naming it and the argument, or return a value; a value is then used the way a user would (`use`), and the
 * construct must refuse it with an `Error` naming the factory or the construct and the argument or the prop, or accept
 * it: then the broken arguments were of the right type (no silent coercion) and the output is valid. The factory
 * runs every time. A construct build and synth costs about a thousand factory calls, so it runs for the first USE_SAMPLE
 * type structures seen (a string where an object belongs, NaN, an array of numbers, ...) and a random sample of
 * USE_SAMPLE / 2 other distinct values (see `fingerprint`); a value equal to one built before reuses its outcome.
 */
export function fuzzFactory(target: FactoryFuzzTarget, numRuns: number): void {
  const params = Object.keys(target.validArgs());
  const paths = target.paths ?? params;
  const asProps: PropFuzzTarget = {
    owners: [target.factory, ...(target.namedAs ?? [])], validProps: target.validArgs, paths, enums: target.enums, required: target.required ?? params,
    usedAs: target.usedAs, build: () => undefined,
  };
  const outcomes = new Map<string, 'accepted' | 'refused'>();
  const typeStructures = new Set<string>();
  let sampled = 0;
  const values = hostilePool();
  const breaks = fc.array(fc.tuple(fc.constantFrom(...paths), fc.nat({ max: values.length - 1 })), { minLength: 1, maxLength: 2 });
  fc.assert(fc.property(breaks, (drawnIndexes) => {
    const drawn = drawnIndexes.map(([p, i]) => [p, values[i]] as const);
    const overlap = (p: string, q: string) => p === q || p.startsWith(`${q}.`) || q.startsWith(`${p}.`);
    const changes = drawn.filter(([p], i) => !drawn.slice(0, i).some(([q]) => overlap(p, q)));
    const args = target.validArgs();
    const valid = changes.map(([p]) => getPath(target.validArgs(), p));
    for (const [p, v] of changes) setPath(args, p, v);
    const what = () => `${target.factory} with ${changes.map(([p, v]) => `${p} = ${show(v)}`).join(', ')}`;
    let value: unknown;
    try {
      value = target.call(args);
    } catch (e) {
      checkError(e, asProps, changes.map(([p]) => p), what);
      return;
    }
    if (target.use) {
      const key = fingerprint(value);
      let outcome = outcomes.get(key);
      const types = fingerprint(value, true);
      // New type structures are built first, other new values while the sample lasts.
      const newType = !typeStructures.has(types);
      if (outcome === undefined && ((newType && typeStructures.size < USE_SAMPLE) || (!newType && sampled < USE_SAMPLE / 2))) {
        if (!newType) sampled++;
        typeStructures.add(types);
        outcome = checkUse(target, value, changes.map(([p]) => p), what());
        outcomes.set(key, outcome);
      }
      // Refused by the construct, or not built (then only the factory's own behaviour was judged).
      if (outcome !== 'accepted') return;
    }
    changes.forEach(([p, v], i) => {
      const why = target.ignored?.includes(p) ? undefined : wrongToAccept(p, v, valid[i], asProps);
      if (why !== undefined) throw new Error(`${what()}: accepted without an error (${why})`);
    });
    target.check?.(value, args);
  }), { numRuns });
}
