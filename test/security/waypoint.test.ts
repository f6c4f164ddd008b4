/* eslint-disable @typescript-eslint/no-explicit-any -- synthesized manifests are untyped JSON */
import { ApiObject, App, Chart, Testing } from 'cdk8s';
import { CanaryService } from '../../src/canary';
import { IngressGatewayRef } from '../../src/routing';
import { CallerIdentity, DataplaneMode, StrictMtlsNamespace, Waypoint, WaypointTrafficType } from '../../src/security';
import { validateGatewayApi } from '../routing/gateway-api-schema';

const objectsOf = (scope: Chart | App) => scope.node.findAll().filter((c): c is ApiObject => c instanceof ApiObject).map((o) => o.toJson());
const find = (objects: any[], kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name);
const stable = { version: 'v1', image: 'registry.example.com/ledger:1' };
const canary = { version: 'v2', image: 'registry.example.com/ledger:2' };

describe('waypoints', () => {
  test('StrictMtlsNamespace waypoint: the Gateway istioctl generates, and the namespace uses it', () => {
    const chart = new Chart(Testing.app(), 'c');
    const ns = new StrictMtlsNamespace(chart, 'ns', { name: 'ledger', dataplane: DataplaneMode.AMBIENT, waypoint: true });
    const objects = objectsOf(chart);
    const gateway = find(objects, 'Gateway', 'waypoint');
    expect(gateway).toEqual({
      apiVersion: 'gateway.networking.k8s.io/v1', kind: 'Gateway',
      metadata: { name: 'waypoint', namespace: 'ledger', labels: { 'istio.io/waypoint-for': 'service' } },
      spec: { gatewayClassName: 'istio-waypoint', listeners: [{ name: 'mesh', port: 15008, protocol: 'HBONE' }] },
    });
    expect(validateGatewayApi(gateway)).toEqual([]);
    expect(find(objects, 'Namespace', 'ledger').metadata.labels).toEqual({ 'istio.io/dataplane-mode': 'ambient', 'istio.io/use-waypoint': 'waypoint' });
    expect(ns.waypoint?.principal(ns.trustDomain)).toBe('cluster.local/ns/ledger/sa/waypoint');
  });

  test('a standalone Waypoint: the CanaryService created after it labels its Services (the Namespace does not)', () => {
    const chart = new Chart(Testing.app(), 'c', { namespace: 'ledger' });
    const wp = new Waypoint(chart, 'wp', { name: 'ledger-waypoint', trafficType: WaypointTrafficType.ALL });
    const svc = new CanaryService(chart, 'svc', { name: 'ledger', stable, canary, dataplane: DataplaneMode.AMBIENT });
    const objects = Testing.synth(chart);
    expect(find(objects, 'Gateway', 'ledger-waypoint').metadata.labels).toEqual({ 'istio.io/waypoint-for': 'all' });
    for (const name of ['ledger', 'ledger-v1', 'ledger-v2']) {
      expect(find(objects, 'Service', name).metadata.labels).toEqual({ 'app': 'ledger', 'istio.io/use-waypoint': 'ledger-waypoint' });
    }
    expect(svc.httpRoute).toBeDefined();
    expect(wp.namespace).toBe('ledger');
  });

  test('exposeVia in ambient: ingress traffic passes through the waypoint (istio.io/ingress-use-waypoint)', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'c', { namespace: 'ledger' });
    new StrictMtlsNamespace(chart, 'ns', { name: 'ledger', dataplane: DataplaneMode.AMBIENT, waypoint: true });
    const svc = new CanaryService(chart, 'svc', { name: 'ledger', stable, canary, canaryWeight: 5 });
    svc.exposeVia(IngressGatewayRef.fromGatewayApiGateway('istio-ingress', 'public'), { hostnames: ['ledger.example.com'] });
    const objects = Testing.synth(chart);
    for (const name of ['ledger', 'ledger-v1', 'ledger-v2']) {
      expect(find(objects, 'Service', name).metadata.labels).toEqual({ 'app': 'ledger', 'istio.io/ingress-use-waypoint': 'true' });
    }
    const route = find(objects, 'HTTPRoute', 'ledger-public');
    expect(route.spec.parentRefs).toEqual([{ name: 'public', namespace: 'istio-ingress' }]);
    expect(route.spec.hostnames).toEqual(['ledger.example.com']);
    expect(validateGatewayApi(route)).toEqual([]);
    expect(svc.ingressHttpRoutes).toHaveLength(1);
  });

  test('deny by default behind a waypoint: the waypoint identity at the pods, the callers at the waypoint (targetRefs)', () => {
    const chart = new Chart(Testing.app(), 'c');
    const ns = new StrictMtlsNamespace(chart, 'ns', {
      name: 'ledger', dataplane: DataplaneMode.AMBIENT, waypoint: true, denyByDefault: true, trustDomain: 'corp.example',
    });
    const beforeCallers = objectsOf(chart);
    expect(find(beforeCallers, 'AuthorizationPolicy', 'allowed-callers-waypoint').spec).toEqual({
      targetRefs: [{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'waypoint' }], action: 'ALLOW',
    });
    ns.allowFrom(CallerIdentity.namespace('web'), CallerIdentity.serviceAccount('batch', 'reporter'));
    const objects = objectsOf(chart);
    expect(find(objects, 'AuthorizationPolicy', 'allowed-callers').spec.rules).toEqual([{
      from: [{ source: { namespaces: ['web'] } }, { source: { principals: ['corp.example/ns/batch/sa/reporter', 'corp.example/ns/ledger/sa/waypoint'] } }],
    }]);
    expect(find(objects, 'AuthorizationPolicy', 'allowed-callers-waypoint').spec.rules).toEqual([{
      from: [{ source: { namespaces: ['web'] } }, { source: { principals: ['corp.example/ns/batch/sa/reporter'] } }],
    }]);
    expect(ns.waypointCallerPolicy).toBeDefined();
  });

  test('ambient without a waypoint keeps the caller rules at the pods only', () => {
    const chart = new Chart(Testing.app(), 'c');
    const ns = new StrictMtlsNamespace(chart, 'ns', { name: 'ledger', dataplane: DataplaneMode.AMBIENT, denyByDefault: true });
    ns.allowFrom(CallerIdentity.serviceAccount('batch', 'reporter'));
    const objects = objectsOf(chart);
    expect(find(objects, 'AuthorizationPolicy', 'allowed-callers').spec.rules).toEqual([{ from: [{ source: { principals: ['cluster.local/ns/batch/sa/reporter'] } }] }]);
    expect(find(objects, 'AuthorizationPolicy', 'allowed-callers-waypoint')).toBeUndefined();
  });
});
