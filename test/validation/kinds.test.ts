import { isValidatedKind, KindFamily, kindFamilyOf, validateObject } from '../../src/validation';

const vs = { apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: { name: 'a' }, spec: { hosts: ['a'], http: [{ route: [{ destination: { host: 'a' } }] }] } };
const route = { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: { name: 'r' }, spec: {} };

describe('kind families', () => {
  test.each([
    [vs, KindFamily.ISTIO],
    [{ apiVersion: 'extensions.istio.io/v1alpha1', kind: 'WasmPlugin' }, KindFamily.ISTIO],
    [route, KindFamily.GATEWAY_API],
    [{ apiVersion: 'gateway.networking.k8s.io/v1alpha2', kind: 'TCPRoute' }, KindFamily.GATEWAY_API],
    [{ apiVersion: 'apps/v1', kind: 'Deployment' }, KindFamily.KUBERNETES],
    [{ apiVersion: 'v1', kind: 'Service' }, KindFamily.KUBERNETES],
    [{ apiVersion: 'policy/v1', kind: 'PodDisruptionBudget' }, KindFamily.KUBERNETES],
    [{ apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler' }, KindFamily.KUBERNETES],
    [{ apiVersion: 'batch/v1', kind: 'CronJob' }, KindFamily.KUBERNETES],
    [{ apiVersion: 'flagger.app/v1beta1', kind: 'Canary' }, KindFamily.FLAGGER],
    [{ apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout' }, KindFamily.ARGO_ROLLOUTS],
  ])('%j belongs to %s', (obj, family) => {
    expect(kindFamilyOf(obj)).toBe(family);
    expect(isValidatedKind(obj)).toBe(true);
  });

  test.each([
    [{ apiVersion: 'v1', kind: 'Endpoints' }],
    [{ apiVersion: 'autoscaling/v1', kind: 'HorizontalPodAutoscaler' }],
    [{ apiVersion: 'argoproj.io/v1alpha1', kind: 'Application' }],
    [{ apiVersion: 'cert-manager.io/v1', kind: 'Certificate' }],
    [{ kind: 'Service' }],
    [null],
    ['text'],
  ])('%j is not validated: validateObject returns []', (obj) => {
    expect(kindFamilyOf(obj)).toBeUndefined();
    expect(isValidatedKind(obj)).toBe(false);
    if (obj !== null && typeof obj === 'object') expect(validateObject(obj)).toEqual([]);
  });
});

describe('families load on first use', () => {
  test('an Istio object never loads the other families', () => {
    jest.isolateModules(() => {
      const refuse = (name: string) => () => {
        throw new Error(`${name} loaded`);
      };
      jest.doMock('../../src/validation/gateway-api', refuse('gateway-api'));
      jest.doMock('../../src/validation/kubernetes', refuse('kubernetes'));
      jest.doMock('../../src/validation/progressive-delivery', refuse('progressive-delivery'));
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const isolated = require('../../src/validation') as typeof import('../../src/validation');
      expect(isolated.validateObject(vs)).toEqual([]);
      expect(() => isolated.validateObject(route)).toThrow('gateway-api loaded');
      expect(() => isolated.validateObject({ apiVersion: 'v1', kind: 'Service' })).toThrow('kubernetes loaded');
      expect(() => isolated.validateObject({ apiVersion: 'flagger.app/v1beta1', kind: 'Canary' })).toThrow('progressive-delivery loaded');
    });
    for (const family of ['gateway-api', 'kubernetes', 'progressive-delivery']) jest.dontMock(`../../src/validation/${family}`);
  });
});

describe('Flagger and Argo Rollouts objects', () => {
  test('a Canary is checked against the Flagger CRD', () => {
    const canary = {
      apiVersion: 'flagger.app/v1beta1', kind: 'Canary', metadata: { name: 'billing', namespace: 'billing' },
      spec: {
        targetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'billing' },
        service: { port: 80 },
        analysis: { interval: '1m', threshold: 5, maxWeight: 50, stepWeight: 10 },
      },
    };
    expect(validateObject(canary)).toEqual([]);
    const missing = { ...canary, spec: { ...canary.spec, service: {} } };
    expect(validateObject(missing).map((f) => [f.code, f.path, f.message])).toEqual([['CKI0001', 'spec.service.port', 'Required value']]);
  });

  test('a Rollout is checked against the Argo Rollouts CRD', () => {
    const rollout = {
      apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', metadata: { name: 'billing' },
      spec: { selector: { matchLabels: { app: 'billing' } }, workloadRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'billing' },
        strategy: { canary: { steps: [{ setWeight: 20 }, { pause: {} }] } } },
    };
    expect(validateObject(rollout)).toEqual([]);
    const bad = { ...rollout, spec: { ...rollout.spec, strategy: { canary: { steps: [{ setWeight: 'twenty' }] } } } };
    expect(validateObject(bad).map((f) => [f.code, f.path])).toEqual([['CKI0001', 'spec.strategy.canary.steps[0].setWeight']]);
  });

  test('other argoproj.io kinds (Argo CD, Workflows) are left alone', () => {
    expect(validateObject({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Workflow', metadata: {}, spec: { bogus: 1 } })).toEqual([]);
  });
});

describe('CEL values are converted once per validation', () => {
  test('an object changed between two validations is judged as it is now (defaults make copies)', () => {
    // parentRefs get their defaults (group, kind) filled in for CEL, so the rule sees a converted copy.
    const route = {
      apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: { name: 'r', namespace: 'n' },
      spec: { parentRefs: [{ name: 'a' }, { name: 'b' }], rules: [{ backendRefs: [{ name: 's', port: 80 }] }] },
    };
    expect(validateObject(route)).toEqual([]);
    route.spec.parentRefs[1].name = 'a';
    expect(validateObject(route).map((f) => f.path)).toEqual(['spec.parentRefs']);
  });
});
