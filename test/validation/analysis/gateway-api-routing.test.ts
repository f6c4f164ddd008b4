import { ApiObject, App, Chart } from 'cdk8s';
import { CanaryService } from '../../../src/canary';
import { RoutingApi } from '../../../src/routing';
import { DataplaneMode, StrictMtlsNamespace } from '../../../src/security';
import { analyze } from '../../../src/validation/analysis';
import { destinationRule, namespace, run, service, virtualService } from './fixtures';

type Obj = { [key: string]: unknown };
const AMBIENT = { 'istio.io/dataplane-mode': 'ambient' };

function httpRoute(name: string, ns: string, spec: Obj): Obj {
  return { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: { name, namespace: ns }, spec };
}
function waypoint(name: string, ns: string): Obj {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1', kind: 'Gateway', metadata: { name, namespace: ns },
    spec: { gatewayClassName: 'istio-waypoint', listeners: [{ name: 'mesh', port: 15008, protocol: 'HBONE' }] },
  };
}
const meshParent = (name = 'billing', extra: Obj = {}) => ({ group: '', kind: 'Service', name, port: 80, ...extra });
const routeTo = (parent: Obj, backends: Obj[]) => ({ parentRefs: [parent], rules: [{ backendRefs: backends }] });
const billingServices = [
  service('billing', 'billing', { app: 'billing' }),
  service('billing-v1', 'billing', { app: 'billing', version: 'v1' }),
];
const subsetVs = virtualService('billing', 'billing', {
  hosts: ['billing'], http: [{ route: [{ destination: { host: 'billing', subset: 'v1' } }] }],
});
const subsetDr = destinationRule('billing', 'billing', { host: 'billing', subsets: [{ name: 'v1', labels: { version: 'v1' } }] });

describe('CDK8SISTIO-020 L7 routing to an ambient Service without a waypoint', () => {
  test('VirtualService subset, DestinationRule subsets and HTTPRoute in an ambient namespace without a waypoint', () => {
    const objs = [namespace('billing', AMBIENT), ...billingServices, subsetVs, subsetDr,
      httpRoute('billing-route', 'billing', routeTo(meshParent(), [{ name: 'billing-v1', port: 80 }]))];
    const findings = run(objs, 'CDK8SISTIO-020');
    expect(findings.map((f) => `${f.kind} ${f.path}`)).toEqual([
      'HTTPRoute spec.parentRefs[0]', 'VirtualService spec.http[0].route[0].destination.subset', 'DestinationRule spec.subsets',
    ]);
    expect(findings[1].message).toBe('subset "v1" route to Service "billing/billing" in an ambient namespace without a waypoint ' +
      "(neither the Service nor Namespace \"billing\" carries 'istio.io/use-waypoint'): ztunnel forwards at L4 and ignores the rule, " +
      "so traffic spreads over all pods; add a waypoint (a Gateway of class istio-waypoint) and label the Namespace or Service 'istio.io/use-waypoint: <waypoint name>'");
    expect(findings[0].severity).toBe('error');
  });

  test('a waypoint the label names that the inputs lack, and an opt-out with none', () => {
    const labelled = [namespace('billing', { ...AMBIENT, 'istio.io/use-waypoint': 'wp' }), ...billingServices, subsetDr];
    expect(run(labelled, 'CDK8SISTIO-020')[0].message).toContain('it uses waypoint "billing/wp", which is not a Gateway of class istio-waypoint in the inputs');
    const optOut = [namespace('billing', AMBIENT), service('billing', 'billing', { app: 'billing' }, undefined, { labels: { 'istio.io/use-waypoint': 'none' } }), subsetDr];
    expect(run(optOut, 'CDK8SISTIO-020')[0].message).toContain("the Service opts out with 'istio.io/use-waypoint: none'");
  });

  test('no finding with a waypoint (namespace label, or Service label with the waypoint namespace), or in sidecar namespaces', () => {
    expect(run([namespace('billing', { ...AMBIENT, 'istio.io/use-waypoint': 'waypoint' }), waypoint('waypoint', 'billing'), ...billingServices, subsetVs, subsetDr], 'CDK8SISTIO-020')).toEqual([]);
    const crossNs = service('billing', 'billing', { app: 'billing' }, undefined, { labels: { 'istio.io/use-waypoint': 'shared', 'istio.io/use-waypoint-namespace': 'mesh' } });
    expect(run([namespace('billing', AMBIENT), waypoint('shared', 'mesh'), crossNs, subsetDr], 'CDK8SISTIO-020')).toEqual([]);
    expect(run([namespace('billing', { 'istio-injection': 'enabled' }), ...billingServices, subsetVs, subsetDr], 'CDK8SISTIO-020')).toEqual([]);
  });

  test('the example mix: a sidecar namespace with VirtualService and an ambient one with a waypoint analyze clean; without the waypoint they do not', () => {
    const build = (waypointOn: boolean) => {
      const app = new App();
      const sidecar = new Chart(app, 'sidecar', { namespace: 'billing' });
      new StrictMtlsNamespace(sidecar, 'ns', { name: 'billing' });
      new CanaryService(sidecar, 'svc', { name: 'billing', stable: { version: 'v1', image: 'r/b:1' }, canary: { version: 'v2', image: 'r/b:2' }, canaryWeight: 10 });
      const ambient = new Chart(app, 'ambient', { namespace: 'ledger' });
      new StrictMtlsNamespace(ambient, 'ns', { name: 'ledger', dataplane: DataplaneMode.AMBIENT, waypoint: waypointOn });
      new CanaryService(ambient, 'svc', {
        name: 'ledger', stable: { version: 'v1', image: 'r/l:1' }, canary: { version: 'v2', image: 'r/l:2' }, canaryWeight: 10,
        ...(waypointOn ? {} : { routingApi: RoutingApi.ISTIO }),
      });
      // The objects without synth's own validation (which would stop at the same error).
      return app.node.findAll().filter((c): c is ApiObject => c instanceof ApiObject).map((o) => o.toJson());
    };
    expect(analyze(build(true)).filter((f) => f.severity === 'error')).toEqual([]);
    expect(run(build(false), 'CDK8SISTIO-020').map((f) => `${f.kind} ${f.namespace}/${f.name}`)).toEqual(['VirtualService ledger/ledger', 'VirtualService ledger/ledger', 'DestinationRule ledger/ledger']);
  });
});

describe('CDK8SISTIO-021 VirtualService and HTTPRoute for the same host', () => {
  test('a mesh VirtualService and a Service-parent HTTPRoute on billing', () => {
    const objs = [...billingServices, subsetVs, subsetDr, httpRoute('billing', 'billing', routeTo(meshParent(), [{ name: 'billing-v1', port: 80 }]))];
    const findings = run(objs, 'CDK8SISTIO-021');
    expect(findings.map((f) => `${f.kind} ${f.name} ${f.path}`)).toEqual(['VirtualService billing spec.hosts[0]']);
    expect(findings[0].message).toBe('host "billing" is also routed by HTTPRoute "billing/billing" (Service parent): sidecars and waypoints keep only one of them and which one is undefined; route each host with one API');
  });

  test('a gateway-only VirtualService, or an HTTPRoute on another Service, is no conflict', () => {
    const gatewayVs = virtualService('billing', 'billing', { hosts: ['billing'], gateways: ['istio-ingress/public'], http: [{ route: [{ destination: { host: 'billing' } }] }] });
    expect(run([...billingServices, gatewayVs, httpRoute('r', 'billing', routeTo(meshParent(), [{ name: 'billing', port: 80 }]))], 'CDK8SISTIO-021')).toEqual([]);
    expect(run([...billingServices, subsetVs, subsetDr, httpRoute('r', 'billing', routeTo(meshParent('billing-v1'), [{ name: 'billing-v1', port: 80 }]))], 'CDK8SISTIO-021')).toEqual([]);
  });
});

describe('IST0101 for HTTPRoute Service parents and backends', () => {
  test('a missing backend Service, a missing parent Service, and ports the Services do not expose', () => {
    const objs = [...billingServices, httpRoute('r', 'billing', {
      parentRefs: [meshParent('billing', { port: 8080 }), meshParent('nope')],
      rules: [{ backendRefs: [{ name: 'billing-v2', port: 80 }, { name: 'billing-v1', port: 9090 }] }],
    })];
    const findings = run(objs, 'IST0101');
    expect(findings.map((f) => `${f.path}: ${f.message}`)).toEqual([
      'spec.parentRefs[0].port: parent Service "billing/billing" does not expose port 8080 (it exposes 80): use one of its ports',
      'spec.parentRefs[1].name: parent Service "billing/nope" is not in the inputs, which hold Services of namespace "billing": fix the name or add the Service (the route would not attach: NoMatchingParent)',
      'spec.rules[0].backendRefs[0].name: backend Service "billing/billing-v2" is not in the inputs, which hold Services of namespace "billing": fix the name or add the Service (its share of the requests would get 500)',
      'spec.rules[0].backendRefs[1].port: backend Service "billing/billing-v1" does not expose port 9090 (it exposes 80): use one of its ports',
    ]);
  });

  test('Services of a namespace the inputs do not describe are not judged', () => {
    expect(run([httpRoute('r', 'billing', routeTo(meshParent(), [{ name: 'elsewhere', namespace: 'other', port: 80 }]))], 'IST0101')).toEqual([]);
  });
});

describe('CDK8SISTIO-022 Service parentRef whose group is not ""', () => {
  test('group core, and a group left out (which defaults to gateway.networking.k8s.io)', () => {
    const objs = [...billingServices, httpRoute('r', 'billing', {
      parentRefs: [{ group: 'core', kind: 'Service', name: 'billing', port: 80 }, { kind: 'Service', name: 'billing', port: 80 }],
      rules: [{ backendRefs: [{ name: 'billing-v1', port: 80 }] }],
    })];
    const findings = run(objs, 'CDK8SISTIO-022');
    expect(findings.map((f) => `${f.path}: ${f.message}`)).toEqual([
      'spec.parentRefs[0].group: parentRef to Service "billing" has group "core"; Istio only takes group "" (the core group) for a Service parent and skips this one silently: set group: ""',
      'spec.parentRefs[1].group: parentRef to Service "billing" has group "gateway.networking.k8s.io" (the default when group is left out); Istio only takes group "" (the core group) for a Service parent and skips this one silently: set group: ""',
    ]);
    expect(findings[0].severity).toBe('error');
  });
});
