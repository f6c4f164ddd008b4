import { deployment, destinationRule, namespace, node, pairs, pod, run, runClosed, service, serviceEntry } from './fixtures';

const svc = () => service('reviews', 'default', { app: 'reviews' });
const v1 = () => deployment('reviews-v1', 'default', { app: 'reviews', version: 'v1' });
const dr = (subsets: object[], host = 'reviews', ns = 'default') => destinationRule('reviews', ns, { host, subsets });

describe('IST0173 subset selects no pods', () => {
  test('fires for a subset without a matching pod template, on the subset', () => {
    const findings = run([svc(), v1(), dr([{ name: 'v1', labels: { version: 'v1' } }, { name: 'v2', labels: { version: 'v2' } }])], 'IST0173');
    expect(pairs(findings)).toEqual([{ code: 'IST0173', origin: 'DestinationRule default/reviews', path: 'spec.subsets[1]' }]);
    expect(findings[0].severity).toBe('error');
    expect(findings[0].message).toBe('subset "v2" selects no pod: no pod or pod template in namespace "default" has the ' +
      'labels app=reviews,version=v2 (Service default/reviews selector plus the subset labels), so traffic routed to it ' +
      'fails with 503; deploy that version (e.g. the canary Deployment) or fix the subset labels');
  });

  test('a Pod counts like a pod template', () => {
    expect(run([svc(), pod('reviews-v2-abc', 'default', { app: 'reviews', version: 'v2' }),
      dr([{ name: 'v2', labels: { version: 'v2' } }])], 'IST0173')).toEqual([]);
  });

  test('fires when the subset contradicts the Service selector', () => {
    const findings = run([svc(), v1(), dr([{ name: 'x', labels: { app: 'ratings' } }])], 'IST0173');
    expect(pairs(findings)[0].path).toBe('spec.subsets[0].labels');
    expect(findings[0].message).toContain('subset "x" requires app=ratings but Service default/reviews selects app=reviews');
  });

  test('node (topology) labels are not pod labels and do not count against the subset', () => {
    expect(run([svc(), v1(), dr([{ name: 'zone-a', labels: { 'topology.kubernetes.io/zone': 'a' } }])], 'IST0173')).toEqual([]);
  });

  describe('locality labels from the Nodes in the inputs', () => {
    const onNode = (name: string, nodeName: string) => {
      const p = pod(name, 'default', { app: 'reviews', version: 'v1' }) as { spec: { nodeName?: string } };
      p.spec.nodeName = nodeName;
      return p;
    };
    const zones = [node('n1', { 'topology.kubernetes.io/zone': 'a', 'topology.kubernetes.io/region': 'eu' }),
      node('n2', { 'topology.kubernetes.io/zone': 'b' })];
    const zoneSubset = (zone: string) => dr([{ name: `zone-${zone}`, labels: { version: 'v1', 'topology.kubernetes.io/zone': zone } }]);

    test('a Pod carries the locality labels of its Node', () => {
      expect(run([svc(), onNode('r-1', 'n1'), ...zones, zoneSubset('a')], 'IST0173')).toEqual([]);
      expect(run([svc(), onNode('r-1', 'n1'), ...zones, dr([{ name: 'eu', labels: { 'topology.kubernetes.io/region': 'eu' } }])], 'IST0173')).toEqual([]);
    });

    test('fires when no Pod runs on a Node of that locality', () => {
      const findings = run([svc(), onNode('r-1', 'n1'), ...zones, zoneSubset('c')], 'IST0173');
      expect(pairs(findings)).toEqual([{ code: 'IST0173', origin: 'DestinationRule default/reviews', path: 'spec.subsets[0]' }]);
      expect(findings[0].message).toContain('has the labels app=reviews,topology.kubernetes.io/zone=c,version=v1');
      expect(run([svc(), onNode('r-1', 'unknown-node'), ...zones, zoneSubset('a')], 'IST0173')).toHaveLength(1);
    });

    test('pod templates may run on any node; a closed world judges Pods even without Nodes', () => {
      expect(run([svc(), v1(), ...zones, zoneSubset('c')], 'IST0173')).toEqual([]);
      expect(runClosed([svc(), onNode('r-1', 'n1'), zoneSubset('a')], 'IST0173')).toHaveLength(1);
    });
  });

  test('stays quiet when the namespace has no workloads in the inputs or the Service has no selector', () => {
    expect(run([svc(), dr([{ name: 'v2', labels: { version: 'v2' } }])], 'IST0173')).toEqual([]);
    expect(run([service('reviews', 'default', {}), v1(), dr([{ name: 'v2', labels: { version: 'v2' } }])], 'IST0173')).toEqual([]);
  });
});

describe('IST0174 unknown DestinationRule host', () => {
  test('fires (warning) for a host that is no Service in a namespace the inputs hold', () => {
    const findings = run([svc(), dr([], 'reveiws')], 'IST0174');
    expect(pairs(findings)).toEqual([{ code: 'IST0174', origin: 'DestinationRule default/reviews', path: 'spec.host' }]);
    expect(findings[0].severity).toBe('warning');
    expect(findings[0].message).toContain('host "reveiws" (reveiws.default.svc.cluster.local) matches no Service or ServiceEntry');
  });

  test('does not fire for Services in any host form, ServiceEntries, wildcards, or unknown namespaces', () => {
    const se = serviceEntry('ext', 'default', { hosts: ['*.example.com'] });
    expect(run([svc(), se,
      dr([], 'reviews'),
      dr([], 'reviews.default.svc.cluster.local', 'istio-system'),
      dr([], '*.default.svc.cluster.local'),
      dr([], 'api.example.com'),
      dr([], 'ratings.elsewhere.svc.cluster.local'),
    ], 'IST0174')).toEqual([]);
  });

  test('external hosts are checked once the inputs hold ServiceEntries', () => {
    const se = serviceEntry('ext', 'default', { hosts: ['api.example.com'] });
    expect(run([dr([], 'api.example.org')], 'IST0174')).toEqual([]);
    expect(run([se, dr([], 'api.example.org')], 'IST0174')).toHaveLength(1);
    expect(run([namespace('shop'), dr([], 'cart', 'shop')], 'IST0174')).toHaveLength(1);
  });
});
