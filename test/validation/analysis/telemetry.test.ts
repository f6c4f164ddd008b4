import { configMapMesh } from './mesh-config';
import { deployment, istioOperator, pairs, run, telemetry } from './fixtures';

const noProvider = (name = 'logs', ns = 'shop') => telemetry(name, ns, { accessLogging: [{ providers: [{ name: 'envoy' }] }, { disabled: false }] });

describe('IST0157 access logging without provider', () => {
  test('fires (warning) when an entry names no provider and there is no default provider', () => {
    const findings = run([noProvider()], 'IST0157');
    expect(pairs(findings)).toEqual([{ code: 'IST0157', origin: 'Telemetry shop/logs', path: 'spec.accessLogging[1]' }]);
    expect(findings[0].severity).toBe('warning');
    expect(findings[0].message).toBe('this accessLogging entry names no provider and meshConfig.defaultProviders.accessLogging ' +
      'is empty, so nothing is logged; add `providers: [{name: envoy}]` (the built-in file logger) or set a default provider');
  });

  test('fires once per entry without providers, skipping entries that disable logging', () => {
    const t = telemetry('t', 'shop', { accessLogging: [{ disabled: true }, { providers: [{ name: 'envoy' }] }, {}, { disabled: false }] });
    expect(pairs(run([t], 'IST0157')).map((p) => p.path)).toEqual(['spec.accessLogging[2]', 'spec.accessLogging[3]']);
  });

  test('does not fire with providers, or with a default provider in an IstioOperator or the mesh ConfigMap', () => {
    expect(run([telemetry('ok', 'shop', { accessLogging: [{ providers: [{ name: 'envoy' }] }] })], 'IST0157')).toEqual([]);
    const defaults = { defaultProviders: { accessLogging: ['envoy'] } };
    expect(run([noProvider(), istioOperator(defaults)], 'IST0157')).toEqual([]);
    expect(run([noProvider(), configMapMesh('defaultProviders:\n  accessLogging: [envoy]\n')], 'IST0157')).toEqual([]);
  });
});

describe('IST0160 several selector-less Telemetries', () => {
  test('fires (error) on each of them', () => {
    const findings = run([telemetry('a', 'shop', {}), telemetry('b', 'shop', { tracing: [{ randomSamplingPercentage: 1 }] })], 'IST0160');
    expect(pairs(findings).map((p) => p.origin)).toEqual(['Telemetry shop/a', 'Telemetry shop/b']);
    expect(findings[0].severity).toBe('error');
    expect(findings[0].message).toBe('several Telemetries without selector are namespace-wide in "shop" (a, b) and Istio ' +
      'applies only one of them; merge them into one');
    const root = run([telemetry('a', 'istio-system', {}), telemetry('b', 'istio-system', {})], 'IST0160');
    expect(root[0].message).toContain('mesh-wide (root namespace)');
  });

  test('selectors and targetRefs make a Telemetry workload-scoped', () => {
    expect(run([telemetry('a', 'shop', { selector: null }), telemetry('z', 'shop', {})], 'IST0160')).toHaveLength(2);
    expect(run([telemetry('a', 'shop', {}), telemetry('b', 'shop', { selector: { matchLabels: { app: 'x' } } }),
      telemetry('c', 'shop', { targetRefs: [{ kind: 'Service', name: 'x' }] })], 'IST0160')).toEqual([]);
  });
});

describe('IST0159 / IST0101 Telemetry selectors', () => {
  const web = () => deployment('web', 'shop', { app: 'web', tier: 'front' });
  const sel = (name: string, matchLabels: object) => telemetry(name, 'shop', { selector: { matchLabels } });

  test('IST0159 fires on each Telemetry selecting the same workload', () => {
    const findings = run([web(), sel('a', { app: 'web' }), sel('b', { tier: 'front' })], 'IST0159');
    expect(pairs(findings)).toEqual([
      { code: 'IST0159', origin: 'Telemetry shop/a', path: 'spec.selector.matchLabels' },
      { code: 'IST0159', origin: 'Telemetry shop/b', path: 'spec.selector.matchLabels' },
    ]);
    expect(findings[0].message).toBe('Telemetries shop/a, shop/b all select Deployment shop/web and Istio applies only one ' +
      'of them; make the selectors disjoint or merge the Telemetries');
    expect(run([web(), sel('a', { app: 'web' })], 'IST0159')).toEqual([]);
  });

  test('IST0101 fires for a selector matching no workload of a namespace in the inputs', () => {
    const findings = run([web(), sel('a', { app: 'api' })], 'IST0101');
    expect(pairs(findings)).toEqual([{ code: 'IST0101', origin: 'Telemetry shop/a', path: 'spec.selector.matchLabels' }]);
    expect(findings[0].message).toContain('selector "app=api" matches no pod in namespace "shop"');
    expect(run([sel('a', { app: 'api' })], 'IST0101')).toEqual([]);
  });
});
