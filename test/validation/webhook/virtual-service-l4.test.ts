import { errors, warnings } from './helpers';

const to = (host: string, weight?: number) => ({ destination: { host, port: { number: 5432 } }, ...(weight === undefined ? {} : { weight }) });

describe('VirtualService tcp routes', () => {
  it('accepts port matches, subnets and weighted destinations', () => {
    expect(errors('VirtualService', { hosts: ['db'], tcp: [{ match: [{ port: 5432, destinationSubnets: ['10.0.0.0/8', '10.1.2.3'] }], route: [to('db-a', 80), to('db-b', 20)] }] })).toEqual([]);
  });

  it('requires a route and validates matches and weights', () => {
    expect(errors('VirtualService', { hosts: ['db'], tcp: [{ match: [null, { port: 0 }, { port: 65536, destinationSubnets: ['10.0.0.0/33', '300.1.1.1'] }] }] })).toEqual([
      'spec.tcp[0].match[0]: tcp match may not be nil',
      'spec.tcp[0].match[2].destinationSubnets[0]: "10.0.0.0/33" is not a valid CIDR block',
      'spec.tcp[0].match[2].destinationSubnets[1]: 300.1.1.1 is not a valid IP',
      'spec.tcp[0].match[2].port: port number 65536 must be in the range 1..65535',
      'spec.tcp[0].route: route is required',
    ]);
    expect(errors('VirtualService', { hosts: ['db'], tcp: [{ route: [to('a', 0), to('b', -5)] }] }))
      .toEqual(['spec.tcp[0].route[1].weight: weight -5 < 0']);
    expect(errors('VirtualService', { hosts: ['db'], tcp: [{ route: [to('a', 0), to('b', 0)] }] }))
      .toEqual(['spec.tcp[0].route: total destination weight = 0 (with several destinations at least one needs a weight above 0)']);
  });
});

describe('VirtualService tls routes', () => {
  const tls = (match: unknown[], hosts = ['*.example.com']) => ({ hosts, gateways: ['istio-system/passthrough'], tls: [{ match, route: [{ destination: { host: 'backend' } }] }] });

  it('accepts SNI hosts covered by the VirtualService hosts', () => {
    expect(errors('VirtualService', tls([{ sniHosts: ['api.example.com', '*.example.com'], port: 443 }]))).toEqual([]);
  });

  it('requires matches with SNI hosts', () => {
    expect(errors('VirtualService', tls([]))).toEqual(['spec.tls[0].match: TLS route must have at least one match condition']);
    expect(errors('VirtualService', tls([{ port: 443 }]))).toEqual(['spec.tls[0].match[0].sniHosts: TLS match must have at least one SNI host']);
    expect(errors('VirtualService', tls([null]))).toEqual(['spec.tls[0].match[0]: tls match may not be null']);
    expect(errors('VirtualService', { hosts: ['a.example.com'], tls: [{ match: [{ sniHosts: ['a.example.com'] }] }] }))
      .toEqual(['spec.tls[0].route: TLS route is required']);
  });

  it('rejects SNI hosts outside the VirtualService hosts', () => {
    expect(errors('VirtualService', tls([{ sniHosts: ['api.other.com'] }])))
      .toEqual(['spec.tls[0].match[0].sniHosts[0]: SNI host "api.other.com" is not a compatible subset of any of the virtual service hosts: [*.example.com]']);
    expect(errors('VirtualService', tls([{ sniHosts: ['*.com'] }]))).toHaveLength(1);
  });

  it('warns about IP addresses as SNI hosts', () => {
    expect(errors('VirtualService', tls([{ sniHosts: ['10.0.0.1'] }]))).toEqual([]);
    expect(warnings('VirtualService', tls([{ sniHosts: ['10.0.0.1'] }])))
      .toEqual(['spec.tls[0].match[0].sniHosts[0]: using an IP address ("10.0.0.1") goes against SNI spec and most clients do not support this']);
  });
});
