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
function checkError(e: unknown, target: PropFuzzTarget, broken: readonly string[], what: string): void {
  if (!(e instanceof Error) || e.constructor !== Error) {
    throw new Error(`${what}: threw ${e instanceof Error ? `${e.constructor.name}: ${e.message}\n${e.stack}` : show(e)}, not a prop Error`);
  }
  if (!target.owners.some((o) => e.message.includes(o))) {
    throw new Error(`${what}: the error does not name ${target.owners.join(' or ')}: ${e.message}`);
  }
  const named = [...broken, ...(target.usedAs ?? [])].some((p) => e.message.includes(p) || p.split('.').some((seg) => /^\d+$/.test(seg) ? false : e.message.includes(`'${seg}`) || e.message.includes(`${seg}'`)));
  if (!named) throw new Error(`${what}: the error does not name ${broken.join(' or ')}: ${e.message}`);
}

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
