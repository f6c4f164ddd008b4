import { validateWebhook } from '../../../src/validation/webhook';
import { errors, warnings } from './helpers';

const server = (extra: object = {}) => ({ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['*.example.com'], ...extra });
const https = (tls: object) => ({ port: { number: 443, name: 'https', protocol: 'HTTPS' }, hosts: ['ns/a.example.com'], tls });

describe('Gateway', () => {
  it('accepts HTTP with httpsRedirect, HTTPS with a credential, passthrough TLS and ISTIO_MUTUAL', () => {
    expect(errors('Gateway', { selector: { istio: 'ingressgateway' }, servers: [server({ tls: { httpsRedirect: true } }),
      https({ mode: 'SIMPLE', credentialName: 'example-cert' }),
      { port: { number: 8443, name: 'tls', protocol: 'TLS' }, hosts: ['*'], tls: { mode: 'PASSTHROUGH' } },
      { port: { number: 15443, name: 'mtls', protocol: 'TLS' }, hosts: ['*.local'], tls: { mode: 'ISTIO_MUTUAL' } }] })).toEqual([]);
  });

  it('requires servers, hosts, ports and unique port names', () => {
    expect(errors('Gateway', { servers: [] })).toEqual(['spec.servers: gateway must have at least one server']);
    expect(errors('Gateway', { servers: [null, { hosts: ['a.example.com'] }, server({ hosts: [] }), server()] })).toEqual([
      'spec.servers[0]: server may not be null',
      'spec.servers[1].port: port is required',
      'spec.servers[2].hosts: server config must contain at least one host',
      'spec.servers[3].port.name: port names in servers must be unique: duplicate name http',
    ]);
  });

  it('validates ports and hosts', () => {
    expect(errors('Gateway', { servers: [{ port: { number: 0, protocol: 'FOO', targetPort: 8080 }, hosts: ['bad_host', 'Bad_NS/a.com'] }] })).toEqual([
      'spec.servers[0].hosts[0]: short names (non FQDN) are not allowed (host "bad_host")',
      'spec.servers[0].hosts[0]: domain name "bad_host" invalid (label "bad_host" invalid)',
      'spec.servers[0].hosts[1]: invalid namespace value "Bad_NS" in gateway (in "Bad_NS/a.com")',
      'spec.servers[0].port.protocol: invalid protocol "FOO", supported protocols are HTTP, HTTP2, GRPC, GRPC-WEB, MONGO, REDIS, MYSQL, TCP',
      'spec.servers[0].port.number: port number 0 must be in the range 1..65535',
      'spec.servers[0].port.targetPort: targetPort has no impact on Gateways',
      'spec.servers[0].port.name: port name must be set (port 0)',
    ]);
  });

  it('matches TLS settings to the protocol', () => {
    expect(errors('Gateway', { servers: [{ port: { number: 443, name: 'https', protocol: 'HTTPS' }, hosts: ['*'] }] }))
      .toEqual(['spec.servers[0].tls: server must have TLS settings for HTTPS/TLS protocols (protocol "HTTPS")']);
    expect(errors('Gateway', { servers: [server({ tls: { mode: 'SIMPLE', credentialName: 'c' } })] }))
      .toEqual(['spec.servers[0].tls: server cannot have TLS settings for plain text HTTP ports (protocol "HTTP")']);
    expect(errors('Gateway', { servers: [{ port: { number: 5432, name: 'tcp', protocol: 'TCP' }, hosts: ['*'], tls: { mode: 'SIMPLE', credentialName: 'c' } }] }))
      .toEqual(['spec.servers[0].tls: server cannot have TLS settings for non HTTPS/TLS ports (protocol "TCP")']);
  });

  it('validates TLS modes', () => {
    expect(errors('Gateway', { servers: [https({ mode: 'SIMPLE' })] })).toEqual([
      'spec.servers[0].tls.serverCertificate: SIMPLE TLS requires a server certificate',
      'spec.servers[0].tls.privateKey: SIMPLE TLS requires a private key',
    ]);
    expect(errors('Gateway', { servers: [https({ mode: 'MUTUAL', serverCertificate: '/c.pem', privateKey: '/k.pem' })] }))
      .toEqual(['spec.servers[0].tls.caCertificates: MUTUAL TLS requires a client CA bundle']);
    expect(errors('Gateway', { servers: [https({ mode: 'ISTIO_MUTUAL', credentialName: 'c' })] }))
      .toEqual(['spec.servers[0].tls.credentialName: ISTIO_MUTUAL TLS cannot have associated credentialName']);
    expect(errors('Gateway', { servers: [https({ mode: 'SIMPLE', tlsCertificates: [{ serverCertificate: '/c.pem' }] })] }))
      .toEqual(['spec.servers[0].tls.tlsCertificates[0].privateKey: SIMPLE TLS requires a private key']);
    expect(warnings('Gateway', { servers: [https({ mode: 'PASSTHROUGH', serverCertificate: '/c.pem' })] }))
      .toEqual(['spec.servers[0].tls: PASSTHROUGH mode does not use certificates, they will be ignored']);
  });

  it('rejects a gateway name with dots', () => {
    const gw = { apiVersion: 'networking.istio.io/v1beta1', kind: 'Gateway', metadata: { name: 'my.gateway' }, spec: { servers: [server()] } };
    expect(validateWebhook(gw).map((f) => `${f.path}: ${f.message}`)).toEqual(['metadata.name: invalid gateway name: "my.gateway" (must be a DNS-1123 label: no dots)']);
  });
});

describe('ServiceEntry', () => {
  const port = { number: 443, name: 'https', protocol: 'TLS' };

  it('accepts DNS, STATIC and NONE entries', () => {
    expect(errors('ServiceEntry', { hosts: ['api.example.com'], ports: [port], resolution: 'DNS', location: 'MESH_EXTERNAL' })).toEqual([]);
    expect(errors('ServiceEntry', { hosts: ['db.internal'], addresses: ['10.0.0.0/24'], ports: [{ number: 5432, name: 'tcp', protocol: 'TCP' }],
      resolution: 'STATIC', endpoints: [{ address: '10.0.0.5' }, { address: '10.0.0.6', ports: { tcp: 15432 } }] })).toEqual([]);
    expect(errors('ServiceEntry', { hosts: ['*.example.com'], ports: [port] })).toEqual([]);
  });

  it('validates hosts, addresses and ports', () => {
    expect(errors('ServiceEntry', { hosts: ['*'], addresses: ['10.0.0.0/33'], ports: [port, port, null] })).toEqual([
      'spec.hosts[0]: invalid host * (a ServiceEntry cannot select every host)',
      'spec.addresses[0]: "10.0.0.0/33" is not a valid CIDR block',
      'spec.ports[1].name: service entry port name "https" already defined',
      'spec.ports[1].number: service entry port 443 already defined',
      'spec.ports[2]: service entry port may not be null',
    ]);
    expect(errors('ServiceEntry', { ports: [{ number: 70000, name: 'Bad_Name', protocol: 'FTP' }] })).toEqual([
      'spec.hosts: service entry must have at least one host',
      'spec.ports[0].name: invalid port name: "Bad_Name" (must be a DNS-1123 label, e.g. "http-web")',
      'spec.ports[0].protocol: unrecognized protocol "FTP": use one of HTTP, HTTPS, HTTP2, GRPC, GRPC-WEB, HTTP_PROXY, TLS, TCP, UDP, MONGO, MYSQL, REDIS',
      'spec.ports[0].number: port number 70000 must be in the range 1..65535',
    ]);
  });

  it('keeps resolution and endpoints consistent', () => {
    expect(errors('ServiceEntry', { hosts: ['a.example.com'], ports: [port], endpoints: [{ address: '1.1.1.1' }] }))
      .toEqual(['spec.endpoints: no endpoints should be provided for resolution type none']);
    expect(errors('ServiceEntry', { hosts: ['*.example.com'], ports: [port], resolution: 'DNS' }))
      .toEqual(['spec.hosts[0]: hosts must be FQDN or contain only prefix wildcards if no endpoints are provided for resolution mode DNS, *.example.com']);
    expect(errors('ServiceEntry', { hosts: ['a.example.com'], ports: [port], resolution: 'DNS_ROUND_ROBIN', endpoints: [{ address: 'a.example.com' }, { address: 'b.example.com' }] }))
      .toEqual(['spec.endpoints: there must only be 0 or 1 endpoint for resolution mode DNS_ROUND_ROBIN']);
    expect(errors('ServiceEntry', { hosts: ['a.example.com'], ports: [port], resolution: 'STATIC', endpoints: [{ address: 'a.example.com', ports: { http: 80 } }] })).toEqual([
      'spec.endpoints[0].address: endpoint address "a.example.com" is not a valid IP address',
      'spec.endpoints[0].ports.http: endpoint port http: 80 is not defined by the service entry',
    ]);
    expect(errors('ServiceEntry', { hosts: ['a.example.com'], ports: [port], resolution: 'DNS', endpoints: [{ address: 'unix:///var/run/a.sock' }] }))
      .toEqual(['spec.endpoints[0].address: endpoint address "unix:///var/run/a.sock" is not a valid FQDN or an IP address']);
    expect(errors('ServiceEntry', { hosts: ['a.example.com'], ports: [port], resolution: 'STATIC', endpoints: [{ address: 'unix:///var/run/a.sock' }] })).toEqual([]);
    expect(errors('ServiceEntry', { hosts: ['a.example.com'], ports: [port, { number: 80, name: 'http', protocol: 'HTTP' }], resolution: 'STATIC',
      endpoints: [{ address: 'unix://relative.sock', ports: { http: 80 } }] })).toEqual([
      'spec.endpoints[0].address: relative.sock is not an absolute path to a file',
      'spec.endpoints[0].ports: unix endpoint unix://relative.sock must not include ports',
      'spec.endpoints[0]: exactly 1 service port required for unix endpoints',
    ]);
    expect(errors('ServiceEntry', { hosts: ['a.example.com'], addresses: ['10.0.0.0/8'], ports: [port], resolution: 'DNS' }))
      .toEqual(['spec.resolution: CIDR addresses are allowed only for NONE/STATIC resolution types (resolution is DNS)']);
    expect(errors('ServiceEntry', { hosts: ['a.example.com', 'b.example.com'], ports: [{ number: 5432, name: 'tcp', protocol: 'TCP' }], resolution: 'DNS' }))
      .toEqual(['spec.ports: multiple hosts provided with non-HTTP, non-TLS ports']);
    expect(errors('ServiceEntry', { hosts: ['a.example.com'], ports: [port], resolution: 'STATIC', workloadSelector: { labels: { app: 'vm' } }, endpoints: [{ address: '1.1.1.1' }] }))
      .toEqual(['spec: only one of WorkloadSelector or Endpoints is allowed in Service Entry']);
  });

  it('allows ~ in exportTo but not with other entries', () => {
    expect(errors('ServiceEntry', { hosts: ['a.example.com'], ports: [port], exportTo: ['~'] })).toEqual([]);
    expect(errors('ServiceEntry', { hosts: ['a.example.com'], ports: [port], exportTo: ['~', 'ns'] }))
      .toEqual(['spec.exportTo: cannot export service entry to no one (~) and someone']);
  });
});
