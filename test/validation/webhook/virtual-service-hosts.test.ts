import { dest, errors, route, vsHttp, warnings } from './helpers';

const http = [route(dest('v1'))];

describe('VirtualService hosts and gateways', () => {
  it('accepts short names, FQDNs, wildcards, IPs and `*` on a gateway', () => {
    expect(errors('VirtualService', { hosts: ['reviews', 'ratings.prod.svc.cluster.local', '*.example.com', '10.0.0.1'], http })).toEqual([]);
    expect(errors('VirtualService', { hosts: ['*'], gateways: ['istio-system/public'], http })).toEqual([]);
  });

  it('rejects an invalid domain, quoting host and label', () => {
    expect(errors('VirtualService', { hosts: ['foo.*.example.com'], http }))
      .toEqual(['spec.hosts[0]: domain name "foo.*.example.com" invalid (label "*" invalid)']);
    expect(errors('VirtualService', { hosts: ['bad_host'], http }))
      .toEqual(['spec.hosts[0]: domain name "bad_host" invalid (label "bad_host" invalid)']);
    expect(errors('VirtualService', { hosts: ['example.123'], http }))
      .toEqual(['spec.hosts[0]: domain name "example.123" invalid (top level domain "123" cannot be all-numeric)']);
    expect(errors('VirtualService', { hosts: [''], http })).toEqual(['spec.hosts[0]: empty domain name not allowed']);
    const long = `${'a'.repeat(63)}.`.repeat(4) + 'com';
    expect(errors('VirtualService', { hosts: [long], http })).toEqual([`spec.hosts[0]: domain name "${long}" too long (max 255)`]);
  });

  it('rejects `*` for a mesh-bound VirtualService (no gateways, or `mesh` listed)', () => {
    const msg = 'spec.hosts[0]: wildcard host * is not allowed for virtual services bound to the mesh gateway';
    expect(errors('VirtualService', { hosts: ['*'], http })).toEqual([msg]);
    expect(errors('VirtualService', { hosts: ['*'], gateways: ['mesh', 'istio-system/public'], http })).toEqual([msg]);
  });

  it('rejects duplicate hosts, including wildcard overlap', () => {
    expect(errors('VirtualService', { hosts: ['reviews', 'reviews'], http }))
      .toEqual(['spec.hosts[1]: duplicate hosts in virtual service: reviews & reviews']);
    expect(errors('VirtualService', { hosts: ['*.example.com', 'api.example.com'], http }))
      .toEqual(['spec.hosts[1]: duplicate hosts in virtual service: *.example.com & api.example.com']);
    expect(errors('VirtualService', { hosts: ['*.com', '*.example.com'], http }))
      .toEqual(['spec.hosts[1]: duplicate hosts in virtual service: *.com & *.example.com']);
  });

  it('does not treat *.foo.com and foo.com as duplicates', () => {
    expect(errors('VirtualService', { hosts: ['*.foo.com', 'foo.com'], http })).toEqual([]);
  });

  it('requires http, tcp or tls', () => {
    expect(errors('VirtualService', { hosts: ['reviews'] })).toEqual(['spec: http, tcp or tls must be provided in virtual service']);
  });

  it('treats a VirtualService without hosts as a delegate: no gateways, tcp or tls', () => {
    expect(errors('VirtualService', { http })).toEqual([]);
    const tcp = [{ route: [{ destination: { host: 'db' } }] }];
    const tls = [{ match: [{ sniHosts: ['a.example.com'] }], route: [{ destination: { host: 'a' } }] }];
    expect(errors('VirtualService', { gateways: ['ns/gw'], http, tcp, tls })).toEqual(expect.arrayContaining([
      'spec.gateways: delegate virtual service must have no gateways specified',
      'spec.tcp: delegate virtual service must have no tcp route specified',
      'spec.tls: delegate virtual service must have no tls route specified',
    ]));
  });

  it('accepts ns/name gateways and `mesh`; warns about legacy name.namespace', () => {
    expect(findingsOf({ hosts: ['a.example.com'], gateways: ['istio-system/ingress', 'mesh'], http })).toEqual([[], []]);
    expect(warnings('VirtualService', { hosts: ['a.example.com'], gateways: ['ingress.istio-system'], http }))
      .toEqual(['spec.gateways[0]: using legacy gatewayName format "ingress.istio-system"; prefer the <namespace>/<name> format: "istio-system/ingress"']);
  });

  it('rejects malformed ns/name gateway references', () => {
    expect(errors('VirtualService', { hosts: ['a.example.com'], gateways: ['istio_system/ingress'], http }))
      .toEqual(['spec.gateways[0]: invalid value for namespace: "istio_system" (in gateway "istio_system/ingress")']);
    expect(errors('VirtualService', { hosts: ['a.example.com'], gateways: ['istio-system/my.gw'], http }))
      .toEqual(['spec.gateways[0]: invalid value for gateway name: "my.gw" (in gateway "istio-system/my.gw")']);
    expect(errors('VirtualService', { hosts: ['a.example.com'], gateways: ['/gw'], http })).toEqual([
      'spec.gateways[0]: config namespace and gateway name cannot be empty (in "/gw")',
      'spec.gateways[0]: invalid value for namespace: "" (in gateway "/gw")',
    ]);
    expect(errors('VirtualService', { hosts: ['a.example.com'], gateways: ['bad_gw'], http }))
      .toEqual(['spec.gateways[0]: domain name "bad_gw" invalid (label "bad_gw" invalid)']);
  });

  it('validates exportTo', () => {
    expect(errors('VirtualService', { ...vsHttp(...http), exportTo: ['default', '.'] }))
      .toEqual(['spec.exportTo[1]: duplicate entries in exportTo: . and current namespace default']);
    expect(errors('VirtualService', { ...vsHttp(...http), exportTo: ['.', 'default'] }))
      .toEqual(['spec.exportTo[1]: duplicate entries in exportTo for entry default']);
    expect(errors('VirtualService', { ...vsHttp(...http), exportTo: ['*', 'ns1'] }))
      .toEqual(['spec.exportTo: cannot have both public (*) and non-public exportTo values for a resource']);
    expect(errors('VirtualService', { ...vsHttp(...http), exportTo: ['~'] }))
      .toEqual(['spec.exportTo[0]: exportTo ~ (none) is not allowed for Istio configuration objects']);
    expect(errors('VirtualService', { ...vsHttp(...http), exportTo: ['ns_1'] }))
      .toEqual(['spec.exportTo[0]: exportTo entry "ns_1" is invalid: only .,*, or a valid DNS 1123 label is allowed as exportTo entry']);
    expect(errors('VirtualService', { ...vsHttp(...http), exportTo: ['ns1', 'ns1'] }))
      .toEqual(['spec.exportTo[1]: duplicate entries in exportTo for entry ns1']);
    expect(errors('VirtualService', { ...vsHttp(...http), exportTo: ['.', 'istio-system'] })).toEqual([]);
  });
});

function findingsOf(spec: unknown): [string[], string[]] {
  return [errors('VirtualService', spec), warnings('VirtualService', spec)];
}
