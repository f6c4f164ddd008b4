import fc from 'fast-check';
import { analyze } from '../../../src/validation/analysis';
import { deployment, destinationRule, pairs, route, service, virtualService } from './fixtures';

describe('analysis properties', () => {
  test('never throws, whatever the objects look like', () => {
    const kinds = ['Service', 'Pod', 'Deployment', 'constructor', 'toString', 'Namespace', 'ConfigMap', 'VirtualService', 'DestinationRule',
      'ServiceEntry', 'Sidecar', 'Telemetry', 'PeerAuthentication', 'IstioOperator', 'CronJob'];
    const versions = ['v1', 'apps/v1', 'batch/v1', 'networking.istio.io/v1', 'security.istio.io/v1',
      'telemetry.istio.io/v1', 'install.istio.io/v1alpha1'];
    const obj = fc.record({
      apiVersion: fc.constantFrom(...versions),
      kind: fc.constantFrom(...kinds),
      metadata: fc.anything(),
      spec: fc.anything(),
      data: fc.anything(),
    });
    fc.assert(fc.property(fc.array(fc.oneof(obj, fc.anything() as fc.Arbitrary<unknown>), { maxLength: 8 }), (objs) => {
      expect(Array.isArray(analyze(objs as object[]))).toBe(true);
    }), { numRuns: 300 });
  });

  test('IST0173 fires exactly for the subsets whose version has no running Deployment', () => {
    const versions = ['v1', 'v2', 'v3', 'v4'];
    const arb = fc.record({
      subsets: fc.subarray(versions, { minLength: 1 }),
      deployed: fc.subarray(versions, { minLength: 1 }),
      scaledToZero: fc.subarray(versions),
    });
    fc.assert(fc.property(arb, ({ subsets, deployed, scaledToZero }) => {
      const objs = [
        service('api', 'shop', { app: 'api' }),
        destinationRule('api', 'shop', { host: 'api', subsets: subsets.map((v) => ({ name: v, labels: { version: v } })) }),
        ...deployed.map((v) => deployment(`api-${v}`, 'shop', { app: 'api', version: v },
          { replicas: scaledToZero.includes(v) ? 0 : 2 })),
      ];
      const running = deployed.filter((v) => !scaledToZero.includes(v));
      const expected = subsets.flatMap((v, i) => (running.includes(v) ? [] : [`spec.subsets[${i}]`]));
      expect(pairs(analyze(objs).filter((f) => f.code === 'IST0173')).map((p) => p.path)).toEqual(expected);
    }));
  });

  test('IST0101 subset findings are exactly the routes to undefined subsets', () => {
    const names = ['v1', 'v2', 'canary', 'stable'];
    const arb = fc.record({ defined: fc.subarray(names), routed: fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 5 }) });
    fc.assert(fc.property(arb, ({ defined, routed }) => {
      const objs = [
        service('api', 'shop', { app: 'api' }),
        destinationRule('api', 'shop', { host: 'api.shop.svc.cluster.local', subsets: defined.map((v) => ({ name: v, labels: { version: v } })) }),
        virtualService('api', 'shop', { hosts: ['api'], http: [{ route: routed.map((s) => route('api', { subset: s })) }] }),
      ];
      const expected = routed.flatMap((s, j) => (defined.includes(s) ? [] : [`spec.http[0].route[${j}].destination.subset`]));
      expect(pairs(analyze(objs).filter((f) => f.code === 'IST0101')).map((p) => p.path)).toEqual(expected);
    }));
  });
});
