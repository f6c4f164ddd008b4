import { SourcedObject } from './cluster-state';
import { ProblemKind } from './traffic';
export declare enum StepAction {
    APPLY = "apply",
    PRUNE = "prune"
}
/** Where a route object was read from, and which side of the transition its version belongs to. */
export interface RouteOrigin {
    readonly kind: string;
    readonly namespace?: string;
    readonly name: string;
    readonly file: string;
    readonly document: number;
}
/** One state on the way that fails traffic the cluster served before. */
export interface TransitionFinding {
    /** 1-based step: the apply of the n-th object of `<to>`, or the prune after the last apply. */
    readonly step: number;
    readonly action: StepAction;
    /** The object(s) this step writes or deletes, e.g. `DestinationRule billing/billing-service`. */
    readonly objects: readonly string[];
    /** The route that stops being served. */
    readonly route: RouteOrigin;
    readonly path: string;
    readonly problem: ProblemKind;
    readonly message: string;
    /** How to stage the change so that no state drops the traffic. */
    readonly fix: string;
}
export interface TransitionResult {
    /** Objects applied (every object of `<to>`) and pruned (objects of `<from>` that `<to>` lacks). */
    readonly applied: number;
    readonly pruned: number;
    readonly findings: readonly TransitionFinding[];
}
export declare function checkTransition(from: readonly SourcedObject[], to: readonly SourcedObject[]): TransitionResult;
