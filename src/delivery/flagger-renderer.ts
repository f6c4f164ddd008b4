/**
 * Renders a CanaryService for Flagger: the Canary that points at the target Deployment, plus MetricTemplates in
 * ambient namespaces. Flagger creates the rest itself (the `-primary` Deployment, the Services `<name>`,
 * `<name>-primary`, `<name>-canary`, the VirtualService and both DestinationRules): emitting any of them here
 * would fight the controller, and a second VirtualService for the host is IST0109.
 */
import * as k8s from '../../imports/k8s';
import { RouteMatch } from '../canary/route-match';
import { RoutingPlan } from '../routing/plan';
import { MESH_GATEWAY } from '../routing/path-prefix';
import { DataplaneMode } from '../shared/dataplane-mode';
import { PropErrors } from '../shared/prop-errors';
import { formatMillis } from '../validation/util/duration';
import { latencyQuery, reporterFor, successRateQuery } from './istio-metrics';
import { Progression } from './progression';

/** What the Flagger renderer needs from the CanaryService. */
export interface FlaggerInput {
  readonly plan: RoutingPlan;
  /** Service port name (`http`, `http2`, `grpc`, `tcp`). */
  readonly portName: string;
  readonly targetPort: number;
  readonly matches: readonly RouteMatch[];
  readonly dataplane: DataplaneMode;
  readonly progression: Progression;
  /** The labels of the service's Services at synth (in ambient namespaces: the waypoint labels). */
  readonly serviceLabels: () => { readonly [key: string]: string };
}

export interface FlaggerMetricTemplate {
  readonly name: string;
  readonly spec: object;
}

export interface FlaggerRouting {
  readonly canary: object;
  readonly metricTemplates: readonly FlaggerMetricTemplate[];
}

/** The fields of Istio's retry policy that Flagger's `service.retries` carries. */
const FLAGGER_RETRY_FIELDS = ['attempts', 'perTryTimeout', 'retryOn'];

/** The request attributes Flagger's analysis.match carries (its CRD schema has no uri, method, port...). */
const FLAGGER_MATCH_FIELDS = ['headers', 'queryParams', 'sourceLabels'];

/** Refuses, before anything is emitted, what Flagger cannot express. */
export function checkFlagger(errors: PropErrors, input: FlaggerInput): void {
  const { progression, matches, plan } = input;
  if (matches.length > 0 && progression.iterations === undefined) {
    throw errors.about('canaryMatches', "cannot be combined with the weighted steps of Delivery.flagger() ('delivery.stepWeights', " +
      "'delivery.stepWeight', 'delivery.maxWeight'): Flagger sends matching requests to the canary only in an A/B test, " +
      'without a weighted split for everyone else (fluxcd/flagger#1272); set \'delivery.iterations\' for an A/B test, ' +
      'or use Delivery.argoRollouts(), which routes matching requests to the canary and splits the rest by weight');
  }
  matches.forEach((m, i) => {
    if (Object.keys(m._toHttpMatch()).some((k) => !FLAGGER_MATCH_FIELDS.includes(k))) {
      throw errors.mustBe(`canaryMatches[${i}]`, "a header, cookie, query parameter or source-label match with Delivery.flagger() (Flagger's " +
        'analysis.match has no other fields)', String(m));
    }
  });
  const extra = Object.keys(plan.retries ?? {}).filter((k) => !FLAGGER_RETRY_FIELDS.includes(k));
  if (extra.length > 0) {
    throw errors.mustBe(`retries.${extra[0]}`, "left out with Delivery.flagger() (Flagger's service.retries has attempts, perTryTimeout and retryOn only)",
      plan.retries?.[extra[0] as keyof typeof plan.retries]);
  }
  if (progression.mirrorPercent !== undefined && progression.iterations === undefined) {
    throw errors.about('delivery.mirrorPercent', "needs 'delivery.iterations' with Delivery.flagger(): Flagger mirrors traffic only in a " +
      'blue/green or A/B test, not between weight steps');
  }
}

/**
 * In ambient namespaces the Services Flagger creates need the waypoint labels the CanaryService would have put on
 * its own Service (`istio.io/use-waypoint`, `istio.io/ingress-use-waypoint`), else traffic bypasses the waypoint.
 */
function waypointLabels(input: FlaggerInput): object {
  const labels = Object.fromEntries(Object.entries(input.serviceLabels()).filter(([k]) => k !== 'app'));
  if (Object.keys(labels).length === 0) return {};
  return { apex: { labels }, primary: { labels }, canary: { labels } };
}

export function renderFlagger(input: FlaggerInput): FlaggerRouting {
  const { plan, progression } = input;
  const gateways = plan.ingress.filter((a) => a.istioGateway !== undefined).map((a) => a.istioGateway as string);
  const hosts = plan.ingress.flatMap((a) => a.hostnames);
  const service = {
    port: plan.port,
    targetPort: input.targetPort,
    portName: input.portName,
    ...(plan.http ? {} : { appProtocol: 'tcp' }),
    // A gateway list without `mesh` would leave in-mesh callers on the primary only (Flagger adds none itself).
    ...(gateways.length > 0 ? { gateways: [...gateways, MESH_GATEWAY] } : {}),
    ...(hosts.length > 0 ? { hosts: [plan.service, ...hosts] } : {}),
    ...(plan.trafficPolicy ? { trafficPolicy: plan.trafficPolicy } : {}),
    ...(plan.retries ? { retries: plan.retries } : {}),
    ...(plan.timeoutMillis !== undefined ? { timeout: formatMillis(plan.timeoutMillis) } : {}),
    ...waypointLabels(input),
  };
  const ambient = input.dataplane === DataplaneMode.AMBIENT;
  const interval = `${progression.intervalSeconds}s`;
  const templateName = (gate: string) => `${plan.service}-${gate}`;
  const metrics = [
    {
      name: 'request-success-rate',
      interval,
      thresholdRange: { min: progression.minSuccessRatePercent },
      ...(ambient ? { templateRef: { name: templateName('request-success-rate') } } : {}),
    },
    {
      name: 'request-duration',
      interval,
      thresholdRange: { max: progression.maxLatencyMillis },
      ...(ambient ? { templateRef: { name: templateName('request-duration') } } : {}),
    },
  ];
  const steps = progression.iterations !== undefined ? { iterations: progression.iterations }
    : progression.stepWeights ? { stepWeights: [...progression.stepWeights] }
      : { stepWeight: progression.stepWeight, maxWeight: progression.maxWeight };
  const analysis = {
    interval,
    threshold: progression.failureThreshold,
    ...steps,
    ...(input.matches.length > 0 ? { match: input.matches.map((m) => m._toHttpMatch()) } : {}),
    ...(progression.mirrorPercent !== undefined ? { mirror: true, mirrorWeight: progression.mirrorPercent } : {}),
    metrics,
  };
  const canary = {
    provider: 'istio',
    targetRef: { apiVersion: k8s.KubeDeployment.GVK.apiVersion, kind: k8s.KubeDeployment.GVK.kind, name: plan.service },
    service,
    analysis,
  };
  // Flagger's built-in Istio metrics filter on reporter="destination"; waypoints report "waypoint".
  const metricTemplates = ambient ? metricTemplatesFor(input) : [];
  return { canary, metricTemplates };

  function metricTemplatesFor(i: FlaggerInput): FlaggerMetricTemplate[] {
    const reporter = reporterFor(i.dataplane);
    const selector = 'destination_workload_namespace="{{ namespace }}",destination_workload=~"{{ target }}"';
    const provider = { type: 'prometheus', address: i.progression.prometheusAddress };
    return [
      { name: templateName('request-success-rate'), spec: { provider, query: successRateQuery(reporter, selector, '{{ interval }}') } },
      { name: templateName('request-duration'), spec: { provider, query: latencyQuery(reporter, selector, '{{ interval }}') } },
    ];
  }
}
