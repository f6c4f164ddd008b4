/**
 * The Kubernetes 1.33 schema's value rules (imports/kubernetes-schemas.json, from kubernetes-models@4.5.1): every
 * enum, every int32/int64 range, every quantity and base64 field of the 13 kinds, each with an invalid value (a
 * finding on exactly that field path that names the allowed values or range) and a valid neighbour (no finding on
 * that path).
 */
import { validateObject } from '../../../src/validation';
import { validateAgainst } from '../../../src/validation/schema';
import * as compileModule from '../../../src/validation/schema/compile';
import { buildRegistry, CrdBundle, loadBundle } from '../../../src/validation/schema/registry';
import { breaking, bundle, KINDS, objectWith, pathOf } from './schema-leaves';

function findingsAt(obj: Record<string, unknown>, path: string): string[] {
  return validateObject(obj).filter((f) => f.path === path && f.code === 'CKI0002').map((f) => f.message);
}

describe('the schema is Kubernetes 1.33.0 from the chosen packages', () => {
  test('source and size: every kind but ServiceAccount and Namespace has enums or formats', () => {
    expect(bundle.source).toContain('kubernetes-models@4.5.1');
    expect(bundle.source).toContain('Kubernetes 1.33.0');
    expect(bundle.builtIn).toBe(true);
    expect(KINDS.filter(([, , list]) => list.length === 0).map(([kind]) => kind).sort()).toEqual(['Namespace', 'ServiceAccount']);
    const enums = KINDS.flatMap(([, , list]) => list.filter((l) => l.schema.enum)).length;
    expect(enums).toBeGreaterThan(300);
  });
});

describe.each(KINDS)('%s (%s)', (kind, apiVersion, list) => {
  const enums = list.filter((l) => l.schema.enum);
  const ints = list.filter((l) => l.schema.format === 'int32' || l.schema.format === 'int64');
  const quantities = list.filter((l) => l.schema.format === 'quantity');
  const bytes = list.filter((l) => l.schema.format === 'byte');

  test('every enum: another value names the path and the allowed values; the schema takes every allowed value', () => {
    const wrong: string[] = [];
    for (const leaf of enums) {
      const { steps, schema } = leaf;
      const path = pathOf(steps);
      const allowed = schema.enum!.map((v) => JSON.stringify(v)).join(', ');
      const { value, message } = breaking(leaf, path);
      const bad = findingsAt(objectWith(apiVersion, kind, steps, value), path);
      if (!bad.includes(message)) wrong.push(`${path}: ${JSON.stringify(bad)}`);
      // Only the schema's verdict: the API server's rules may allow a subset (a Deployment's restartPolicy is Always).
      for (const v of schema.enum!) {
        const found = findingsAt(objectWith(apiVersion, kind, steps, v), path).filter((m) => m.endsWith(`supported values: ${allowed}`));
        if (found.length > 0) wrong.push(`${path} (${JSON.stringify(v)}): ${JSON.stringify(found)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('every int32/int64 field: one past the Go range is refused with the range; the bound passes', () => {
    const wrong: string[] = [];
    for (const leaf of ints) {
      const path = pathOf(leaf.steps);
      const { steps } = leaf;
      const { value, message } = breaking(leaf, path);
      const bad = findingsAt(objectWith(apiVersion, kind, steps, value), path);
      if (!bad.includes(message)) wrong.push(`${path}: ${JSON.stringify(bad)}`);
      const bound = leaf.schema.format === 'int32' ? 2 ** 31 - 1 : Number.MAX_SAFE_INTEGER;
      const good = findingsAt(objectWith(apiVersion, kind, steps, bound), path).filter((m) => m.includes('must be of type'));
      if (good.length > 0) wrong.push(`${path} (valid): ${JSON.stringify(good)}`);
    }
    expect(wrong).toEqual([]);
  });

  test('every quantity: an unparsable string is refused; a suffixed string and a fraction pass', () => {
    const wrong: string[] = [];
    for (const leaf of quantities) {
      const { steps } = leaf;
      const path = pathOf(steps);
      const { value, message } = breaking(leaf, path);
      const bad = findingsAt(objectWith(apiVersion, kind, steps, value), path);
      if (!bad.includes(message)) wrong.push(`${path}: ${JSON.stringify(bad)}`);
      for (const ok of ['1.5Gi', 0.5]) {
        const good = findingsAt(objectWith(apiVersion, kind, steps, ok), path).filter((m) => m.includes('must be of type'));
        if (good.length > 0) wrong.push(`${path} (${ok}): ${JSON.stringify(good)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  if (bytes.length > 0) {
    test('every base64 field: non-base64 is refused; base64 passes', () => {
      for (const leaf of bytes) {
        const { steps } = leaf;
        const path = pathOf(steps);
        const { value, message } = breaking(leaf, path);
        expect(findingsAt(objectWith(apiVersion, kind, steps, value), path)).toEqual([message]);
        expect(findingsAt(objectWith(apiVersion, kind, steps, 'aGVsbG8='), path)).toEqual([]);
      }
    });
  }
});

describe('Go decoding, not OpenAPI: the differences a built-in kind has', () => {
  const pod = (container: Record<string, unknown>) => ({
    apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { restartPolicy: 'Always', containers: [{ name: 'a', image: 'a', ...container }] },
  });

  test('an empty string in an enum field is unset (defaulted by the API server), not an unsupported value', () => {
    expect(validateObject(pod({ imagePullPolicy: '' }))).toEqual([]);
    expect(validateObject(pod({ imagePullPolicy: 'Sometimes' })).map((f) => f.path)).toEqual(['spec.containers[0].imagePullPolicy']);
  });

  test('a quantity may be a fraction (cpu: 0.5) but not an object; an int-or-string port may not be a fraction', () => {
    expect(validateObject(pod({ resources: { limits: { cpu: 0.5 } } }))).toEqual([]);
    expect(validateObject(pod({ resources: { limits: { cpu: {} } } })).map((f) => f.message)).toEqual([
      'Invalid value: "object": spec.containers[0].resources.limits[cpu] in body must be of type number or string: "object"',
    ]);
    expect(validateObject(pod({ readinessProbe: { httpGet: { port: 80.5 } } })).map((f) => f.message)).toEqual([
      'Invalid value: "number": spec.containers[0].readinessProbe.httpGet.port in body must be of type integer or string: "number"',
    ]);
  });

  test('an integer field refuses a fraction (Go decodes it into an int32)', () => {
    expect(validateObject(pod({ ports: [{ containerPort: 80.5 }] })).map((f) => f.message)).toEqual([
      'Invalid value: "number": spec.containers[0].ports[0].containerPort in body must be of type integer: "number"',
    ]);
  });

  test('the CRD families keep OpenAPI semantics: no Go ranges, an empty string is not an enum member', () => {
    const dr = { apiVersion: 'networking.istio.io/v1', kind: 'DestinationRule', metadata: { name: 'd' }, spec: { host: 'a', trafficPolicy: { loadBalancer: { simple: '' } } } };
    expect(validateObject(dr).map((f) => f.path)).toEqual(['spec.trafficPolicy.loadBalancer.simple']);
  });
});

describe('every bundle compiles each kind on first use', () => {
  test('building the registry compiles nothing; each kind compiles once, when its first object arrives (with Go decoding)', () => {
    const spy = jest.spyOn(compileModule, 'compileSchema');
    try {
      const registry = buildRegistry(bundle, 'the Kubernetes 1.33 API');
      expect(spy).toHaveBeenCalledTimes(0);
      const deployment = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' }, spec: { replicas: 'two' } };
      expect(validateAgainst(registry, deployment).map((f) => f.path)).toEqual(['spec.replicas', 'spec.selector', 'spec.template']);
      validateAgainst(registry, deployment);
      expect(spy).toHaveBeenCalledTimes(1);
      expect(spy.mock.calls[0][2]).toBe(true);
      validateAgainst(registry, { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: {} });
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });

  test('CRD bundles compile on first use as well (a broken CEL rule is reported on the first object of its kind)', () => {
    const spy = jest.spyOn(compileModule, 'compileSchema');
    try {
      const registry = buildRegistry(loadBundle(CrdBundle.FLAGGER), 'the Flagger CRDs');
      expect(spy).toHaveBeenCalledTimes(0);
      validateAgainst(registry, { apiVersion: 'flagger.app/v1beta1', kind: 'Canary', metadata: { name: 'c' }, spec: {} });
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });
});
