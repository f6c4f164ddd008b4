import { deployment, namespace, pairs, pod, run, sidecar } from './fixtures';

const egress = { egress: [{ hosts: ['./*', 'istio-system/*'] }] };
const scoped = (name: string, labels: object, ns = 'shop') => sidecar(name, ns, { workloadSelector: { labels }, ...egress });

describe('IST0111 several selector-less Sidecars', () => {
  test('fires (error) on each of them', () => {
    const findings = run([sidecar('a', 'shop', egress), sidecar('b', 'shop', { workloadSelector: { labels: {} }, ...egress })], 'IST0111');
    expect(pairs(findings)).toEqual([
      { code: 'IST0111', origin: 'Sidecar shop/a', path: '' },
      { code: 'IST0111', origin: 'Sidecar shop/b', path: '' },
    ]);
    expect(findings[0].severity).toBe('error');
    expect(findings[0].message).toBe('namespace "shop" has several Sidecars without workloadSelector (a, b) and Istio ' +
      'applies only one of them; merge them into one, or give the others a workloadSelector');
  });

  test('one per namespace is fine', () => {
    expect(run([sidecar('a', 'shop', egress), sidecar('a', 'other', egress)], 'IST0111')).toEqual([]);
  });
});

describe('IST0110 Sidecars selecting the same workload', () => {
  test('fires on each Sidecar per shared workload', () => {
    const findings = run([deployment('web', 'shop', { app: 'web', tier: 'front' }),
      scoped('by-app', { app: 'web' }), scoped('by-tier', { tier: 'front' })], 'IST0110');
    expect(pairs(findings)).toEqual([
      { code: 'IST0110', origin: 'Sidecar shop/by-app', path: 'spec.workloadSelector.labels' },
      { code: 'IST0110', origin: 'Sidecar shop/by-tier', path: 'spec.workloadSelector.labels' },
    ]);
    expect(findings[0].message).toBe('Sidecars shop/by-app, shop/by-tier all select Deployment shop/web and Istio applies ' +
      'only one of them; make the selectors disjoint or merge the Sidecars');
  });

  test('disjoint selectors are fine', () => {
    expect(run([deployment('web', 'shop', { app: 'web' }), deployment('api', 'shop', { app: 'api' }),
      scoped('web', { app: 'web' }), scoped('api', { app: 'api' })], 'IST0110')).toEqual([]);
  });
});

describe('IST0101 Sidecar selector without workload', () => {
  test('fires when the namespace\'s workloads are in the inputs and none matches', () => {
    const findings = run([pod('web-1', 'shop', { app: 'web' }), scoped('s', { app: 'wbe' })], 'IST0101');
    expect(pairs(findings)).toEqual([{ code: 'IST0101', origin: 'Sidecar shop/s', path: 'spec.workloadSelector.labels' }]);
    expect(findings[0].message).toBe('workloadSelector "app=wbe" matches no pod in namespace "shop"; fix the labels to ' +
      'match the pod template labels of the workload this Sidecar is for');
  });

  test('fires for a selector matching only workloads of another namespace', () => {
    const findings = run([pod('web-1', 'shop', { app: 'web' }), scoped('s', { app: 'web' }, 'other')], 'IST0101');
    expect(pairs(findings)).toEqual([{ code: 'IST0101', origin: 'Sidecar other/s', path: 'spec.workloadSelector.labels' }]);
  });

  test('stays quiet when the inputs hold no workloads at all (mesh configuration only)', () => {
    expect(run([namespace('shop'), scoped('s', { app: 'web' })], 'IST0101')).toEqual([]);
  });
});

describe('IST0167 Sidecar in ambient mode', () => {
  const ambient = () => namespace('shop', { 'istio.io/dataplane-mode': 'ambient' });

  test('fires for a namespace-wide Sidecar in an ambient namespace', () => {
    const findings = run([ambient(), sidecar('default', 'shop', egress)], 'IST0167');
    expect(pairs(findings)).toEqual([{ code: 'IST0167', origin: 'Sidecar shop/default', path: '' }]);
    expect(findings[0].severity).toBe('warning');
    expect(findings[0].message).toContain('namespace "shop" is in ambient mode, where no sidecar proxy reads Sidecar resources');
  });

  test('fires for a selector whose workloads are all ambient', () => {
    const findings = run([ambient(), deployment('web', 'shop', { app: 'web' }), scoped('s', { app: 'web' })], 'IST0167');
    expect(findings[0].message).toContain('every workload selected by "app=web" is in ambient mode');
  });

  test('does not fire in sidecar namespaces or for ambient-namespace workloads that have a sidecar', () => {
    expect(run([namespace('shop', { 'istio-injection': 'enabled' }), sidecar('default', 'shop', egress)], 'IST0167')).toEqual([]);
    expect(run([ambient(), deployment('web', 'shop', { app: 'web', 'sidecar.istio.io/inject': 'true' }),
      scoped('s', { app: 'web' })], 'IST0167')).toEqual([]);
  });
});
