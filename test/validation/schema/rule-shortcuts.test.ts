/**
 * The shortcuts of the schema layer's CEL rules (plain-JavaScript rules, remembered outcomes per schema node; see
 * src/validation/schema/rules.ts) must not change a single finding: every corpus document and generated Gateway API
 * objects get the same findings with the shortcuts on (repeatedly, so remembered outcomes are used) as with every
 * rule run in CEL on every value.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { formatFinding, validateObject } from '../../../src/validation';
import { smallJsonKey } from '../../../src/validation/schema/rule-memo';
import { useRuleShortcuts } from '../../../src/validation/schema/rules';
import { loadCorpus } from '../kinds-corpus/corpus';

function findings(obj: object): string[] {
  return validateObject(obj).map((f) => `${f.layer} ${formatFinding(f)}`);
}

function withoutShortcuts<T>(run: () => T): T {
  useRuleShortcuts(false);
  try {
    return run();
  } finally {
    useRuleShortcuts(true);
  }
}

function istioCorpus(): object[] {
  const dir = path.join(__dirname, '..', 'corpus');
  return ['valid', 'invalid'].flatMap((sub) => fs.readdirSync(path.join(dir, sub)).filter((f) => f.endsWith('.yaml')).sort()
    .flatMap((f) => parseAllDocuments(fs.readFileSync(path.join(dir, sub, f), 'utf8')).map((d) => d.toJS() as object)))
    .filter((o) => o !== null);
}

const CORPORA: [string, object[]][] = [
  ['Gateway API', [...loadCorpus('gateway-api-valid.yaml'), ...loadCorpus('gateway-api-invalid.yaml')].map((d) => d.object)],
  ['Istio', istioCorpus()],
];

test.each(CORPORA)('the %s corpus gets the same findings with and without the shortcuts', (_name, objects) => {
  expect(objects.length).toBeGreaterThan(30);
  const plain = withoutShortcuts(() => objects.map(findings));
  // Two passes: the first fills the remembered outcomes, the second reads them.
  for (let pass = 0; pass < 2; pass++) expect(objects.map(findings)).toEqual(plain);
  expect(plain.flat().filter((f) => f.startsWith('schema ')).length).toBeGreaterThan(10);
});

// Small vocabularies, so that values repeat across objects (remembered outcomes are used) and rules fail both ways.
const pathMatch = fc.record({
  type: fc.constantFrom('Exact', 'PathPrefix', 'RegularExpression', 'Bogus'),
  value: fc.constantFrom('/', '/api', '//x', '/a/../b', '/%2F', 'relative', '/a#b', '/.', '/ok/'),
}, { requiredKeys: [] });
const filter = fc.oneof(
  fc.constant({ type: 'RequestHeaderModifier', requestHeaderModifier: { set: [{ name: 'x-a', value: '1' }] } }),
  fc.constant({ type: 'RequestHeaderModifier' }),
  fc.constant({ type: 'URLRewrite', urlRewrite: { path: { type: 'ReplacePrefixMatch', replacePrefixMatch: '/v2' } } }),
  fc.constant({ type: 'RequestRedirect', requestRedirect: { path: { type: 'ReplaceFullPath', replaceFullPath: '/x' } } }),
  fc.constant({ type: 'RequestMirror', requestMirror: { backendRef: { name: 'm', port: 80 }, percent: 10, fraction: { numerator: 1 } } }),
);
const backendRef = fc.record({
  name: fc.constantFrom('v1', 'v2', 'v3'), port: fc.constantFrom(80, 8080, 0), weight: fc.constantFrom(0, 10, 90),
  kind: fc.constantFrom('Service', 'Other'), group: fc.constantFrom('', 'example.com'), filters: fc.array(filter, { maxLength: 2 }),
}, { requiredKeys: ['name'] });
const rule = fc.record({
  matches: fc.array(fc.record({ path: pathMatch }, { requiredKeys: [] }), { maxLength: 9 }),
  filters: fc.array(filter, { maxLength: 3 }),
  backendRefs: fc.array(backendRef, { maxLength: 3 }),
  timeouts: fc.record({ request: fc.constantFrom('10s', '1d', '0s'), backendRequest: fc.constantFrom('1s', '20s') }, { requiredKeys: [] }),
}, { requiredKeys: [] });
const parentRef = fc.record({
  name: fc.constantFrom('gw', 'svc'), kind: fc.constantFrom('Gateway', 'Service'), group: fc.constantFrom('', 'gateway.networking.k8s.io'),
  port: fc.constantFrom(80, 443), sectionName: fc.constantFrom('http', ''), namespace: fc.constantFrom('shop', ''),
}, { requiredKeys: ['name'] });
const route = fc.record({
  name: fc.constantFrom('a', 'b'),
  spec: fc.record({
    parentRefs: fc.array(parentRef, { maxLength: 3 }),
    hostnames: fc.array(fc.constantFrom('example.com', '*.example.com', 'bad_host', '*'), { maxLength: 2 }),
    rules: fc.array(rule, { maxLength: 17 }),
  }, { requiredKeys: [] }),
}).map(({ name, spec }) => ({ apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: { name, namespace: 'shop' }, spec }));

test('generated HTTPRoutes get the same findings with and without the shortcuts', () => {
  let failing = 0;
  fc.assert(fc.property(fc.array(route, { minLength: 1, maxLength: 6 }), (routes) => {
    const plain = withoutShortcuts(() => routes.map(findings));
    expect(routes.map(findings)).toEqual(plain);
    failing += plain.filter((f) => f.some((l) => l.startsWith('schema '))).length;
  }), { numRuns: 40 });
  expect(failing).toBeGreaterThan(25);
});

describe('the key of a remembered value', () => {
  test('tells apart every pair of different small plain-JSON values', () => {
    const json = fc.jsonValue({ maxDepth: 3 }).filter((v) => smallJsonKey(v) !== undefined);
    fc.assert(fc.property(json, json, (a, b) => {
      const same = JSON.stringify(a) === JSON.stringify(b) && !hasNegativeZero(a) && !hasNegativeZero(b);
      expect(smallJsonKey(a) === smallJsonKey(b)).toBe(same);
    }), { numRuns: 1000 });
  });

  test('is refused for values CEL would see differently from their JSON text, and for large values', () => {
    for (const v of [{ a: undefined }, [1, undefined], 1n, new Map(), -0, { n: -0 }, NaN, Infinity, new Date(0), 'x'.repeat(300), [, 1]]) {
      expect(smallJsonKey(v)).toBeUndefined();
    }
    expect(smallJsonKey({ type: 'PathPrefix', value: '/' })).toBe('{"type":"PathPrefix","value":"/",}');
    expect(smallJsonKey(['1', 1, true, 't', null, 'n'])).not.toBe(smallJsonKey(['1', 1, 't', true, 'n', null]));
  });
});

function hasNegativeZero(v: unknown): boolean {
  if (Object.is(v, -0)) return true;
  return v !== null && typeof v === 'object' && Object.values(v).some(hasNegativeZero);
}
