import { pairs, run, virtualService } from './fixtures';

const split = (name = 'reviews', extra: object = {}) => virtualService(name, 'default', {
  hosts: ['reviews'],
  http: [{ route: [{ destination: { host: 'reviews', subset: 'v1' }, weight: 90 }, { destination: { host: 'reviews', subset: 'v2' }, weight: 10 }] }],
  ...extra,
});
const edge = (host: string, subset?: string) => virtualService('edge', 'default', {
  hosts: ['reviews.example.com'],
  gateways: ['istio-system/public'],
  http: [{ route: [{ destination: { host, ...(subset ? { subset } : {}) } }] }],
});

function gateway(name: string, ns: string): object {
  return {
    apiVersion: 'networking.istio.io/v1', kind: 'Gateway', metadata: { name, namespace: ns },
    spec: { selector: { istio: 'ingressgateway' }, servers: [{ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['*'] }] },
  };
}

describe('IST0140 ingress route rules not affected', () => {
  test('a gateway VirtualService sending the host to no subset, while a mesh VirtualService splits it', () => {
    const findings = run([split(), edge('reviews')], 'IST0140');
    expect(pairs(findings)).toEqual([{ code: 'IST0140', origin: 'VirtualService default/edge', path: 'spec.http[0].route[0].destination' }]);
    expect(findings[0].severity).toBe('warning');
    expect(findings[0].message).toMatch(/^Subset in virtual service default\/reviews has no effect on ingress gateway default\/edge requests: /);
  });

  test('does not fire when the gateway route uses the subsets, for a mesh-only route, or for another host string', () => {
    expect(run([split(), edge('reviews', 'v1')], 'IST0140')).toEqual([]);
    expect(run([split(), virtualService('plain', 'default', { hosts: ['x'], http: [{ route: [{ destination: { host: 'reviews' } }] }] })], 'IST0140')).toEqual([]);
    // Plain string comparison, as Istio: the FQDN is another host string.
    expect(run([split(), edge('reviews.default.svc.cluster.local')], 'IST0140')).toEqual([]);
  });

  test('any gateways list counts, mesh included, and the splitting VirtualService may be the same one', () => {
    const both = split('reviews', { gateways: ['mesh'], http: [
      { match: [{ uri: { prefix: '/old' } }], route: [{ destination: { host: 'reviews' } }] },
      { route: [{ destination: { host: 'reviews', subset: 'v1' } }] },
    ] });
    expect(pairs(run([both], 'IST0140'))).toEqual([{ code: 'IST0140', origin: 'VirtualService default/reviews', path: 'spec.http[0].route[0].destination' }]);
  });

  test('a splitting VirtualService counts only when the subset host is one of its own hosts', () => {
    const elsewhere = virtualService('other', 'default', { hosts: ['other'], http: [{ route: [{ destination: { host: 'reviews', subset: 'v1' } }] }] });
    expect(run([elsewhere, edge('reviews')], 'IST0140')).toEqual([]);
  });
});

describe('IST0101 routes bound to a missing gateway', () => {
  test('a VirtualService gateway missing from a namespace whose Istio Gateways the inputs hold', () => {
    const findings = run([gateway('private', 'istio-system'), edge('reviews')], 'IST0101');
    expect(pairs(findings)).toEqual([{ code: 'IST0101', origin: 'VirtualService default/edge', path: 'spec.gateways[0]' }]);
    expect(findings[0].message).toMatch(/^Referenced gateway not found: "istio-system\/public"/);
  });

  test('stays quiet for a present gateway, mesh, or a namespace whose gateways the inputs do not hold', () => {
    expect(run([gateway('public', 'istio-system'), edge('reviews')], 'IST0101')).toEqual([]);
    expect(run([gateway('public', 'other'), edge('reviews')], 'IST0101')).toEqual([]);
    const short = virtualService('x', 'default', { hosts: ['a.example.com'], gateways: ['public', 'mesh'], http: [{ route: [{ destination: { host: 'a.example.com' } }] }] });
    expect(run([gateway('public', 'default'), short], 'IST0101')).toEqual([]);
  });

  const apiGateway = { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'Gateway', metadata: { name: 'public', namespace: 'edge' },
    spec: { gatewayClassName: 'istio', listeners: [{ name: 'http', port: 80, protocol: 'HTTP' }] } };
  const httpRoute = (parentRef: object) => ({ apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute',
    metadata: { name: 'reviews', namespace: 'default' }, spec: { parentRefs: [parentRef], rules: [{ backendRefs: [{ name: 'reviews', port: 80 }] }] } });

  test('an HTTPRoute parentRef to a Gateway, or a listener, the inputs lack', () => {
    const missing = run([apiGateway, httpRoute({ name: 'privat', namespace: 'edge' })], 'IST0101');
    expect(pairs(missing)).toEqual([{ code: 'IST0101', origin: 'HTTPRoute default/reviews', path: 'spec.parentRefs[0]' }]);
    expect(missing[0].message).toMatch(/^Referenced gateway not found: "edge\/privat"/);
    const listener = run([apiGateway, httpRoute({ name: 'public', namespace: 'edge', sectionName: 'https' })], 'IST0101');
    expect(pairs(listener)[0].path).toBe('spec.parentRefs[0].sectionName');
    expect(listener[0].message).toBe('Referenced listener not found: "https" of Gateway "edge/public" (its listeners: "http"); ' +
      'the route would not attach (NoMatchingParent)');
  });

  test('an HTTPRoute on a present Gateway, a Service parent, or an undescribed namespace is fine', () => {
    expect(run([apiGateway, httpRoute({ name: 'public', namespace: 'edge', sectionName: 'http' })], 'IST0101')).toEqual([]);
    expect(run([apiGateway, httpRoute({ group: '', kind: 'Service', name: 'reviews' })], 'IST0101')).toEqual([]);
    expect(run([apiGateway, httpRoute({ name: 'public', namespace: 'ingress' })], 'IST0101')).toEqual([]);
  });
});

describe('IST0132 VirtualService host not found in its Gateway', () => {
  const gw = (hosts: string[]) => ({
    apiVersion: 'networking.istio.io/v1', kind: 'Gateway', metadata: { name: 'public', namespace: 'istio-system' },
    spec: { selector: { istio: 'ingressgateway' }, servers: [{ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts }] },
  });

  test('fires when no host of the VirtualService matches a server host', () => {
    const findings = run([gw(['shop.example.com']), edge('reviews')], 'IST0132');
    expect(pairs(findings)).toEqual([{ code: 'IST0132', origin: 'VirtualService default/edge', path: 'spec.gateways[0]' }]);
    expect(findings[0].severity).toBe('warning');
    expect(findings[0].message).toMatch(/^one or more host \["reviews.example.com"\] defined in VirtualService default\/edge not found in Gateway istio-system\/public/);
  });

  test('wildcards match either way; ns/host counts only for the VirtualService namespace', () => {
    expect(run([gw(['*.example.com']), edge('reviews')], 'IST0132')).toEqual([]);
    expect(run([gw(['*/reviews.example.com']), edge('reviews')], 'IST0132')).toEqual([]);
    expect(run([gw(['default/reviews.example.com']), edge('reviews')], 'IST0132')).toEqual([]);
    expect(run([gw(['other/reviews.example.com']), edge('reviews')], 'IST0132')).toHaveLength(1);
    expect(run([gw(['./reviews.example.com']), edge('reviews')], 'IST0132')).toHaveLength(1);
  });
});

describe('CDK8SISTIO-030 Gateway route bypasses the mesh split', () => {
  const edgeRoute = (backend: string) => ({
    apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: { name: 'edge', namespace: 'default' },
    spec: { parentRefs: [{ name: 'public', namespace: 'istio-ingress' }], rules: [{ backendRefs: [{ name: backend, port: 80 }] }] },
  });
  const meshRoute = {
    apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: { name: 'reviews', namespace: 'default' },
    spec: {
      parentRefs: [{ group: '', kind: 'Service', name: 'reviews', port: 80 }],
      rules: [{ backendRefs: [{ name: 'reviews-v1', port: 80, weight: 90 }, { name: 'reviews-v2', port: 80, weight: 10 }] }],
    },
  };

  test('a Gateway route to a Service a VirtualService splits by subset', () => {
    const findings = run([split(), edgeRoute('reviews')], 'CDK8SISTIO-030');
    expect(pairs(findings)).toEqual([{ code: 'CDK8SISTIO-030', origin: 'HTTPRoute default/edge', path: 'spec.rules[0].backendRefs[0]' }]);
    expect(findings[0].severity).toBe('warning');
    expect(findings[0].message).toMatch(/^Service default\/reviews is split by version in the mesh \(VirtualService default\/reviews\), but this route is attached to a Gateway/);
  });

  test('a Gateway route to a Service whose mesh route sends elsewhere (GAMMA split)', () => {
    const findings = run([meshRoute, edgeRoute('reviews')], 'CDK8SISTIO-030');
    expect(findings.map((f) => f.message.split(', but')[0])).toEqual(['Service default/reviews is split by version in the mesh (HTTPRoute default/reviews)']);
  });

  test('routes to the version Services, or to a Service nothing splits, are fine', () => {
    expect(run([split(), meshRoute, edgeRoute('reviews-v1')], 'CDK8SISTIO-030')).toEqual([]);
    expect(run([edgeRoute('reviews')], 'CDK8SISTIO-030')).toEqual([]);
    const gatewayOnly = split('reviews', { gateways: ['istio-ingress/public'] });
    expect(run([gatewayOnly, edgeRoute('reviews')], 'CDK8SISTIO-030')).toEqual([]);
  });
});
