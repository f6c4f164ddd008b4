import { hasKnownProtocol } from '../../../src/validation/analysis/service-ports';
import { pairs, run, service } from './fixtures';

describe('IST0118 port naming', () => {
  test('fires (info) for ports whose name and appProtocol say no protocol', () => {
    const findings = run([service('web', 'shop', { app: 'web' }, [
      { port: 80, name: 'web' }, { port: 81 }, { port: 82, name: 'http', appProtocol: 'weird' }, { port: 83, name: 'http-ok' },
    ])], 'IST0118');
    expect(pairs(findings)).toEqual([
      { code: 'IST0118', origin: 'Service shop/web', path: 'spec.ports[0]' },
      { code: 'IST0118', origin: 'Service shop/web', path: 'spec.ports[1]' },
      { code: 'IST0118', origin: 'Service shop/web', path: 'spec.ports[2]' },
    ]);
    expect(findings[0].severity).toBe('info');
    expect(findings[0].message).toBe('port 80 has name "web", from which Istio cannot tell the protocol (it falls back ' +
      'to sniffing); set appProtocol (http, http2, grpc, tcp, tls, …) or name the port "<protocol>[-<suffix>]", e.g. "http-web"');
    expect(findings[1].message).toMatch(/^port 81 has no name,/);
    expect(findings[2].message).toMatch(/^port 82 has appProtocol "weird",/);
  });

  test.each([
    [80, 'http', 'TCP', undefined], [80, 'HTTP2-x', 'TCP', undefined], [80, 'grpc-web-x', 'TCP', undefined],
    [80, 'web', 'TCP', 'http'], [80, 'web', 'TCP', 'kubernetes.io/h2c'], [80, 'web', 'UDP', undefined],
    [3306, '', 'TCP', undefined], [80, 'tcp-db', 'TCP', undefined], [80, 'mongo', 'TCP', undefined],
  ])('port %d name %j protocol %s appProtocol %j has a known protocol', (port, name, protocol, app) => {
    expect(hasKnownProtocol(port, name, protocol, app)).toBe(true);
  });

  test('skips system namespaces, the control plane and ExternalName services', () => {
    const bad = [{ port: 80, name: 'web' }];
    expect(run([
      service('a', 'kube-system', { app: 'a' }, bad),
      service('istiod', 'istio-system', { app: 'istiod' }, bad, { labels: { istio: 'pilot' } }),
      { ...service('ext', 'shop', {}, bad), spec: { type: 'ExternalName', externalName: 'x.example.com', ports: bad } },
    ], 'IST0118')).toEqual([]);
  });
});

describe('IST0118 skips what Istio skips', () => {
  test('knows hbone', () => {
    expect(run([service('ztunnel-like', 'shop', { app: 'a' }, [{ port: 15008, name: 'hbone' }, { port: 15009, name: 'hbonex' }])], 'IST0118')
      .map((f) => f.path)).toEqual(['spec.ports[1]']);
  });

  test.each(['istio.io-gateway-controller', 'istio.io-mesh-controller', 'istio.io-eastwest-controller'])(
    'skips Services Istio manages for gateways (gateway.istio.io/managed=%s)', (controller) => {
      const managed = service('waypoint', 'shop', { 'gateway.networking.k8s.io/gateway-name': 'waypoint' }, [{ port: 15021, name: 'status-port' }],
        { labels: { 'gateway.istio.io/managed': controller } });
      expect(run([managed], 'IST0118')).toEqual([]);
    });

  test('still checks Services with another manager value', () => {
    const other = service('web', 'shop', { app: 'web' }, [{ port: 80, name: 'web' }], { labels: { 'gateway.istio.io/managed': 'someone-else' } });
    expect(run([other], 'IST0118')).toHaveLength(1);
  });
});
