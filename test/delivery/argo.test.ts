import { Duration } from 'cdk8s';
import { RouteMatch, StringMatch } from '../../src/canary';
import { Delivery, DeliveryController } from '../../src/delivery';
import { IngressGatewayRef } from '../../src/routing';
import { DataplaneMode } from '../../src/shared/dataplane-mode';
import { build, errorsOf, one } from './worlds';

const publicGateway = IngressGatewayRef.fromIstioGateway('istio-ingress/public');
const beta = RouteMatch.header('x-beta', StringMatch.exact('1'));
const pause60 = { pause: { duration: '60s' } };

describe('Delivery.argoRollouts()', () => {
  test('snapshot: header stage, mirroring stage, weight steps, exposed through an Istio gateway', () => {
    const { objects } = build({ delivery: Delivery.argoRollouts({ mirrorPercent: 25, stepWeights: [10, 50] }), canaryMatches: [beta], timeout: Duration.seconds(2) },
      { expose: { gateway: publicGateway, options: { hostnames: ['billing.example.com'] } } });
    expect(objects).toMatchSnapshot();
    expect(errorsOf(objects)).toEqual([]);
  });

  test('snapshot: ambient namespace', () => {
    const { objects } = build({ delivery: Delivery.argoRollouts() }, { dataplane: DataplaneMode.AMBIENT });
    expect(objects).toMatchSnapshot();
  });

  test('emits the Service, Rollout, VirtualService, DestinationRule and AnalysisTemplate, and no Deployment', () => {
    const { svc, objects } = build({ delivery: Delivery.argoRollouts() });
    expect(objects.map((o) => o.kind).sort()).toEqual(['AnalysisTemplate', 'DestinationRule', 'Rollout', 'Service', 'VirtualService']);
    expect(svc.deliveryController).toBe(DeliveryController.ARGO_ROLLOUTS);
    expect(svc.stableDeployment).toBeUndefined();
    expect(svc.delivery?.workload.kind).toBe('Rollout');
    expect(svc.virtualService).toBe(svc.delivery?.virtualService);
  });

  test('Rollout: the pod template of the newest version, traffic routing through the named route and the two subsets', () => {
    const rollout = one(build({ delivery: Delivery.argoRollouts() }).objects, 'Rollout');
    expect(rollout.spec.selector).toEqual({ matchLabels: { app: 'billing' } });
    expect(rollout.spec.template.spec.containers[0].image).toBe('registry.example.com/billing:2');
    expect(rollout.spec.strategy.canary.trafficRouting).toEqual({
      istio: {
        virtualService: { name: 'billing', routes: ['stable-canary-split'] },
        destinationRule: { name: 'billing', canarySubsetName: 'canary', stableSubsetName: 'stable' },
      },
    });
  });

  test('steps: a setWeight and a pause per weight, analysis from the first weighted pause', () => {
    const canary = one(build({ delivery: Delivery.argoRollouts({ stepWeight: 20, maxWeight: 50, interval: Duration.seconds(30) }) }).objects, 'Rollout').spec.strategy.canary;
    const pause = { pause: { duration: '30s' } };
    expect(canary.steps).toEqual([{ setWeight: 20 }, pause, { setWeight: 40 }, pause, { setWeight: 50 }, pause]);
    expect(canary.analysis).toEqual({ templates: [{ templateName: 'billing' }], startingStep: 1 });
  });

  test('header stage: setHeaderRoute first, as a managed route', () => {
    const canary = one(build({ delivery: Delivery.argoRollouts({ stepWeights: [50] }), canaryMatches: [beta, RouteMatch.header('x-user', StringMatch.regex('qa-.*'))] }).objects,
      'Rollout').spec.strategy.canary;
    expect(canary.trafficRouting.managedRoutes).toEqual([{ name: 'canary-header' }]);
    expect(canary.steps).toEqual([
      { setHeaderRoute: { name: 'canary-header', match: [{ headerName: 'x-beta', headerValue: { exact: '1' } }, { headerName: 'x-user', headerValue: { regex: 'qa-.*' } }] } },
      pause60, { setWeight: 50 }, pause60,
    ]);
    expect(canary.analysis.startingStep).toBe(3);
  });

  test('mirroring stage: the mirror route is set, held for an interval and removed before the weights move', () => {
    const canary = one(build({ delivery: Delivery.argoRollouts({ mirrorPercent: 30, stepWeights: [100] }) }).objects, 'Rollout').spec.strategy.canary;
    expect(canary.trafficRouting.managedRoutes).toEqual([{ name: 'canary-mirror' }]);
    expect(canary.steps).toEqual([
      { setMirrorRoute: { name: 'canary-mirror', percentage: 30, match: [{ path: { prefix: '/' } }] } }, pause60,
      { setMirrorRoute: { name: 'canary-mirror' } }, { setWeight: 100 }, pause60,
    ]);
  });

  test('VirtualService: one named route with exactly the stable and canary subsets, timeout kept', () => {
    const vs = one(build({ delivery: Delivery.argoRollouts(), timeout: Duration.seconds(2) }).objects, 'VirtualService');
    expect(vs.spec.http).toEqual([{
      name: 'stable-canary-split',
      route: [{ destination: { host: 'billing', subset: 'stable' }, weight: 100 }, { destination: { host: 'billing', subset: 'canary' }, weight: 0 }],
      timeout: '2s',
    }]);
  });

  test('DestinationRule: subsets stable and canary select by app only (no version label for the pod hash to outlive)', () => {
    const dr = one(build({ delivery: Delivery.argoRollouts() }).objects, 'DestinationRule');
    expect(dr.spec.subsets).toEqual([{ name: 'stable', labels: { app: 'billing' } }, { name: 'canary', labels: { app: 'billing' } }]);
  });

  test('exposed: the VirtualService binds to the gateway and the mesh', () => {
    const vs = one(build({ delivery: Delivery.argoRollouts() }, { expose: { gateway: publicGateway, options: { hostnames: ['billing.example.com'] } } }).objects, 'VirtualService');
    expect(vs.spec.gateways).toEqual(['istio-ingress/public', 'mesh']);
    expect(vs.spec.hosts).toEqual(['billing', 'billing.example.com']);
  });

  test('AnalysisTemplate: both gates on the canary version, reporter per data plane', () => {
    const template = (dataplane: DataplaneMode) => one(build({
      delivery: Delivery.argoRollouts({ failureThreshold: 2, minSuccessRatePercent: 95, maxLatency: Duration.seconds(1), prometheusAddress: 'https://prom.example.com' }),
    }, { dataplane }).objects, 'AnalysisTemplate').spec;
    const sidecar = template(DataplaneMode.SIDECAR);
    expect(sidecar.metrics.map((m: { name: string }) => m.name)).toEqual(['success-rate', 'latency']);
    expect(sidecar.metrics[0]).toMatchObject({ interval: '60s', failureLimit: 2, successCondition: 'result[0] >= 95' });
    expect(sidecar.metrics[1]).toMatchObject({ successCondition: 'result[0] <= 1000' });
    expect(sidecar.metrics[0].provider.prometheus.address).toBe('https://prom.example.com');
    const query = sidecar.metrics[0].provider.prometheus.query;
    expect(query).toContain('istio_requests_total{reporter="destination",destination_workload_namespace="billing",destination_service_name="billing",destination_version="v2"');
    expect(sidecar.metrics[1].provider.prometheus.query).toContain('istio_request_duration_milliseconds_bucket{reporter="destination"');
    const ambient = template(DataplaneMode.AMBIENT);
    for (const m of ambient.metrics) expect(m.provider.prometheus.query).toContain('reporter="waypoint"');
  });
});
