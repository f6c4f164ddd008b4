import * as k8s from '../../imports/k8s';
import { PropErrors } from '../shared/prop-errors';
/** How a toleration matches a taint's value. */
export declare enum TolerationOperator {
    /** The taint's value must equal the toleration's `value`. */
    EQUAL = "Equal",
    /** Any value (and, without a key, any taint). */
    EXISTS = "Exists"
}
/** What a taint does to pods that do not tolerate it. */
export declare enum TaintEffect {
    NO_SCHEDULE = "NoSchedule",
    PREFER_NO_SCHEDULE = "PreferNoSchedule",
    NO_EXECUTE = "NoExecute"
}
/** A node taint the version's pods tolerate. */
export interface Toleration {
    /**
     * The taint key (a label key).
     * @default - every key (needs TolerationOperator.EXISTS)
     */
    readonly key?: string;
    /**
     * How the value is matched.
     * @default TolerationOperator.EQUAL
     */
    readonly operator?: TolerationOperator;
    /**
     * The taint value (with TolerationOperator.EQUAL).
     * @default ''
     */
    readonly value?: string;
    /**
     * The taint effect tolerated.
     * @default - every effect
     */
    readonly effect?: TaintEffect;
    /**
     * How long a NoExecute taint is tolerated before the pod is evicted (TaintEffect.NO_EXECUTE only).
     * @default - forever
     */
    readonly tolerationSeconds?: number;
}
/** What the scheduler does when a topology spread constraint cannot be met. */
export declare enum UnsatisfiableAction {
    /** Schedule anyway, preferring the least skewed domain (never leaves pods pending). */
    SCHEDULE_ANYWAY = "ScheduleAnyway",
    /** Keep the pod pending. */
    DO_NOT_SCHEDULE = "DoNotSchedule"
}
/**
 * Spread a version's pods across topology domains (nodes, zones). The constraint counts the pods of the same
 * version (its `app` and `version` labels).
 */
export interface TopologySpread {
    /** The node label that defines the domains, e.g. "topology.kubernetes.io/zone" or "kubernetes.io/hostname". */
    readonly topologyKey: string;
    /**
     * The largest allowed difference in pod count between two domains.
     * @default 1
     */
    readonly maxSkew?: number;
    /**
     * What happens when the constraint cannot be met.
     * @default UnsatisfiableAction.SCHEDULE_ANYWAY
     */
    readonly whenUnsatisfiable?: UnsatisfiableAction;
}
/** A rule for the nodes a version's pods run on (`affinity.nodeAffinity`). */
export declare class Affinity {
    private readonly kind;
    private readonly key;
    private readonly values;
    private readonly weight;
    /** Only nodes whose label `key` has one of `values` (all required rules must hold together). */
    static requireNodeLabelIn(key: string, values: string[]): Affinity;
    /** Prefer nodes whose label `key` has one of `values`; `weight` 1..100 ranks this preference against others. */
    static preferNodeLabelIn(key: string, values: string[], weight?: number): Affinity;
    private constructor();
}
/** Pod placement fields of a version's pod spec, checked. */
export interface PlacementInput {
    readonly nodeSelector?: {
        [key: string]: string;
    };
    readonly tolerations?: Toleration[];
    readonly affinity?: Affinity[];
    readonly topologySpread?: TopologySpread[];
}
export interface PlacementJson {
    nodeSelector?: {
        [key: string]: string;
    };
    tolerations?: k8s.Toleration[];
    affinity?: k8s.Affinity;
    topologySpreadConstraints?: k8s.TopologySpreadConstraint[];
}
/** The placement part of the pod spec; `selector` is the version's pod selector (for topology spread). */
export declare function renderPlacement(errors: PropErrors, p: string, v: PlacementInput, selector: {
    [key: string]: string;
}): PlacementJson;
