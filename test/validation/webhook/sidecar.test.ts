import { errors, warnings } from './helpers';

const sc = (spec: object) => errors('Sidecar', spec, 'shop');
const scWarnings = (spec: object) => warnings('Sidecar', spec, 'shop');

describe('Sidecar', () => {
  it('accepts the usual egress host forms', () => {
    expect(sc({ egress: [{ hosts: ['./*', 'istio-system/*', '*/svc.example.com', 'ns/*.example.com', '~/*'] }] })).toEqual([]);
    expect(sc({ outboundTrafficPolicy: { mode: 'REGISTRY_ONLY' } })).toEqual([]);
  });

  it('rejects an empty Sidecar', () => {
    expect(sc({})).toEqual(['spec: sidecar: empty configuration provided (set egress, ingress, outboundTrafficPolicy or inboundConnectionPool)']);
  });

  it('rejects malformed egress hosts', () => {
    expect(sc({ egress: [{ hosts: ['svc.example.com', 'Bad_NS/*', './', 'ns/bad_host'] }] })).toEqual([
      'spec.egress[0].hosts[0]: host "svc.example.com" must be of form namespace/dnsName (e.g. "./*", "istio-system/*", "*/svc.example.com")',
      'spec.egress[0].hosts[1]: invalid namespace value "Bad_NS" in sidecar (in "Bad_NS/*")',
      'spec.egress[0].hosts[2]: config namespace and dnsName in host entry cannot be empty (in "./")',
      'spec.egress[0].hosts[2]: short names (non FQDN) are not allowed (host "")',
      'spec.egress[0].hosts[2]: empty domain name not allowed',
      'spec.egress[0].hosts[3]: short names (non FQDN) are not allowed (host "bad_host")',
      'spec.egress[0].hosts[3]: domain name "bad_host" invalid (label "bad_host" invalid)',
    ]);
    expect(sc({ egress: [{ hosts: [] }] })).toEqual(['spec.egress[0].hosts: sidecar: egress listener must contain at least one host']);
  });

  it('warns about duplicate hosts (`.` is the own namespace) and `*/*` with others', () => {
    expect(scWarnings({ egress: [{ hosts: ['./*', 'shop/a.example.com'] }] })).toEqual(['spec.egress[0].hosts[1]: duplicated egress host: shop/a.example.com']);
    expect(scWarnings({ egress: [{ hosts: ['ns/a', 'ns/a'] }] })).toEqual(['spec.egress[0].hosts[1]: duplicated egress host: ns/a']);
    expect(scWarnings({ egress: [{ hosts: ['*/*', 'istio-system/*'] }] })).toEqual(['spec.egress[0].hosts: `*/*` host select all resources, no other hosts can be added']);
    expect(sc({ egress: [{ hosts: ['*/*', 'istio-system/*'] }] })).toEqual([]);
  });

  it('requires the egress listener without port to be last and unique', () => {
    const catchAll = { hosts: ['./*'] };
    const http = { port: { number: 8080, protocol: 'HTTP', name: 'http' }, hosts: ['./*'] };
    expect(sc({ egress: [http, catchAll] })).toEqual([]);
    const msg = 'sidecar: the egress listener with empty port should be the last listener in the list (only one listener may have no port)';
    expect(sc({ egress: [catchAll, http] })).toEqual([`spec.egress[0]: ${msg}`]);
    expect(sc({ egress: [catchAll, catchAll] })).toEqual([`spec.egress[0]: ${msg}`]);
  });

  it('validates egress ports, binds and unix sockets', () => {
    expect(sc({ egress: [{ port: { number: 8080, protocol: 'HTTPX', name: 'http_1' }, bind: 'localhost', hosts: ['./*'] },
      { port: { number: 8080, protocol: 'HTTP' }, hosts: ['./*'] }] })).toEqual([
      'spec.egress[0].port.name: invalid port name: "http_1" (must be a DNS-1123 label, e.g. "http-web")',
      'spec.egress[0].port.protocol: unrecognized protocol "HTTPX": use one of HTTP, HTTPS, HTTP2, GRPC, GRPC-WEB, HTTP_PROXY, TLS, TCP, UDP, MONGO, MYSQL, REDIS',
      'spec.egress[0].bind: localhost is not a valid IP',
      'spec.egress[1].port.number: sidecar: ports on IP bound listeners must be unique (port 8080 repeats)',
    ]);
    expect(sc({ egress: [{ port: { number: 0, protocol: 'HTTP' }, bind: 'unix:///var/run/a.sock', captureMode: 'IPTABLES', hosts: ['./*'] },
      { port: { number: 0 }, bind: '127.0.0.1', hosts: ['./*'] }] })).toEqual([
      'spec.egress[0].captureMode: sidecar: captureMode must be DEFAULT/NONE for unix domain socket listeners',
      'spec.egress[1].bind: sidecar: ports with 0 value must have a unix domain socket bind address',
    ]);
  });

  it('validates ingress listeners', () => {
    const port = { number: 9080, protocol: 'HTTP', name: 'http' };
    expect(sc({ ingress: [{ port, defaultEndpoint: '127.0.0.1:8080' }] })).toEqual([]);
    expect(sc({ ingress: [null, {}, { port, defaultEndpoint: '10.0.0.1:8080' }, { port, defaultEndpoint: ':abc' }] })).toEqual([
      'spec.ingress[0]: sidecar: ingress may not be null',
      'spec.ingress[1].port: sidecar: port is required for ingress listeners',
      'spec.ingress[2].defaultEndpoint: sidecar: defaultEndpoint "10.0.0.1:8080" must be of form 127.0.0.1:<port>,0.0.0.0:<port>,[::1]:port,[::]:port,unix://filepath, or unset',
      'spec.ingress[3].port.number: sidecar: ports on IP bound listeners must be unique (port 9080 repeats)',
      'spec.ingress[3].defaultEndpoint: sidecar: defaultEndpoint port (abc) is not a number',
    ]);
    expect(sc({ ingress: [{ port, tls: { mode: 'ISTIO_MUTUAL', credentialName: 'c' } }] })).toEqual([
      'spec.ingress[0].tls.credentialName: sidecar: credentialName is not currently supported',
      'spec.ingress[0].tls.mode: configuration is invalid: cannot set mode to ISTIO_MUTUAL in sidecar ingress tls',
      'spec.ingress[0].tls: server cannot have TLS settings for non HTTPS/TLS ports (protocol "HTTP")',
      'spec.ingress[0].tls.credentialName: ISTIO_MUTUAL TLS cannot have associated credentialName',
    ]);
    const httpsPort = { number: 8443, protocol: 'HTTPS', name: 'https' };
    expect(sc({ ingress: [{ port: httpsPort, tls: { mode: 'SIMPLE', serverCertificate: '/c.pem', privateKey: '/k.pem' } }] })).toEqual([]);
    expect(sc({ ingress: [{ port: httpsPort, tls: { mode: 'SIMPLE' } }] })).toEqual([
      'spec.ingress[0].tls.serverCertificate: SIMPLE TLS requires a server certificate',
      'spec.ingress[0].tls.privateKey: SIMPLE TLS requires a private key',
    ]);
  });

  it('validates the workloadSelector and the egress proxy', () => {
    // istiod admits an empty selector (it selects the whole namespace) with a warning.
    expect(sc({ workloadSelector: {}, egress: [{ hosts: ['./*'] }] })).toEqual([]);
    expect(scWarnings({ workloadSelector: {}, egress: [{ hosts: ['./*'] }] }))
      .toEqual(['spec.workloadSelector: sidecar: workload selector specified without labels, will be applied to all services in namespace']);
    expect(sc({ workloadSelector: { labels: { '': 'x' } }, egress: [{ hosts: ['bad'] }] }))
      .toEqual(['spec.workloadSelector.labels: empty key is not supported in selector: "=x"']);
    expect(sc({ outboundTrafficPolicy: { mode: 'REGISTRY_ONLY', egressProxy: { host: 'proxy.example.com', port: { number: 3128 } } } }))
      .toEqual(['spec.outboundTrafficPolicy.egressProxy: sidecar: egress_proxy must be set only with ALLOW_ANY outbound_traffic_policy mode']);
    expect(sc({ outboundTrafficPolicy: { mode: 'ALLOW_ANY', egressProxy: { host: 'proxy.example.com' } } }))
      .toEqual(['spec.outboundTrafficPolicy.egressProxy.port: sidecar: egress_proxy port must be non-nil']);
    expect(sc({ outboundTrafficPolicy: { mode: 'ALLOW_ANY', egressProxy: { host: 'proxy.example.com', port: { number: 3128 } } } })).toEqual([]);
  });
});
