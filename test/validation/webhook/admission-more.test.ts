/** More istiod rules found reviewing ISTIO-VALIDATION-RULES.md §3, §5, §6 against the webhook layer. */
import { Severity } from '../../../src/validation/finding';
import { validateWebhook } from '../../../src/validation/webhook';
import { errors, istio, of, warnings } from './helpers';

describe('ServiceEntry address warnings', () => {
  const tcp = { number: 5432, name: 'tcp-pg', protocol: 'TCP' };
  const msg = 'addresses are required for ports serving TCP (or unset) protocol when IP Autoallocation is not enabled';

  test('warns per TCP (or unset) port without addresses when istiod does not allocate one', () => {
    expect(warnings('ServiceEntry', { hosts: ['db.example.com'], ports: [tcp, { number: 6379, name: 'redis' }, { number: 80, name: 'http', protocol: 'HTTP' }] }))
      .toEqual([`spec.ports[0]: ${msg}`, `spec.ports[1]: ${msg}`]);
    const optedOut = istio('ServiceEntry', { hosts: ['db.example.com'], ports: [tcp], resolution: 'DNS' }) as { metadata: object };
    optedOut.metadata = { name: 'db', namespace: 'default', labels: { 'networking.istio.io/enable-autoallocate-ip': 'false' } };
    expect(of(validateWebhook(optedOut), Severity.WARNING)).toEqual([`spec.ports[0]: ${msg}`]);
  });

  test('is quiet with addresses, or when istiod allocates (resolution other than NONE)', () => {
    expect(warnings('ServiceEntry', { hosts: ['db.example.com'], addresses: ['10.1.2.3'], ports: [tcp] })).toEqual([]);
    expect(warnings('ServiceEntry', { hosts: ['db.example.com'], ports: [tcp], resolution: 'DNS' })).toEqual([]);
  });

  test('warns about several hosts with addresses and a TCP port under DNS resolution', () => {
    expect(warnings('ServiceEntry', { hosts: ['a.example.com', 'b.example.com'], addresses: ['10.1.2.3'], resolution: 'DNS',
      ports: [{ number: 443, name: 'tls', protocol: 'TLS' }] }))
      .toEqual(['spec.hosts: service entry can not have more than one host specified simultaneously with address and tcp port']);
    expect(warnings('ServiceEntry', { hosts: ['a.example.com'], addresses: ['10.1.2.3'], resolution: 'DNS',
      ports: [{ number: 443, name: 'tls', protocol: 'TLS' }] })).toEqual([]);
  });
});

describe('Sidecar ingress HTTP pool on a non-HTTP port', () => {
  const ingress = (protocol: string) => ({ ingress: [{ port: { number: 5432, protocol, name: 'db' }, defaultEndpoint: '127.0.0.1:5432',
    connectionPool: { http: { http1MaxPendingRequests: 10 }, tcp: { maxConnections: 10 } } }] });

  test('warns that only TCP settings apply', () => {
    expect(warnings('Sidecar', ingress('HTTP'))).toEqual([]);
    expect(warnings('Sidecar', ingress('TCP'))).toEqual(['spec.ingress[0].connectionPool.http: sidecar: HTTP connection pool settings ' +
      'are configured for port 5432 ("db") but its protocol is not HTTP (TCP); only TCP settings will apply']);
  });
});

describe('DestinationRule configmap:// credentialName', () => {
  const dr = (credentialName: string) => errors('DestinationRule', { host: 'api.example.com', trafficPolicy: { tls: { mode: 'SIMPLE', credentialName } } }, 'shop');
  const p = 'spec.trafficPolicy.tls.credentialName';

  test('needs <namespace>/<name> of the DestinationRule\'s own namespace', () => {
    expect(dr('configmap://shop/ca-bundle')).toEqual([]);
    expect(dr('api-ca')).toEqual([]);
    expect(dr('configmap://ca-bundle')).toEqual([`${p}: invalid configmap:// credentialName: invalid resource name "ca-bundle". Expected namespace and name`]);
    expect(dr('configmap:///ca-bundle')).toEqual([`${p}: invalid configmap:// credentialName: invalid resource name "/ca-bundle". Expected namespace`]);
    expect(dr('configmap://shop/')).toEqual([`${p}: invalid configmap:// credentialName: invalid resource name "shop/". Expected name`]);
    expect(dr('configmap://other/ca-bundle')).toEqual([`${p}: invalid configmap:// credentialName: namespace must match the configuration namespace "shop"`]);
  });
});
