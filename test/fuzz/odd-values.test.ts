/**
 * Odd values anywhere in an object give findings for that object, never an exception: every Istio object of the
 * valid corpus, with one value replaced (or one key added) by something a YAML or JSON file can hold but nobody
 * expects there: objects with keys plain objects inherit (`toString`, `constructor`, `__proto__`), arrays, deep
 * nesting, huge or fractional numbers, long strings with control characters. Each case is validated on its own and
 * analysed with its corpus neighbours; no layer may throw (the guard that turns a throw into a finding says "cannot
 * read this object", which must never appear).
 */
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { analyze, isIstioObject, Layer, parseManifests, validateObject } from '../../src/validation';
import { validateSchema } from '../../src/validation/schema';
import { validateWebhook } from '../../src/validation/webhook';

const CORPUS = path.join(__dirname, '..', 'validation', 'corpus', 'valid');
/** Each corpus file's objects: a mutated object is analysed with its own file's neighbours (fast, and related). */
const files: object[][] = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.yaml')).sort()
  .map((f) => parseManifests(fs.readFileSync(path.join(CORPUS, f), 'utf8'), f).map((d) => d.object));
const istio: Array<{ object: object; neighbours: object[] }> = files.flatMap((objs) =>
  objs.filter(isIstioObject).map((object) => ({ object, neighbours: objs.filter((o) => o !== object) })));

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const INHERITED_KEYS = ['toString', 'valueOf', 'constructor', '__proto__', 'hasOwnProperty', 'toJSON', 'length'];

function nested(depth: number, leaf: Json): Json {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

function objectWith(key: string, value: Json): { [k: string]: Json } {
  const o: { [k: string]: Json } = {};
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
  return o;
}

const oddValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, 0, -1, 1e308, -0.5, 4294967296, 65536, '', ' ', '*', '0', 'x'.repeat(100_000),
    '\u001b]0;pwned\u0007\nerror FAKE', [], [[]], {}, [null], { toString: 'x' }, { toString: {} }, { valueOf: {} },
    [{ toString: {} }], '/'.repeat(50_000), '='.repeat(50_000), 'a.'.repeat(20_000)),
  fc.tuple(fc.constantFrom(...INHERITED_KEYS), fc.constantFrom<Json>('x', 1, {}, [], null, { a: 1 })).map(([k, v]) => objectWith(k, v)),
  fc.integer({ min: 1, max: 500 }).map((d) => nested(d, 'deep')),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
);

/** Every path to a value in `v` (the root excluded). */
function paths(v: unknown, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []) {
  if (Array.isArray(v)) v.forEach((x, i) => { out.push([...prefix, i]); paths(x, [...prefix, i], out); });
  else if (v !== null && typeof v === 'object') {
    for (const k of Object.keys(v)) { out.push([...prefix, k]); paths((v as Record<string, unknown>)[k], [...prefix, k], out); }
  }
  return out;
}

function mutate(obj: object, at: Array<string | number>, addKey: string | undefined, value: Json): object {
  const copy = JSON.parse(JSON.stringify(obj)) as Record<string, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const step of at.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = at[at.length - 1];
  const target = parent[last];
  if (addKey !== undefined && target !== null && typeof target === 'object' && !Array.isArray(target)) {
    Object.defineProperty(target, addKey, { value, enumerable: true, writable: true, configurable: true });
  } else {
    parent[last] = value;
  }
  return copy;
}

const unreadable = (m: string) => m.includes('cannot read this object');

test('corpus objects with one odd value: findings, never an exception', () => {
  const cases = fc.tuple(fc.nat(istio.length - 1), fc.nat(), fc.option(fc.constantFrom(...INHERITED_KEYS, 'extra')), oddValue);
  fc.assert(fc.property(cases, ([which, pick, addKey, value]) => {
    const { object: base, neighbours } = istio[which];
    const all = paths(base);
    const at = all[pick % all.length];
    const obj = mutate(base, at, addKey ?? undefined, value);
    const findings = validateObject(obj);
    const crashed = findings.filter((f) => unreadable(f.message));
    if (crashed.length > 0) {
      // Run the layer again unguarded: the failure then carries its stack, which tells where to fix it.
      (crashed[0].layer === Layer.SCHEMA ? validateSchema : validateWebhook)(obj);
      throw new Error(`${at.join('.')}${addKey ? `+${addKey}` : ''}: ${crashed[0].message}`);
    }
    analyze([...neighbours, obj]);
  }), { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) });
});
