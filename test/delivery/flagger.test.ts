import { Chart, Duration, Testing } from 'cdk8s';
import { CanaryService, RouteMatch, ServiceProtocol, StringMatch } from '../../src/canary';
import { Delivery, DeliveryController } from '../../src/delivery';
import { IngressGatewayRef } from '../../src/routing';
import { DataplaneMode } from '../../src/shared/dataplane-mode';
import { Waypoint } from '../../src/security';
import { build, byKind, canary, errorsOf, one, stable } from './worlds';

const publicGateway = IngressGatewayRef.fromIstioGateway('istio-ingress/public');
const beta = RouteMatch.header('x-beta', StringMatch.exact('1'));

describe('Delivery.flagger()', () => {
  test('snapshot: sidecar namespace, progressive weights, exposed through an Istio gateway', () => {
    const { objects } = build({ delivery: Delivery.flagger(), timeout: Duration.seconds(3), retries: { attempts: 2, perTryTimeout: Duration.seconds(1) } },
      { expose: { gateway: publicGateway, options: { hostnames: ['billing.example.com'] } } });
    expect(objects).toMatchSnapshot();
    expect(errorsOf(objects)).toEqual([]);
  });

  test('snapshot: ambient namespace, A/B test on a header, MetricTemplates with the waypoint reporter', () => {
    const { objects } = build({ delivery: Delivery.flagger({ iterations: 10 }), canaryMatches: [beta] }, { dataplane: DataplaneMode.AMBIENT });
    expect(objects).toMatchSnapshot();
    expect(errorsOf(objects)).toEqual([]);
  });

  test('emits the target Deployment and the Canary, none of the objects Flagger creates', () => {
    const { svc, objects } = build({ delivery: Delivery.flagger() });
    expect(objects.map((o) => o.kind).sort()).toEqual(['Canary', 'Deployment']);
    expect(svc.deliveryController).toBe(DeliveryController.FLAGGER);
    expect(svc.service).toBeUndefined();
    expect(svc.virtualService).toBeUndefined();
    expect(svc.destinationRule).toBeUndefined();
    const deployment = one(objects, 'Deployment');
    // Flagger clones `<name>` into `<name>-primary`; the selector is on `app`, one of Flagger's selector labels.
    expect(deployment.metadata.name).toBe('billing');
    expect(deployment.spec.selector).toEqual({ matchLabels: { app: 'billing' } });
    // The newest version is the one Flagger rolls out.
    expect(deployment.spec.template.spec.containers[0].image).toBe('registry.example.com/billing:2');
    const canary = one(objects, 'Canary');
    expect(canary.spec.targetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'billing' });
    expect(canary.spec.provider).toBe('istio');
  });

  test('without a canary version the stable one is the target', () => {
    const { objects } = build({ delivery: Delivery.flagger(), canary: undefined });
    expect(one(objects, 'Deployment').spec.template.spec.containers[0].image).toBe('registry.example.com/billing:1');
  });

  test('service: port, targetPort, port name, traffic policy, retries and timeout', () => {
    const { objects } = build({
      delivery: Delivery.flagger(), port: 8080, targetPort: 9090, timeout: Duration.millis(1500),
      retries: { attempts: 3, retryOn: ['5xx'] }, outlierDetection: { consecutive5xxErrors: 7 },
    });
    const service = one(objects, 'Canary').spec.service;
    expect(service).toMatchObject({ port: 8080, targetPort: 9090, portName: 'http', timeout: '1500ms', retries: { attempts: 3, retryOn: '5xx' } });
    expect(service.trafficPolicy.outlierDetection.consecutive5xxErrors).toBe(7);
    expect(service.gateways).toBeUndefined();
    expect(errorsOf(objects)).toEqual([]);
  });

  test('an Istio gateway is listed with mesh, so in-mesh callers keep reaching the canary', () => {
    const { objects } = build({ delivery: Delivery.flagger() }, { expose: { gateway: publicGateway, options: { hostnames: ['billing.example.com'] } } });
    const service = one(objects, 'Canary').spec.service;
    expect(service.gateways).toEqual(['istio-ingress/public', 'mesh']);
    expect(service.hosts).toEqual(['billing', 'billing.example.com']);
  });

  test('weights as a step size and maximum, or as a list', () => {
    const steps = (d: Delivery) => one(build({ delivery: d }).objects, 'Canary').spec.analysis;
    expect(steps(Delivery.flagger({ stepWeight: 5, maxWeight: 30 }))).toMatchObject({ stepWeight: 5, maxWeight: 30 });
    const list = steps(Delivery.flagger({ stepWeights: [1, 10, 50, 80] }));
    expect(list.stepWeights).toEqual([1, 10, 50, 80]);
    expect(list.stepWeight).toBeUndefined();
  });

  test('analysis: interval, threshold and the two gates as built-in Istio metrics in sidecar namespaces', () => {
    const analysis = one(build({
      delivery: Delivery.flagger({ interval: Duration.minutes(2), failureThreshold: 3, minSuccessRatePercent: 99.5, maxLatency: Duration.millis(250) }),
    }).objects, 'Canary').spec.analysis;
    expect(analysis.interval).toBe('120s');
    expect(analysis.threshold).toBe(3);
    expect(analysis.metrics).toEqual([
      { name: 'request-success-rate', interval: '120s', thresholdRange: { min: 99.5 } },
      { name: 'request-duration', interval: '120s', thresholdRange: { max: 250 } },
    ]);
  });

  test('ambient: the gates come from MetricTemplates that query the waypoint reporter', () => {
    const { objects } = build({ delivery: Delivery.flagger({ prometheusAddress: 'http://prom.monitoring:9090' }) }, { dataplane: DataplaneMode.AMBIENT });
    const templates = byKind(objects, 'MetricTemplate');
    expect(templates.map((t) => t.metadata.name)).toEqual(['billing-request-success-rate', 'billing-request-duration']);
    for (const t of templates) {
      expect(t.spec.provider).toEqual({ type: 'prometheus', address: 'http://prom.monitoring:9090' });
      expect(t.spec.query).toContain('reporter="waypoint"');
      expect(t.spec.query).not.toContain('reporter="destination"');
    }
    expect(one(objects, 'Canary').spec.analysis.metrics.map((m: { templateRef: unknown }) => m.templateRef))
      .toEqual([{ name: 'billing-request-success-rate' }, { name: 'billing-request-duration' }]);
  });

  test('A/B test: the matches go to analysis.match, no weight steps', () => {
    const analysis = one(build({ delivery: Delivery.flagger({ iterations: 4 }), canaryMatches: [beta, RouteMatch.cookie('beta', '1')] }).objects, 'Canary').spec.analysis;
    expect(analysis.iterations).toBe(4);
    expect(analysis.match).toEqual([{ headers: { 'x-beta': { exact: '1' } } }, RouteMatch.cookie('beta', '1')._toHttpMatch()]);
    expect(analysis.stepWeight).toBeUndefined();
  });

  test('blue/green with mirroring', () => {
    const analysis = one(build({ delivery: Delivery.flagger({ iterations: 3, mirrorPercent: 40 }) }).objects, 'Canary').spec.analysis;
    expect(analysis).toMatchObject({ iterations: 3, mirror: true, mirrorWeight: 40 });
  });

  test('ambient with a Waypoint the Namespace does not name: Flagger\'s Services get the waypoint label through the Canary', () => {
    const chart = new Chart(Testing.app(), 'test', { namespace: 'billing' });
    new Waypoint(chart, 'wp');
    new CanaryService(chart, 'billing', { name: 'billing', stable, canary, dataplane: DataplaneMode.AMBIENT, delivery: Delivery.flagger() });
    const service = chart.toJson().find((o) => o.kind === 'Canary').spec.service;
    const labels = { labels: { 'istio.io/use-waypoint': 'waypoint' } };
    expect(service).toMatchObject({ apex: labels, primary: labels, canary: labels });
    // Sidecar namespaces need no such labels.
    expect(one(build({ delivery: Delivery.flagger() }).objects, 'Canary').spec.service.apex).toBeUndefined();
  });

  test('TCP: appProtocol tcp', () => {
    const service = one(build({ delivery: Delivery.flagger(), protocol: ServiceProtocol.TCP }).objects, 'Canary').spec.service;
    expect(service).toMatchObject({ portName: 'tcp', appProtocol: 'tcp' });
  });
});
