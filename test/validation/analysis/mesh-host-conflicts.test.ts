import { analyze } from '../../../src/validation/analysis';
import { pairs, route, run, virtualService } from './fixtures';

const vs = (name: string, ns: string, hosts: string[], extra: object = {}) =>
  virtualService(name, ns, { hosts, http: [{ route: [route('reviews')] }], ...extra });
const origins = (objs: object[]) => pairs(run(objs, 'IST0109')).map((p) => p.origin);

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
    expect(findings[0].message).toBe('VirtualService default/a and default/b, default/c all bind host ' +
      '"reviews.default.svc.cluster.local" to the mesh gateway, and Istio keeps only one of them per host: merge ' +
      'their http routes into one VirtualService');
  });

  test('does not fire for gateway-only VirtualServices or for one VirtualService per host', () => {
    expect(run([
      vs('a', 'default', ['reviews']),
      vs('b', 'default', ['reviews'], { gateways: ['default/ingress'] }),
      vs('c', 'default', ['ratings']),
    ], 'IST0109')).toEqual([]);
  });

  test('makes each exportTo entry its own scope', () => {
    const fqdn = 'reviews.shop.svc.cluster.local';
    expect(origins([vs('a', 'team-a', [fqdn], { exportTo: ['.'] }), vs('b', 'team-b', [fqdn], { exportTo: ['.'] })])).toEqual([]);
    const local = run([vs('a', 'team-a', [fqdn], { exportTo: ['.'] }), vs('b', 'team-a', [fqdn], { exportTo: ['.'] })], 'IST0109');
    expect(local).toHaveLength(2);
    expect(local[0].message).toContain('to the mesh gateway for namespace "team-a"');
    // Both exported to team-c (one through its entry list): a conflict there, though their own namespaces differ.
    expect(origins([vs('a', 'team-a', [fqdn], { exportTo: ['.', 'team-c'] }), vs('b', 'team-b', [fqdn], { exportTo: ['team-c'] })]))
      .toEqual(['VirtualService team-a/a', 'VirtualService team-b/b']);
    expect(origins([vs('a', 'team-a', [fqdn], { exportTo: ['team-d'] }), vs('b', 'team-b', [fqdn], { exportTo: ['team-c'] })])).toEqual([]);
  });

  test('merges a namespace scope with VirtualServices exported everywhere whose host matches, wildcards included', () => {
    const fqdn = 'reviews.shop.svc.cluster.local';
    expect(origins([vs('a', 'team-a', [fqdn]), vs('b', 'team-b', [fqdn], { exportTo: ['*'] })]))
      .toEqual(['VirtualService team-a/a', 'VirtualService team-b/b']);
    expect(origins([vs('local', 'team-a', [fqdn], { exportTo: ['.'] }), vs('all', 'team-b', ['*.shop.svc.cluster.local'])]))
      .toEqual(['VirtualService team-a/local', 'VirtualService team-b/all']);
    expect(origins([vs('local', 'team-a', ['*.svc.cluster.local'], { exportTo: ['.'] }), vs('all', 'team-b', [fqdn])]))
      .toEqual(['VirtualService team-a/local', 'VirtualService team-b/all']);
    expect(origins([vs('local', 'team-a', ['*.example.com'], { exportTo: ['.'] }), vs('all', 'team-b', ['*.api.example.com'])]))
      .toEqual(['VirtualService team-a/local', 'VirtualService team-b/all']);
    // Two VirtualServices exported everywhere are only compared by exact host, as in Istio.
    expect(origins([vs('a', 'team-a', ['*.example.com']), vs('b', 'team-b', ['api.example.com'])])).toEqual([]);
    expect(origins([vs('local', 'team-a', ['api.example.org'], { exportTo: ['.'] }), vs('all', 'team-b', ['*.example.com'])])).toEqual([]);
  });

  test('names at most five peers, so 20,000 VirtualServices on one host give a linear report in linear time', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => vs(`vs-${String(i).padStart(5, '0')}`, 'shop', ['reviews']));
    const start = Date.now();
    const findings = analyze(many).filter((f) => f.code === 'IST0109');
    expect(Date.now() - start).toBeLessThan(20_000);
    expect(findings).toHaveLength(20_000);
    expect(findings[0].message).toBe('VirtualService shop/vs-00000 and shop/vs-00001, shop/vs-00002, shop/vs-00003, ' +
      'shop/vs-00004, shop/vs-00005 and 19,994 more all bind host "reviews.shop.svc.cluster.local" to the mesh gateway, and ' +
      'Istio keeps only one of them per host: merge their http routes into one VirtualService');
    const longest = Math.max(...findings.map((f) => f.message.length));
    expect(longest).toBeLessThan(400);
  });
});
