import { Chart, Testing } from 'cdk8s';
import {
  AllowedRoutes, GatewayListener, GatewayServiceType, IngressGateway, IngressGatewayProps,
} from '../../src/ingress';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Manifest = any;

function synth(props: IngressGatewayProps, namespace: string | undefined = 'edge'): Manifest[] {
  const chart = new Chart(Testing.app(), 'edge', { namespace });
  new IngressGateway(chart, 'gw', props);
  return Testing.synth(chart);
}

function build(props: Partial<IngressGatewayProps> & Record<string, unknown>): IngressGateway {
  return new IngressGateway(Testing.chart(), 'gw', { name: 'public', ...props } as IngressGatewayProps);
}

const TLS = { certificates: [{ name: 'public-cert' }] };

describe('IngressGateway', () => {
  test('defaults: one HTTP listener on port 80, routes from the same namespace, class istio', () => {
    const [gw, ...rest] = synth({ name: 'public' });
    expect(rest).toEqual([]);
    expect(gw).toEqual({
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'Gateway',
      metadata: { name: 'public', namespace: 'edge' },
      spec: {
        gatewayClassName: 'istio',
        listeners: [{ name: 'http', port: 80, protocol: 'HTTP', allowedRoutes: { namespaces: { from: 'Same' } } }],
      },
    });
  });

  test('HTTP and HTTPS listeners, service type, infrastructure labels and annotations', () => {
    const [gw] = synth({
      name: 'public',
      listeners: [
        GatewayListener.http({ hostname: '*.example.com' }),
        GatewayListener.https({ hostname: 'billing.example.com', ...TLS, allowedRoutes: AllowedRoutes.namespacesWithLabels({ team: 'billing' }) }),
      ],
      allowedRoutes: AllowedRoutes.allNamespaces(),
      serviceType: GatewayServiceType.CLUSTER_IP,
      infrastructureLabels: { 'cost-center': 'edge' },
      infrastructureAnnotations: { 'service.beta.kubernetes.io/aws-load-balancer-scheme': 'internal' },
    });
    expect(gw.metadata.annotations).toEqual({ 'networking.istio.io/service-type': 'ClusterIP' });
    expect(gw.spec.infrastructure).toEqual({
      labels: { 'cost-center': 'edge' },
      annotations: { 'service.beta.kubernetes.io/aws-load-balancer-scheme': 'internal' },
    });
    expect(gw.spec.listeners).toEqual([
      { name: 'http', port: 80, protocol: 'HTTP', hostname: '*.example.com', allowedRoutes: { namespaces: { from: 'All' } } },
      {
        name: 'https', port: 443, protocol: 'HTTPS', hostname: 'billing.example.com',
        tls: { mode: 'Terminate', certificateRefs: [{ group: '', kind: 'Secret', name: 'public-cert' }] },
        allowedRoutes: { namespaces: { from: 'Selector', selector: { matchLabels: { team: 'billing' } } } },
      },
    ]);
  });

  test('a certificate Secret in another namespace gets a ReferenceGrant there, one per namespace', () => {
    const objects = synth({
      name: 'public',
      listeners: [
        GatewayListener.https({ certificates: [{ name: 'rsa', namespace: 'certs' }, { name: 'ecdsa', namespace: 'certs' }] }),
        GatewayListener.https({ name: 'alt', port: 8443, certificates: [{ name: 'same', namespace: 'edge' }] }),
      ],
    });
    expect(objects[0].spec.listeners.map((l: Manifest) => l.tls.certificateRefs)).toEqual([
      [{ group: '', kind: 'Secret', name: 'rsa', namespace: 'certs' }, { group: '', kind: 'Secret', name: 'ecdsa', namespace: 'certs' }],
      [{ group: '', kind: 'Secret', name: 'same' }],
    ]);
    expect(objects.slice(1)).toEqual([{
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'ReferenceGrant',
      metadata: { name: 'public-certificates-edge', namespace: 'certs' },
      spec: {
        from: [{ group: 'gateway.networking.k8s.io', kind: 'Gateway', namespace: 'edge' }],
        to: [{ group: '', kind: 'Secret', name: 'ecdsa' }, { group: '', kind: 'Secret', name: 'rsa' }],
      },
    }]);
  });

  test('namespace: the prop, else the chart namespace, else default; deployed name and parentRef follow', () => {
    expect(synth({ name: 'public', namespace: 'ingress' })[0].metadata.namespace).toBe('ingress');
    const gw = new IngressGateway(new Chart(Testing.app(), 'c'), 'gw', { name: 'public' });
    expect(gw.namespace).toBe('default');
    expect(gw.deployedName).toBe('public-istio');
    expect(gw.gatewayApiParentRef()).toEqual({ name: 'public', namespace: 'default' });
    expect(gw.istioGatewayName()).toBeUndefined();
    expect(gw.listenerNames).toEqual(['http']);
  });
});

describe('IngressGateway errors', () => {
  test.each([
    [{ name: 'Public' }, `IngressGateway 'gw': 'name' must be a DNS-1035 label of at most 57 characters (istiod names the gateway's Service "<name>-istio"), got "Public"`],
    [{ name: 'a'.repeat(58) }, `'name' must be a DNS-1035 label of at most 57 characters`],
    [{ namespace: 'Edge' }, `IngressGateway 'gw': 'namespace' is invalid: "Edge" is not a DNS-1123 label`],
    [{ listeners: [] }, `'listeners' must be a list of 1 to 64 GatewayListener, got []`],
    [{ listeners: [{ port: 80 }] }, `'listeners[0]' must be a GatewayListener (GatewayListener.http() or GatewayListener.https({...})), got {"port":80}`],
    [{ listeners: [GatewayListener.http({ name: 'Web' })] }, `'listeners[0].name' is invalid: "Web" is not a DNS-1123 subdomain`],
    [{ listeners: [GatewayListener.http({ port: 0 })] }, `'listeners[0].port' must be an integer from 1 to 65535, got 0`],
    [{ listeners: [GatewayListener.http({ port: 15021 })] }, `'listeners[0].port' must be a port the gateway's proxy does not use itself (not 15000, 15001, 15004, 15006, 15008, 15020, 15021, 15053, 15090), got 15021`],
    [{ listeners: [GatewayListener.http({ hostname: 'Billing.example.com' })] }, `'listeners[0].hostname' must be a lower-case DNS name, optionally starting with "*." (e.g. "billing.example.com"), got "Billing.example.com"`],
    [{ listeners: [GatewayListener.https({ certificates: [] })] }, `'listeners[0].certificates' must be a list of 1 or 2 certificate Secrets (Istio takes at most two, of different key types), got []`],
    [{ listeners: [GatewayListener.https({ certificates: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] })] }, `'listeners[0].certificates' must be a list of 1 or 2`],
    [{ listeners: [GatewayListener.https({ certificates: [{ name: 'Cert' }] })] }, `'listeners[0].certificates[0].name' is invalid: "Cert" is not a DNS-1123 subdomain`],
    [{ listeners: [GatewayListener.https({ certificates: [{ name: 'c', namespace: 'a.b' }] })] }, `'listeners[0].certificates[0].namespace' is invalid: "a.b" is not a DNS-1123 label`],
    [{ listeners: [GatewayListener.http(), GatewayListener.http({ port: 8080 })] }, `'listeners[1].name' must be unique among the listeners (routes attach to a listener by name), got "http"`],
    [{ listeners: [GatewayListener.http(), GatewayListener.http({ name: 'again' })] }, `'listeners[1]' repeats port 80, protocol HTTP and hostname "*" of an earlier listener; each combination must be unique`],
    [{ listeners: [GatewayListener.http(), GatewayListener.https({ port: 80, ...TLS })] }, `'listeners[1]' puts HTTPS on port 80, which an earlier listener uses for HTTP; listeners sharing a port must share the protocol (else the Gateway reports ProtocolConflict)`],
    [{ allowedRoutes: 'All' }, `'allowedRoutes' must be an AllowedRoutes (e.g. AllowedRoutes.allNamespaces()), got "All"`],
    [{ allowedRoutes: AllowedRoutes.namespacesWithLabels({}) }, `'allowedRoutes' is invalid: namespacesWithLabels needs at least one label (an empty selector admits every namespace: use allNamespaces())`],
    [{ allowedRoutes: AllowedRoutes.namespacesWithLabels(null as never) }, `'allowedRoutes' is invalid: namespacesWithLabels needs a map of labels, got null`],
    [{ listeners: [GatewayListener.http({ allowedRoutes: AllowedRoutes.namespacesWithLabels({ 'bad key!': 'x' }) })] }, `'listeners[0].allowedRoutes' is invalid: key "bad key!": name part must be`],
    [{ serviceType: 'External' }, `'serviceType' must be GatewayServiceType.LOAD_BALANCER, GatewayServiceType.NODE_PORT or GatewayServiceType.CLUSTER_IP, got "External"`],
    [{ infrastructureLabels: ['a'] }, `'infrastructureLabels' must be a map of strings, got ["a"]`],
    [{ infrastructureLabels: Object.fromEntries([...'abcdefghi'].map((k) => [k, 'x'])) }, `'infrastructureLabels' must be at most 8 entries (Gateway API's limit), got "9 entries"`],
    [{ infrastructureLabels: { team: 'a b' } }, `'infrastructureLabels' is invalid: label "team": value "a b" must be empty or 1-63 characters`],
    [{ infrastructureAnnotations: { '/x': 'y' } }, `'infrastructureAnnotations' is invalid: key "/x": prefix part must be a DNS-1123 subdomain`],
    [{ infrastructureAnnotations: { note: 'x'.repeat(4097) } }, `'infrastructureAnnotations["note"]' must be a string of at most 4096 characters`],
    [{ namespace: 7 }, `'namespace' is invalid: must be a string`],
    [{ listeners: [GatewayListener.http({ name: 7 as never })] }, `'listeners[0].name' is invalid: must be a string`],
    [{ listeners: [GatewayListener.https({ certificates: [{ name: 7 as never }] })] }, `'listeners[0].certificates[0].name' is invalid: must be a string`],
    [{ listeners: [GatewayListener.https({ certificates: [{ name: 'c', namespace: 7 as never }] })] }, `'listeners[0].certificates[0].namespace' is invalid: must be a string`],
  ].map(([props, message]) => [message, props]))('%s', (message, props) => {
    expect(() => build(props as Record<string, unknown>)).toThrow(message as string);
  });
});

describe('IngressGateway.fromIstioGateway', () => {
  test('refers to an existing Istio Gateway: no objects, an Istio gateway name and no parentRef', () => {
    const chart = new Chart(Testing.app(), 'c');
    const gw = IngressGateway.fromIstioGateway('istio-ingress/public');
    expect(gw.istioGatewayName()).toBe('istio-ingress/public');
    expect(gw.gatewayApiParentRef()).toBeUndefined();
    expect(Testing.synth(chart)).toEqual([]);
  });

  test.each(['public', 'a/b/c', 'Istio/public', 7])('%j is refused', (name) => {
    expect(() => IngressGateway.fromIstioGateway(name as string)).toThrow(
      `'qualifiedName' must be "<namespace>/<name>", got ${JSON.stringify(name)}`);
  });
});
