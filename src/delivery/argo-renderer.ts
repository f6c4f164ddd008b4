/**
 * Renders a CanaryService for Argo Rollouts with Istio subset-level splitting: a Rollout, the VirtualService and
 * DestinationRule in the shape Argo patches, and an AnalysisTemplate with the metric gates.
 *
 * Argo rewrites the named route's destinations (stable = 100 - canary weight) and deletes any other destination
 * there; it adds `rollouts-pod-template-hash` to the two subsets and removes every other subset of the rule. So
 * the weighted route holds exactly the `stable` and `canary` subsets, and the subsets select by `app` only: a
 * `version` label would stop matching once the next revision is promoted. Header and mirror stages are Argo's
 * managed routes, which it adds above the split and removes when the rollout ends.
 */
import { RouteMatch } from '../canary/route-match';
import { DestinationRuleSpecJson, VirtualServiceSpecJson } from '../canary/emitted-json';
import { renderIstio } from '../routing/istio-renderer';
import { RoutingPlan } from '../routing/plan';
import { PropErrors } from '../shared/prop-errors';
import { latencyQuery, reporterFor, successRateQuery } from './istio-metrics';
import { Progression } from './progression';
import { DataplaneMode } from '../shared/dataplane-mode';

export const STABLE_SUBSET = 'stable';
export const CANARY_SUBSET = 'canary';
/** The managed route Argo adds for the header stage. */
export const HEADER_ROUTE = 'canary-header';
/** The managed route Argo adds for the mirroring stage. */
export const MIRROR_ROUTE = 'canary-mirror';

/** What the Argo renderer needs from the CanaryService. */
export interface ArgoInput {
  readonly plan: RoutingPlan;
  readonly namespace: string;
  readonly matches: readonly RouteMatch[];
  readonly dataplane: DataplaneMode;
  readonly progression: Progression;
  /** The version of the pod template (the canary's, else the stable one's): what the analysis measures. */
  readonly version: string;
  readonly replicas: number;
  /** The pod template (Deployment form). */
  readonly template: object;
}

interface HeaderMatch {
  readonly headerName: string;
  readonly headerValue: { readonly [kind: string]: string };
}

/** Refuses, before anything is emitted, what Argo's Istio integration cannot express; returns the header matches. */
export function checkArgo(errors: PropErrors, input: Pick<ArgoInput, 'plan' | 'matches'>): HeaderMatch[] {
  if (!input.plan.http) {
    throw errors.mustBe('protocol', 'an HTTP protocol with Delivery.argoRollouts() (this library drives Argo through named http routes)', 'tcp');
  }
  return input.matches.map((m, i) => {
    const match = m._toHttpMatch();
    const headers = Object.entries(match.headers ?? {});
    const onlyHeaders = Object.keys(match).every((k) => k === 'headers');
    const value = headers.length === 1 ? headers[0][1] : undefined;
    const kinds = value ? Object.entries(value).filter(([, v]) => typeof v === 'string') : [];
    if (!onlyHeaders || headers.length !== 1 || kinds.length !== 1 || !['exact', 'prefix', 'regex'].includes(kinds[0][0])) {
      throw errors.mustBe(`canaryMatches[${i}]`, "a match on one header (RouteMatch.header or RouteMatch.cookie) with Delivery.argoRollouts(): Argo's " +
        'setHeaderRoute matches headers only, one header per entry', String(m));
    }
    return { headerName: headers[0][0], headerValue: { [kinds[0][0]]: kinds[0][1] as string } };
  });
}

/** The VirtualService and DestinationRule Argo patches (rendered at synth: ingress attachments may still come). */
export function renderArgoRouting(plan: RoutingPlan): { virtualService: VirtualServiceSpecJson; destinationRule: DestinationRuleSpecJson } {
  // Argo's mirroring is a managed route of its own (setMirrorRoute), not a mirror on the weighted route.
  const argoPlan: RoutingPlan = {
    ...plan,
    mirror: undefined,
    versions: [STABLE_SUBSET, CANARY_SUBSET],
    rules: [],
    split: [{ version: STABLE_SUBSET, weight: 100 }, { version: CANARY_SUBSET, weight: 0 }],
  };
  const istio = renderIstio(argoPlan);
  const destinationRule: DestinationRuleSpecJson = {
    ...istio.destinationRule,
    subsets: [STABLE_SUBSET, CANARY_SUBSET].map((name) => ({ name, labels: { app: plan.service } })),
  };
  return { virtualService: istio.virtualService, destinationRule };
}

export function renderRollout(input: ArgoInput, headers: readonly HeaderMatch[]): object {
  const { plan, progression } = input;
  const pause = { pause: { duration: `${progression.intervalSeconds}s` } };
  const steps: object[] = [];
  const managedRoutes: { name: string }[] = [];
  if (headers.length > 0) {
    managedRoutes.push({ name: HEADER_ROUTE });
    steps.push({ setHeaderRoute: { name: HEADER_ROUTE, match: headers } }, pause);
  }
  if (progression.mirrorPercent !== undefined) {
    managedRoutes.push({ name: MIRROR_ROUTE });
    steps.push({ setMirrorRoute: { name: MIRROR_ROUTE, percentage: progression.mirrorPercent, match: [{ path: { prefix: '/' } }] } }, pause);
    // A step with only the name removes the route: the weight steps below must not mirror what the canary serves.
    steps.push({ setMirrorRoute: { name: MIRROR_ROUTE } });
  }
  const firstWeight = steps.length;
  for (const weight of progression.weights) steps.push({ setWeight: weight }, pause);
  return {
    replicas: input.replicas,
    selector: { matchLabels: { app: plan.service } },
    template: input.template,
    strategy: {
      canary: {
        trafficRouting: {
          istio: {
            virtualService: { name: plan.service, routes: [plan.splitName] },
            destinationRule: { name: plan.service, canarySubsetName: CANARY_SUBSET, stableSubsetName: STABLE_SUBSET },
          },
          ...(managedRoutes.length > 0 ? { managedRoutes } : {}),
        },
        // Background analysis from the pause after the first weight step, when the canary has its own traffic.
        analysis: { templates: [{ templateName: plan.service }], startingStep: firstWeight + 1 },
        steps,
      },
    },
  };
}

export function renderAnalysisTemplate(input: ArgoInput): object {
  const { progression } = input;
  const reporter = reporterFor(input.dataplane);
  // Subset-level splitting gives stable and canary the same destination_service; the version label tells them apart.
  const selector = `destination_workload_namespace="${input.namespace}",destination_service_name="${input.plan.service}",` +
    `destination_version="${input.version}"`;
  const window = `${progression.intervalSeconds}s`;
  const metric = (name: string, successCondition: string, query: string) => ({
    name,
    interval: window,
    failureLimit: progression.failureThreshold,
    successCondition,
    provider: { prometheus: { address: progression.prometheusAddress, query } },
  });
  return {
    metrics: [
      metric('success-rate', `result[0] >= ${progression.minSuccessRatePercent}`, successRateQuery(reporter, selector, window)),
      metric('latency', `result[0] <= ${progression.maxLatencyMillis}`, latencyQuery(reporter, selector, window)),
    ],
  };
}
