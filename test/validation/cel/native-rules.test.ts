/**
 * The plain-JavaScript rules (src/validation/cel/native-rules.ts) give CEL's result wherever they answer, on
 * generated values of every shape a converted `self` can take; and thanks to them (plus compiling per kind and per
 * rule on first use) typical Istio objects are validated without loading the CEL engine.
 */
import * as fc from 'fast-check';
import { compileCel } from '../../../src/validation/cel';
import { nativeRule, nativeRuleTexts } from '../../../src/validation/cel/native-rules';
import { CrdBundle, loadBundle } from '../../../src/validation/schema/registry';

const durationText = fc.oneof(
  fc.constantFrom('0', '1ms', '999us', '1000us', '0.5ms', '1.0ms', '-1s', '+2s', '1h2m3.5s', '9223372036854775807ns',
    '9223372036854775808ns', '2562047h', '2562048h', '1', 'ms', '.s', '1d', '', '1e3ms', '0.0009999999s', '1µs', '1us'),
  fc.tuple(fc.integer({ min: -5, max: 5000 }), fc.constantFrom('ns', 'us', 'µs', 'ms', 's', 'm', 'h', 'x', ''))
    .map(([n, u]) => `${n}${u}`),
  fc.string({ maxLength: 8 }),
);
const key = fc.oneof(fc.constantFrom('', '*', 'a*', 'host', '*.example.com', 'constructor'), fc.string({ maxLength: 6 }));
const selfValue: fc.Arbitrary<unknown> = fc.oneof(
  durationText,
  fc.string({ maxLength: 10 }),
  fc.bigInt({ min: -70000n, max: 70000n }),
  fc.constantFrom(0n, 1n, 65535n, 65536n, -1n),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.array(fc.oneof(key, fc.bigInt({ min: 0n, max: 9n })), { maxLength: 3 }),
  fc.dictionary(key, fc.string({ maxLength: 3 }), { maxKeys: 4 }),
  fc.dictionary(key, fc.string({ maxLength: 3 }), { maxKeys: 4 }).map((d) => new Map(Object.entries(d))),
  fc.constant(new Date(0)),
  fc.constant(Uint8Array.from([1, 2])),
);

// The Istio texts; the Gateway API ones take lists of rules or parentRefs and have their own generators below.
const ISTIO_TEXTS = nativeRuleTexts().filter((t) => !t.endsWith('<= 128') && !t.startsWith('self.all(p1'));

describe.each(ISTIO_TEXTS)('%s', (text) => {
  const native = nativeRule(text)!;
  const cel = compileCel(text);

  test('answers as CEL does wherever it answers, and answers for the values the schema gives it', () => {
    let answered = 0;
    fc.assert(fc.property(selfValue, (self) => {
      const mine = native(self);
      if (mine === undefined) return;
      answered++;
      expect(cel.evaluate(self)).toBe(mine);
    }), { numRuns: 1500 });
    expect(answered).toBeGreaterThan(10);
  });
});

test('the Istio texts are the six common ones', () => {
  expect(ISTIO_TEXTS).toHaveLength(6);
});

test('the duration rule leaves unparsable texts to CEL, so the error reads the same', () => {
  const native = nativeRule("duration(self) >= duration('1ms')")!;
  expect(native('1d')).toBeUndefined();
  expect(native('500us')).toBe(false);
  expect(native('1ms')).toBe(true);
  expect(() => compileCel("duration(self) >= duration('1ms')").evaluate('1d')).toThrow('invalid duration');
});

test('typical Istio objects validate without loading the CEL engine; a rarer rule loads it', () => {
  jest.isolateModules(() => {
    jest.doMock('../../../src/validation/cel/cel-js', () => ({
      celJs: () => {
        throw new Error('CEL engine loaded');
      },
    }));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { validateObject } = require('../../../src/validation') as typeof import('../../../src/validation');
    const meta = { name: 'reviews', namespace: 'bookinfo' };
    expect(validateObject({
      apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: meta,
      spec: { hosts: ['reviews'], http: [{ timeout: '5s', retries: { attempts: 3, perTryTimeout: '2s' },
        route: [{ destination: { host: 'reviews', subset: 'v1', port: { number: 9080 } }, weight: 100 }] }] },
    })).toEqual([]);
    expect(validateObject({
      apiVersion: 'networking.istio.io/v1', kind: 'DestinationRule', metadata: meta,
      spec: { host: 'reviews', trafficPolicy: { connectionPool: { tcp: { connectTimeout: '1s' } },
        outlierDetection: { interval: '10s', baseEjectionTime: '30s' } }, subsets: [{ name: 'v1', labels: { version: 'v1' } }] },
    })).toEqual([]);
    expect(validateObject({
      apiVersion: 'networking.istio.io/v1', kind: 'Gateway', metadata: meta,
      spec: { selector: { istio: 'ingressgateway' }, servers: [{ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['*'] }] },
    })).toEqual([]);
    // A duration that is not Go syntax needs CEL's own error, so the engine loads (a layer that throws is reported
    // as a finding).
    expect(validateObject({
      apiVersion: 'networking.istio.io/v1', kind: 'DestinationRule', metadata: meta,
      spec: { host: 'reviews', trafficPolicy: { outlierDetection: { interval: '1d' } } },
    }).map((f) => f.message)).toContainEqual(expect.stringContaining('CEL engine loaded'));
  });
  jest.dontMock('../../../src/validation/cel/cel-js');
});

describe('the Gateway API matches cap (at most 128 matches over the first 16 rules)', () => {
  const texts = nativeRuleTexts().filter((t) => t.endsWith('<= 128'));
  const rules = (sizes: (number | undefined)[]) => sizes.map((n) => (n === undefined ? { name: 'r' } : { matches: Array.from({ length: n }, () => ({})) }));

  test.each(texts.map((t) => [t.includes('has(') ? 'guarded' : 'unguarded', t] as const))('%s text: CEL\'s result at the boundary', (_kind, text) => {
    const native = nativeRule(text)!;
    const cel = compileCel(text);
    const cases = [
      rules(Array(16).fill(8)), rules([...Array(16).fill(8), 50]), rules([...Array(15).fill(8), 9]), rules([128]), rules([129]), rules([]),
      rules([3, undefined, 4]), rules(Array(17).fill(8)),
    ];
    const answers = cases.map((c) => native(c));
    expect(answers.slice(0, 6)).toEqual([true, true, false, true, false, true]);
    cases.forEach((c, i) => {
      if (answers[i] === undefined) expect(() => cel.evaluate(c)).toThrow();
      else expect(cel.evaluate(c)).toBe(answers[i]);
    });
    // An absent `matches` counts 0 in the guarded text and is CEL's error in the other.
    expect(answers[6]).toBe(text.includes('has(') ? true : undefined);
  });

  test.each(texts)('generated rule lists: %#', (text) => {
    const native = nativeRule(text)!;
    const cel = compileCel(text);
    const sizes = fc.array(fc.oneof(fc.integer({ min: 6, max: 10 }), fc.constant(undefined)), { maxLength: 18 });
    fc.assert(fc.property(sizes, (s) => {
      const value = rules(s);
      const mine = native(value);
      if (mine === undefined) expect(() => cel.evaluate(value)).toThrow();
      else expect(cel.evaluate(value)).toBe(mine);
    }), { numRuns: 200 });
  });
});

test('every rule with a plain-JavaScript version is a rule of the Istio or Gateway API CRDs, word for word', () => {
  const texts = new Set<string>();
  const walk = (s: unknown): void => {
    if (s === null || typeof s !== 'object') return;
    if (Array.isArray(s)) return s.forEach(walk);
    for (const r of (s as { 'x-kubernetes-validations'?: { rule: string }[] })['x-kubernetes-validations'] ?? []) texts.add(r.rule);
    Object.values(s).forEach(walk);
  };
  for (const bundle of [CrdBundle.ISTIO, CrdBundle.GATEWAY_API]) walk(loadBundle(bundle).schemas);
  expect(nativeRuleTexts().filter((t) => !texts.has(t))).toEqual([]);
});

describe('the Gateway API parentRef rules (same parent once; sectionName on both or neither)', () => {
  const texts = nativeRuleTexts().filter((t) => t.startsWith('self.all(p1'));
  const parentRef = fc.record({
    group: fc.constantFrom('', 'gateway.networking.k8s.io'), kind: fc.constantFrom('Gateway', 'Service'),
    // A name that is not a string (or absent) is a CEL error, which the plain version leaves to CEL.
    name: fc.oneof(fc.constantFrom('edge', 'mesh'), fc.constant(5)), namespace: fc.constantFrom('', 'a', 'b'),
    sectionName: fc.constantFrom('', 'http', 'https'),
  }, { requiredKeys: [] });

  test.each(texts)('%s', (text) => {
    expect(texts.length).toBe(4);
    const native = nativeRule(text)!;
    const cel = compileCel(text);
    let answered = 0;
    fc.assert(fc.property(fc.array(parentRef, { maxLength: 4 }), (refs) => {
      const mine = native(refs);
      if (mine === undefined) return;
      answered++;
      expect(cel.evaluate(refs)).toBe(mine);
    }), { numRuns: 800 });
    expect(answered).toBeGreaterThan(50);
  });
});
