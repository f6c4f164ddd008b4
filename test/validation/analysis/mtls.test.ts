import { deployment, destinationRule, namespace, pairs, peerAuthentication, pod, run } from './fixtures';

const strictMesh = () => peerAuthentication('default', 'istio-system', { mtls: { mode: 'STRICT' } });
const injected = (name = 'shop') => namespace(name, { 'istio-injection': 'enabled' });
const tlsDr = (mode: string, host = 'cart', ns = 'shop') =>
  destinationRule('cart', ns, { host, trafficPolicy: { tls: { mode } } });

describe('CDK8SISTIO-001 DestinationRule turns off mTLS to a STRICT host', () => {
  test.each(['DISABLE', 'SIMPLE'])('fires (error) for tls.mode %s', (mode) => {
    const findings = run([strictMesh(), injected(), tlsDr(mode)], 'CDK8SISTIO-001');
    expect(pairs(findings)).toEqual([
      { code: 'CDK8SISTIO-001', origin: 'DestinationRule shop/cart', path: 'spec.trafficPolicy.tls.mode' },
    ]);
    expect(findings[0].severity).toBe('error');
    expect(findings[0].message).toContain(`tls.mode ${mode} makes clients send`);
    expect(findings[0].message).toContain('whose namespace "shop" requires STRICT mTLS, so every request is refused; remove ' +
      'the tls block (auto mTLS picks ISTIO_MUTUAL) or set mode ISTIO_MUTUAL');
  });

  test('checks subsets and port-level settings, and FQDN hosts from other namespaces', () => {
    const dr = destinationRule('cart', 'web', {
      host: 'cart.shop.svc.cluster.local',
      trafficPolicy: { portLevelSettings: [{ port: { number: 80 }, tls: { mode: 'DISABLE' } }] },
      subsets: [{ name: 'v1', labels: { version: 'v1' }, trafficPolicy: { tls: { mode: 'SIMPLE' } } }],
    });
    expect(pairs(run([strictMesh(), injected(), dr], 'CDK8SISTIO-001')).map((p) => p.path)).toEqual([
      'spec.trafficPolicy.portLevelSettings[0].tls.mode', 'spec.subsets[0].trafficPolicy.tls.mode',
    ]);
  });

  test('a namespace-level STRICT policy is enough when the Namespace object is not in the inputs', () => {
    expect(run([peerAuthentication('default', 'shop', { mtls: { mode: 'STRICT' } }), tlsDr('DISABLE')], 'CDK8SISTIO-001')).toHaveLength(1);
  });

  test('does not fire for ISTIO_MUTUAL, PERMISSIVE namespaces, non-injected namespaces, relaxed workloads or external hosts', () => {
    expect(run([strictMesh(), injected(), tlsDr('ISTIO_MUTUAL')], 'CDK8SISTIO-001')).toEqual([]);
    expect(run([strictMesh(), injected(), peerAuthentication('default', 'shop', { mtls: { mode: 'PERMISSIVE' } }), tlsDr('DISABLE')], 'CDK8SISTIO-001')).toEqual([]);
    expect(run([strictMesh(), namespace('shop'), tlsDr('DISABLE')], 'CDK8SISTIO-001')).toEqual([]);
    expect(run([strictMesh(), tlsDr('DISABLE')], 'CDK8SISTIO-001')).toEqual([]);
    expect(run([strictMesh(), injected(), peerAuthentication('legacy', 'shop', {
      selector: { matchLabels: { app: 'legacy' } }, portLevelMtls: { 8080: { mode: 'DISABLE' } },
    }), tlsDr('DISABLE')], 'CDK8SISTIO-001')).toEqual([]);
    expect(run([strictMesh(), injected(), tlsDr('SIMPLE', 'api.example.com')], 'CDK8SISTIO-001')).toEqual([]);
  });
});

describe('CDK8SISTIO-002 workload opts out of the mesh in a STRICT namespace', () => {
  test('fires (warning) for a template opting out by annotation, on that field', () => {
    const findings = run([strictMesh(), injected(),
      deployment('batch', 'shop', { app: 'batch' }, { annotations: { 'sidecar.istio.io/inject': 'false' } })], 'CDK8SISTIO-002');
    expect(pairs(findings)).toEqual([
      { code: 'CDK8SISTIO-002', origin: 'Deployment shop/batch', path: 'spec.template.metadata.annotations' },
    ]);
    expect(findings[0].message).toBe('this workload opts out of the mesh (annotation sidecar.istio.io/inject=false) in ' +
      'namespace "shop", where mTLS is STRICT: its plaintext calls to meshed workloads are refused; remove the opt-out, ' +
      'or move it to a namespace without STRICT mTLS');
  });

  test('fires for Pods and for ambient workloads labelled dataplane-mode=none', () => {
    const findings = run([strictMesh(), namespace('amb', { 'istio.io/dataplane-mode': 'ambient' }), injected(),
      pod('p', 'shop', { app: 'p', 'sidecar.istio.io/inject': 'false' }),
      deployment('d', 'amb', { app: 'd', 'istio.io/dataplane-mode': 'none' })], 'CDK8SISTIO-002');
    expect(pairs(findings).map((p) => `${p.origin} ${p.path}`)).toEqual([
      'Pod shop/p metadata.labels', 'Deployment amb/d spec.template.metadata.labels',
    ]);
    expect(findings[1].message).toContain('(label istio.io/dataplane-mode=none)');
  });

  test('does not fire without STRICT, in the root namespace, or for workloads in the mesh', () => {
    const optOut = { 'sidecar.istio.io/inject': 'false' };
    expect(run([injected(), deployment('a', 'shop', { app: 'a', ...optOut })], 'CDK8SISTIO-002')).toEqual([]);
    expect(run([strictMesh(), peerAuthentication('default', 'shop', { mtls: { mode: 'PERMISSIVE' } }), injected(),
      deployment('a', 'shop', { app: 'a', ...optOut })], 'CDK8SISTIO-002')).toEqual([]);
    expect(run([strictMesh(), deployment('gw', 'istio-system', { app: 'gw', ...optOut })], 'CDK8SISTIO-002')).toEqual([]);
    expect(run([strictMesh(), injected(), deployment('a', 'shop', { app: 'a' })], 'CDK8SISTIO-002')).toEqual([]);
    expect(run([strictMesh(), namespace('plain'), deployment('a', 'plain', { app: 'a', ...optOut })], 'CDK8SISTIO-002')).toEqual([]);
  });
});

describe('CDK8SISTIO-003 several namespace-wide PeerAuthentications', () => {
  test('fires (error) on each, mesh-wide in the root namespace', () => {
    const findings = run([peerAuthentication('default', 'shop', { mtls: { mode: 'STRICT' } }),
      peerAuthentication('legacy', 'shop', { selector: {}, mtls: { mode: 'PERMISSIVE' } })], 'CDK8SISTIO-003');
    expect(pairs(findings).map((p) => p.origin)).toEqual(['PeerAuthentication shop/default', 'PeerAuthentication shop/legacy']);
    expect(findings[0].message).toBe('several PeerAuthentications without selector are namespace-wide in "shop" (default, ' +
      'legacy); Istio applies only the oldest, which depends on apply order: keep exactly one (conventionally named "default")');
    const root = run([strictMesh(), peerAuthentication('other', 'istio-system', {})], 'CDK8SISTIO-003');
    expect(root[0].message).toContain('mesh-wide (root namespace)');
  });

  test('a selector policy next to the namespace policy is fine', () => {
    expect(run([peerAuthentication('default', 'shop', { mtls: { mode: 'STRICT' } }),
      peerAuthentication('web', 'shop', { selector: { matchLabels: { app: 'web' } }, mtls: { mode: 'STRICT' } })], 'CDK8SISTIO-003')).toEqual([]);
  });
});
