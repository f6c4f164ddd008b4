/**
 * MeshState: the one construct on the app root that holds what the library's constructs share. Visible in the tree,
 * found by its id, never rendered.
 */
import { App, Chart, Testing } from 'cdk8s';
import { Construct } from 'constructs';
import { BufferedAccessLogging, CanaryService, DataplaneMode, MeshWideStrictMtls, StrictMtlsNamespace } from '../../src';
import { MeshState } from '../../src/shared/mesh-state';

function canary(scope: Construct): CanaryService {
  return new CanaryService(scope, 'svc', {
    name: 'svc', port: 80, targetPort: 8080,
    stable: { version: 'v1', image: 'example.com/svc:1' }, canary: { version: 'v2', image: 'example.com/svc:2' },
    canaryWeight: 10,
  });
}

test('one MeshState per app, a child of the root with the well-known id, created by the first construct that needs it', () => {
  const app = Testing.app();
  expect(MeshState.find(app)).toBeUndefined();
  const chart = new Chart(app, 'c', { namespace: 'shop' });
  new StrictMtlsNamespace(chart, 'ns', { name: 'shop' });
  canary(chart);
  const state = MeshState.find(chart)!;
  expect(state.node.scope).toBe(app);
  expect(state.node.id).toBe('cdk8s-istio.MeshState');
  expect(app.node.findChild('cdk8s-istio.MeshState')).toBe(state);
  expect(MeshState.of(new Chart(app, 'other'))).toBe(state);
  expect(app.node.findAll().filter((c) => c instanceof MeshState)).toEqual([state]);
});

test('renders no manifest: the output is the charts\' objects and nothing else', () => {
  const app = Testing.app();
  const chart = new Chart(app, 'c', { namespace: 'shop' });
  canary(chart);
  MeshState.of(app);
  const yaml = app.synthYaml();
  expect(yaml.split('\n---\n').length).toBe(Testing.synth(chart).length);
  expect(yaml).not.toMatch(/MeshState/);
});

test('per-namespace facts: StrictMtlsNamespace records its data plane; facts merge field by field, later values win', () => {
  const app = Testing.app();
  new StrictMtlsNamespace(new Chart(app, 'a'), 'ns', { name: 'mesh-a', dataplane: DataplaneMode.AMBIENT });
  const state = MeshState.of(app);
  expect(state.namespaceFacts('mesh-a')).toEqual({
    dataplane: DataplaneMode.AMBIENT, dataplaneSource: "StrictMtlsNamespace 'a/ns'", trustDomain: 'cluster.local',
  });
  expect(state.namespaceFacts('elsewhere')).toBeUndefined();
  state.recordNamespace('mesh-a', { waypoint: 'waypoint', ingressUseWaypoint: true, trustDomain: undefined });
  state.recordNamespace('mesh-a', { waypoint: 'other' });
  expect(state.namespaceFacts('mesh-a')).toEqual({
    dataplane: DataplaneMode.AMBIENT, dataplaneSource: "StrictMtlsNamespace 'a/ns'", trustDomain: 'cluster.local',
    waypoint: 'other', ingressUseWaypoint: true,
  });
});

test('the facts are the app\'s own: another app sees none', () => {
  new StrictMtlsNamespace(new Chart(Testing.app(), 'a'), 'ns', { name: 'shop' });
  const other = Testing.app();
  new StrictMtlsNamespace(new Chart(other, 'a'), 'ns', { name: 'billing' });
  expect(MeshState.of(other).namespaceFacts('shop')).toBeUndefined();
});

test('a construct of another kind under the reserved id is refused with a clear error', () => {
  const app = new App();
  new Construct(app, 'cdk8s-istio.MeshState');
  expect(() => MeshState.of(app)).toThrow(
    "cdk8s-istio: the construct 'cdk8s-istio.MeshState' on the app root is not a MeshState this copy of cdk8s-istio can use " +
    "(contract version undefined, this copy needs 1): the id 'cdk8s-istio.MeshState' is reserved, and all copies of " +
    'cdk8s-istio in one app must be compatible versions');
});

test('holds the mesh-wide policies, proxy-config sources and telemetry claims of its app only', () => {
  const app = Testing.app();
  const mesh = new Chart(app, 'mesh');
  const policy = new MeshWideStrictMtls(mesh, 'mtls');
  new BufferedAccessLogging(mesh, 'logs', { acknowledgeFlushNeedsIstio129: true });
  const state = MeshState.of(app);
  expect(state.meshWideMtlsPolicies()).toEqual([policy]);
  expect(state.claimTelemetry('istio-system', 'access-logging')).toBe(false);
  expect(state.claimTelemetry('istio-system', 'other')).toBe(true);
  expect(state.claimProvider('p', 'one')).toBe(true);
  expect(state.claimProvider('p', 'one')).toBe(true);
  expect(state.claimProvider('p', 'two')).toBe(false);
  state.addProxyConfigSource({ proxyConfigFor: (_labels, ns) => (ns === 'shop' ? { holdApplicationUntilProxyStarts: true } : undefined) });
  expect(state.proxyConfigFor({}, 'shop')).toEqual({ holdApplicationUntilProxyStarts: true });
  expect(state.proxyConfigFor({}, 'other')).toBeUndefined();
  expect(MeshState.of(Testing.app()).meshWideMtlsPolicies()).toEqual([]);
});
