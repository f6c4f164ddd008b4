import { analysisRef } from '../../../src/validation/analysis';
import {
  destinationRule, namespace, pairs, route, run, service, serviceEntry, virtualService,
} from './fixtures';

const reviews = () => service('reviews', 'default', { app: 'reviews' }, [{ port: 9080, name: 'http' }]);
const reviewsDr = (ns = 'default', host = 'reviews', extra = {}) =>
  destinationRule('reviews', ns, { host, subsets: [{ name: 'v1', labels: { version: 'v1' } }], ...extra });
const vsTo = (dest: object, ns: string | undefined = 'default', name = 'reviews') =>
  virtualService(name, ns, { hosts: ['reviews'], http: [{ route: [{ destination: dest }] }] });

describe('IST0101 destination subset', () => {
  test('fires for a subset no DestinationRule defines, on the subset field', () => {
    const findings = run([reviews(), reviewsDr(), vsTo({ host: 'reviews', subset: 'v2' })], 'IST0101');
    expect(pairs(findings)).toEqual([
      { code: 'IST0101', origin: 'VirtualService default/reviews', path: 'spec.http[0].route[0].destination.subset' },
    ]);
    expect(findings[0].message).toBe('destination subset "v2" of host "reviews" is not defined by any DestinationRule; ' +
      'the DestinationRule for this host defines "v1": use one of them or add the subset');
  });

  test('fires when no DestinationRule exists for the host at all, and says what to add', () => {
    const findings = run([reviews(), vsTo({ host: 'reviews', subset: 'v1' })], 'IST0101');
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('add a DestinationRule with host "reviews.default.svc.cluster.local" that defines subset "v1"');
  });

  test('does not fire when the subset is defined, whichever host form each side uses', () => {
    expect(run([reviews(), reviewsDr('default', 'reviews.default.svc.cluster.local'), vsTo({ host: 'reviews', subset: 'v1' })], 'IST0101')).toEqual([]);
    expect(run([reviews(), reviewsDr('istio-system', 'reviews.default.svc.cluster.local'),
      vsTo({ host: 'reviews.default.svc.cluster.local', subset: 'v1' })], 'IST0101')).toEqual([]);
    expect(run([reviews(), reviewsDr('default', '*.default.svc.cluster.local'), vsTo({ host: 'reviews', subset: 'v1' })], 'IST0101')).toEqual([]);
  });

  test('a short DestinationRule host in another namespace means a different service', () => {
    const findings = run([reviews(), reviewsDr('other'), vsTo({ host: 'reviews', subset: 'v1' })], 'IST0101');
    expect(pairs(findings).map((p) => p.path)).toEqual(['spec.http[0].route[0].destination.subset']);
  });

  test('checks tcp/tls routes and http mirrors too', () => {
    const vs = virtualService('mixed', 'default', {
      hosts: ['reviews'],
      tcp: [{ route: [route('reviews', { subset: 'bad-tcp' })] }],
      http: [{ route: [route('reviews', { subset: 'v1' })], mirror: { host: 'reviews', subset: 'bad-mirror' },
        mirrors: [{ destination: { host: 'reviews', subset: 'bad-mirrors' } }] }],
    });
    const findings = run([reviews(), reviewsDr(), vs], 'IST0101');
    expect(pairs(findings).map((p) => p.path)).toEqual([
      'spec.tcp[0].route[0].destination.subset', 'spec.http[0].mirror.subset', 'spec.http[0].mirrors[0].destination.subset',
    ]);
    expect(findings[1].message).toMatch(/^mirror destination subset "bad-mirror"/);
  });
});

describe('IST0101 destination host and port', () => {
  test('fires for an unknown host in a namespace whose Services are in the inputs', () => {
    const findings = run([reviews(), vsTo({ host: 'reviews-bogus' })], 'IST0101');
    expect(pairs(findings)).toEqual([
      { code: 'IST0101', origin: 'VirtualService default/reviews', path: 'spec.http[0].route[0].destination.host' },
    ]);
    expect(findings[0].message).toBe('destination host "reviews-bogus" is not a Service or ServiceEntry visible from ' +
      'namespace "default"; create the Service "reviews-bogus.default.svc.cluster.local" or fix the host name (and check its exportTo)');
  });

  test('stays quiet for a namespace the inputs say nothing about (the Service is deployed elsewhere)', () => {
    expect(run([reviews(), vsTo({ host: 'ratings.payments.svc.cluster.local' })], 'IST0101')).toEqual([]);
  });

  test('a Namespace object in the inputs is enough to know the namespace', () => {
    const findings = run([namespace('payments'), vsTo({ host: 'ratings.payments.svc.cluster.local' })], 'IST0101');
    expect(findings).toHaveLength(1);
  });

  test('objects without metadata.namespace are in "default"', () => {
    const findings = run([service('reviews', undefined, { app: 'reviews' }), vsTo({ host: 'nope' }, undefined)], 'IST0101');
    expect(pairs(findings)[0].origin).toBe('VirtualService default/reviews');
  });

  test('"name.namespace" is not expanded, as in Istio; the message gives the FQDN', () => {
    const findings = run([reviews(), vsTo({ host: 'reviews.default' })], 'IST0101');
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('Istio does not expand "name.namespace" hosts: write "reviews.default.svc.cluster.local"');
  });

  test('external hosts need a ServiceEntry once the inputs hold any', () => {
    const se = serviceEntry('google', 'default', { hosts: ['www.google.com', '*.googleapis.com'], ports: [{ number: 443, name: 'https', protocol: 'HTTPS' }] });
    expect(run([vsTo({ host: 'www.example.com' })], 'IST0101')).toEqual([]);
    const findings = run([se, vsTo({ host: 'www.example.com' })], 'IST0101');
    expect(findings[0].message).toContain('add a ServiceEntry for it (exported to this namespace)');
    expect(run([se, vsTo({ host: 'www.google.com' }), vsTo({ host: 'storage.googleapis.com' }, 'default', 'b')], 'IST0101')).toEqual([]);
  });

  test('respects exportTo of Services and ServiceEntries', () => {
    const hidden = service('ratings', 'default', { app: 'ratings' }, [{ port: 80, name: 'http' }],
      { annotations: { 'networking.istio.io/exportTo': '.' } });
    const vsElsewhere = virtualService('r', 'other', { hosts: ['x'], http: [{ route: [route('ratings.default.svc.cluster.local')] }] });
    expect(run([hidden, namespace('other'), vsElsewhere], 'IST0101')).toHaveLength(1);
    const vsHere = virtualService('r', 'default', { hosts: ['x'], http: [{ route: [route('ratings')] }] });
    expect(run([hidden, vsHere], 'IST0101')).toEqual([]);
    const se = serviceEntry('ext', 'other', { hosts: ['api.example.com'], exportTo: ['.'], ports: [{ number: 443, name: 'https' }] });
    const vsExt = virtualService('e', 'default', { hosts: ['x'], http: [{ route: [route('api.example.com')] }] });
    expect(run([se, vsExt], 'IST0101')).toHaveLength(1);
    const seShared = serviceEntry('ext', 'other', { hosts: ['api.example.com'], exportTo: ['default'], ports: [{ number: 443, name: 'https' }] });
    expect(run([seShared, vsExt], 'IST0101')).toEqual([]);
  });

  test('fires for a port the Service does not expose, on the port field', () => {
    const findings = run([reviews(), vsTo({ host: 'reviews', port: { number: 8080 } })], 'IST0101');
    expect(pairs(findings).map((p) => p.path)).toEqual(['spec.http[0].route[0].destination.port.number']);
    expect(findings[0].message).toBe('destination host "reviews" does not expose port 8080 (Service default/reviews exposes 9080); ' +
      'use one of its ports or add the port to it');
    expect(run([reviews(), vsTo({ host: 'reviews', port: { number: 9080 } })], 'IST0101')).toEqual([]);
  });
});

describe('IST0112 destination port required', () => {
  const twoPorts = () => service('reviews', 'default', { app: 'reviews' }, [{ port: 9080, name: 'http' }, { port: 9090, name: 'grpc' }]);

  test('fires when the host exposes several ports and the destination sets none', () => {
    const findings = run([twoPorts(), vsTo({ host: 'reviews' })], 'IST0112');
    expect(pairs(findings)).toEqual([
      { code: 'IST0112', origin: 'VirtualService default/reviews', path: 'spec.http[0].route[0].destination' },
    ]);
    expect(findings[0].severity).toBe('error');
    expect(findings[0].message).toBe('destination host "reviews" exposes several ports (9080, 9090); set port.number to the one this route targets');
  });

  test('does not fire with a port, or for a single-port host', () => {
    expect(run([twoPorts(), vsTo({ host: 'reviews', port: { number: 9090 } })], 'IST0112')).toEqual([]);
    expect(run([reviews(), vsTo({ host: 'reviews' })], 'IST0112')).toEqual([]);
  });
});

describe('analysisRef', () => {
  test('gives the identity findings carry, with `default` for unnamespaced namespaced objects', () => {
    expect(analysisRef(destinationRule('reviews', undefined, { host: 'reviews' }))).toEqual({
      apiVersion: 'networking.istio.io/v1', kind: 'DestinationRule', name: 'reviews', namespace: 'default',
    });
    expect(analysisRef(namespace('shop'))).toEqual({ apiVersion: 'v1', kind: 'Namespace', name: 'shop' });
  });
});
