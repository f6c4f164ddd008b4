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
import { RoutingPlan } from '../routing/plan';
import { PropErrors } from '../shared/prop-errors';
import { Progression } from './progression';
import { DataplaneMode } from '../shared/dataplane-mode';
export declare const STABLE_SUBSET = "stable";
export declare const CANARY_SUBSET = "canary";
/** The managed route Argo adds for the header stage. */
export declare const HEADER_ROUTE = "canary-header";
/** The managed route Argo adds for the mirroring stage. */
export declare const MIRROR_ROUTE = "canary-mirror";
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
    readonly headerValue: {
        readonly [kind: string]: string;
    };
}
/** Refuses, before anything is emitted, what Argo's Istio integration cannot express; returns the header matches. */
export declare function checkArgo(errors: PropErrors, input: Pick<ArgoInput, 'plan' | 'matches'>): HeaderMatch[];
/** The VirtualService and DestinationRule Argo patches (rendered at synth: ingress attachments may still come). */
export declare function renderArgoRouting(plan: RoutingPlan): {
    virtualService: VirtualServiceSpecJson;
    destinationRule: DestinationRuleSpecJson;
};
export declare function renderRollout(input: ArgoInput, headers: readonly HeaderMatch[]): object;
export declare function renderAnalysisTemplate(input: ArgoInput): object;
export {};
