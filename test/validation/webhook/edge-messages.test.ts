import { errors, warnings } from './helpers';

describe('Sidecar edge cases', () => {
  const port = { number: 9080, protocol: 'HTTP', name: 'http' };

  it('rejects targetPort, null egress listeners, duplicate and malformed unix sockets', () => {
    expect(errors('Sidecar', { ingress: [{ port: { ...port, targetPort: 8080 } }],
      egress: [null, { port: { number: 8080, targetPort: 80 }, hosts: ['./*'] },
        { port: { number: 0 }, bind: 'unix:///a.sock', hosts: ['./*'] }, { port: { number: 0 }, bind: 'unix:///a.sock', hosts: ['./*'] },
        { port: { number: 0 }, bind: 'unix://', hosts: ['./*'] }] })).toEqual([
      'spec.ingress[0].port.targetPort: targetPort has no impact on Sidecars',
      'spec.egress[0]: egress listener may not be null',
      'spec.egress[1].port.targetPort: sidecar: targetPort has no impact on Sidecars',
      'spec.egress[3].bind: sidecar: unix domain socket values for listeners must be unique',
      'spec.egress[4].bind: unix address must not be empty',
    ]);
  });

  it('rejects ingress TLS features a sidecar does not support', () => {
    expect(errors('Sidecar', { ingress: [{ port: { number: 8443, protocol: 'HTTPS', name: 'https' },
      tls: { mode: 'SIMPLE', serverCertificate: '/c', privateKey: '/k', subjectAltNames: ['a'], httpsRedirect: true } }] })).toEqual([
      'spec.ingress[0].tls.subjectAltNames: sidecar: subjectAltNames is not supported in ingress tls',
      'spec.ingress[0].tls.httpsRedirect: sidecar: httpsRedirect is not supported',
    ]);
  });

  it('rejects a default endpoint that is not host:port', () => {
    expect(errors('Sidecar', { ingress: [{ port, defaultEndpoint: '127.0.0.1' }] }))
      .toEqual(['spec.ingress[0].defaultEndpoint: address 127.0.0.1: defaultEndpoint must be of form host:port']);
    expect(errors('Sidecar', { ingress: [{ port, defaultEndpoint: '[::1]:8080' }] })).toEqual([]);
  });
});

describe('Gateway edge cases', () => {
  it('rejects a port on a unix socket bind and bad bind addresses', () => {
    expect(errors('Gateway', { servers: [{ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['*'], bind: 'unix:///var/run/gw.sock' },
      { port: { number: 81, name: 'http2', protocol: 'HTTP' }, hosts: ['*'], bind: 'gw.local' }] })).toEqual([
      'spec.servers[0].port.number: port number must be 0 for unix domain socket (it has 80)',
      'spec.servers[1].bind: gw.local is not a valid IP',
    ]);
    expect(errors('Gateway', { servers: [{ port: { number: 0, name: 'uds', protocol: 'HTTP' }, hosts: ['*'], bind: 'unix:///var/run/gw.sock' }] })).toEqual([]);
  });

  it('rejects inline certificates with ISTIO_MUTUAL', () => {
    expect(errors('Gateway', { servers: [{ port: { number: 443, name: 'https', protocol: 'HTTPS' }, hosts: ['*'],
      tls: { mode: 'ISTIO_MUTUAL', serverCertificate: '/c', privateKey: '/k', caCertificates: '/ca' } }] })).toEqual([
      'spec.servers[0].tls.serverCertificate: ISTIO_MUTUAL TLS cannot have associated server certificate',
      'spec.servers[0].tls.privateKey: ISTIO_MUTUAL TLS cannot have associated private key',
      'spec.servers[0].tls.caCertificates: ISTIO_MUTUAL TLS cannot have associated CA bundle',
    ]);
  });

  it('warns about httpsRedirect on non-HTTP servers and old TLS versions without ciphers', () => {
    expect(warnings('Gateway', { servers: [{ port: { number: 443, name: 'https', protocol: 'HTTPS' }, hosts: ['*'],
      tls: { mode: 'SIMPLE', credentialName: 'c', httpsRedirect: true, minProtocolVersion: 'TLSV1_1' } }] })).toEqual([
      'spec.servers[0].tls.minProtocolVersion: TLS version below TLSV1_2 require setting compatible ciphers as by default they no longer include compatible ciphers.',
      'spec.servers[0].tls.httpsRedirect: tls.httpsRedirect should only be used with http servers',
    ]);
  });
});

describe('ServiceEntry edge cases', () => {
  const port = { number: 80, name: 'http', protocol: 'HTTP' };

  it('rejects null and address-less endpoints, and warns about a selector with NONE resolution', () => {
    expect(errors('ServiceEntry', { hosts: ['a.example.com'], ports: [port], resolution: 'STATIC', endpoints: [null, { labels: { app: 'x' } }] })).toEqual([
      'spec.endpoints[0]: endpoint cannot be nil',
      'spec.endpoints[1].address: address is required',
    ]);
    expect(warnings('ServiceEntry', { hosts: ['a.example.com'], ports: [port], workloadSelector: { labels: { app: 'vm' } } }))
      .toEqual(['spec.workloadSelector: workloadSelector should not be set when resolution mode is NONE']);
  });

  it('warns about partial wildcard hosts', () => {
    expect(warnings('ServiceEntry', { hosts: ['*foo.com', '*.bar.com'], ports: [port] }))
      .toEqual(['spec.hosts[0]: partial wildcard "*foo.com" not allowed (use "*.foo.com")']);
  });

  it('rejects DNS endpoints that are neither FQDN nor IP, and invalid endpoint ports', () => {
    expect(errors('ServiceEntry', { hosts: ['a.example.com'], ports: [port], resolution: 'DNS', endpoints: [{ address: 'bad_host', ports: { http: 70000 } }] })).toEqual([
      'spec.endpoints[0].address: endpoint address "bad_host" is not a valid FQDN or an IP address',
      'spec.endpoints[0].ports.http: port number 70000 must be in the range 1..65535',
    ]);
  });
});

describe('DestinationRule locality edge cases', () => {
  const locality = (localityLbSetting: object) => errors('DestinationRule', { host: 'r', trafficPolicy: { loadBalancer: { simple: 'RANDOM', localityLbSetting } } });
  const p = 'spec.trafficPolicy.loadBalancer.localityLbSetting';

  it('rejects weights outside [1, 100], empty locality parts and topology failover priorities next to failover', () => {
    expect(locality({ distribute: [{ from: 'a/*', to: { 'b/*': 0 } }] })).toEqual([`${p}.distribute[0].to["b/*"]: locality weight 0 must be in range [1, 100]`]);
    expect(locality({ distribute: [{ from: 'a//c', to: { b: 100 } }] })).toEqual([`${p}.distribute: locality a//c must not contain empty region/zone/subzone info`]);
    expect(locality({ failover: [{ from: 'a', to: 'b' }], failoverPriority: ['topology.kubernetes.io/zone'] }))
      .toEqual([`${p}.failoverPriority: can not simultaneously set 'failover' and topology label 'topology.kubernetes.io/zone' in 'failover_priority'`]);
    expect(locality({ failoverPriority: ['topology.kubernetes.io/region', 'topology.kubernetes.io/zone'] })).toEqual([]);
  });
});

describe('Telemetry and AuthorizationPolicy edge cases', () => {
  it('flags empty tag names', () => {
    expect(errors('Telemetry', { tracing: [{ customTags: { '': { literal: { value: 'x' } } } }] })).toEqual(['spec.tracing[0].customTags[""]: tag name may not be empty']);
    expect(warnings('Telemetry', { metrics: [{ overrides: [{ tagOverrides: { '': { operation: 'REMOVE' } } }] }] }))
      .toEqual(['spec.metrics[0].overrides[0].tagOverrides[""]: tagOverrides.name may not be empty']);
  });

  it('rejects a jwks that is JSON but not an object', () => {
    expect(errors('RequestAuthentication', { jwtRules: [{ issuer: 'i', jwks: '[1]' }] }))
      .toEqual(['spec.jwtRules[0].jwks: jwks parse error: expected a JSON object (a JWK or a JWK set)']);
  });

  it('rejects the remaining identity fields with CUSTOM', () => {
    const src = { namespaces: ['a'], notNamespaces: ['b'], notPrincipals: ['c'], requestPrincipals: ['d'], notRequestPrincipals: ['e'] };
    expect(errors('AuthorizationPolicy', { action: 'CUSTOM', provider: { name: 'ext' }, rules: [{ from: [{ source: src }], when: [{ key: 'source.namespace', values: ['x'] }] }] })).toEqual([
      'spec.rules[0].from[0].source.namespaces: From.Namespaces is currently not supported with CUSTOM action',
      'spec.rules[0].from[0].source.notNamespaces: From.NotNamespaces is currently not supported with CUSTOM action',
      'spec.rules[0].from[0].source.notPrincipals: From.NotPrincipals is currently not supported with CUSTOM action',
      'spec.rules[0].from[0].source.requestPrincipals: From.RequestPrincipals is currently not supported with CUSTOM action',
      'spec.rules[0].from[0].source.notRequestPrincipals: From.NotRequestPrincipals is currently not supported with CUSTOM action',
      'spec.rules[0].when[0].key: source.namespace is currently not supported with CUSTOM action',
    ]);
  });

  it('validates targetRef names', () => {
    expect(errors('AuthorizationPolicy', { targetRef: { kind: 'Service', group: '' } })).toEqual(['spec.targetRef.name: targetRef name must be set']);
  });
});

describe('VirtualService edge cases', () => {
  it('does not token-check header names in route header operations, like istiod', () => {
    expect(errors('VirtualService', { hosts: ['r'], http: [{ route: [{ destination: { host: 'r' } }], headers: { request: { add: { '': 'x', 'a b': 'y' } } } }] }))
      .toEqual([]);
  });
});
