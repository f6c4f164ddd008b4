import { pairs, route, run, virtualService } from './fixtures';

const vs = (name: string, ns: string, hosts: string[], extra: object = {}) =>
  virtualService(name, ns, { hosts, http: [{ route: [route('reviews')] }], ...extra });

describe('IST0109 conflicting mesh VirtualService hosts', () => {
  test('fires once on each mesh-bound VirtualService sharing a host, short and FQDN forms alike', () => {
    const findings = run([
      vs('a', 'default', ['ratings', 'reviews']),
      vs('b', 'default', ['reviews.default.svc.cluster.local']),
      vs('c', 'default', ['reviews'], { gateways: ['mesh', 'default/ingress'] }),
    ], 'IST0109');
    expect(pairs(findings)).toEqual([
      { code: 'IST0109', origin: 'VirtualService default/a', path: 'spec.hosts[1]' },
      { code: 'IST0109', origin: 'VirtualService default/b', path: 'spec.hosts[0]' },
      { code: 'IST0109', origin: 'VirtualService default/c', path: 'spec.hosts[0]' },
    ]);
    expect(findings[0].severity).toBe('error');
    expect(findings[0].message).toBe('VirtualServices default/a, default/b, default/c all bind host ' +
      '"reviews.default.svc.cluster.local" to the mesh gateway, and Istio keeps only one of them per host: merge ' +
      'their http routes into one VirtualService (conflicts with default/b, default/c)');
  });

  test('does not fire for gateway-only VirtualServices or for one VirtualService per host', () => {
    expect(run([
      vs('a', 'default', ['reviews']),
      vs('b', 'default', ['reviews'], { gateways: ['default/ingress'] }),
      vs('c', 'default', ['ratings']),
    ], 'IST0109')).toEqual([]);
  });

  test('takes exportTo into account', () => {
    const fqdn = 'reviews.shop.svc.cluster.local';
    expect(run([vs('a', 'team-a', [fqdn], { exportTo: ['.'] }), vs('b', 'team-b', [fqdn], { exportTo: ['.'] })], 'IST0109')).toEqual([]);
    const local = run([vs('a', 'team-a', [fqdn], { exportTo: ['.'] }), vs('b', 'team-a', [fqdn], { exportTo: ['.'] })], 'IST0109');
    expect(local).toHaveLength(2);
    expect(local[0].message).toContain('to the mesh gateway in namespace "team-a"');
    expect(run([vs('a', 'team-a', [fqdn]), vs('b', 'team-b', [fqdn], { exportTo: ['*'] })], 'IST0109')).toHaveLength(2);
  });
});
