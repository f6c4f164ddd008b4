import { PodCount } from './pod-count';
/**
 * How many pods of a version voluntary disruptions (node drains, cluster upgrades) may take down at once: a
 * PodDisruptionBudget `<name>-<version>` selecting the version's pods.
 */
export declare class DisruptionBudget {
    private readonly kind;
    private readonly count;
    /** The default: at most one pod of the version evicted at a time. */
    static readonly DEFAULT: DisruptionBudget;
    /** At most `count` pods (or percent of them) evicted at a time. */
    static maxUnavailable(count: PodCount): DisruptionBudget;
    /**
     * At least `count` pods (or percent of them) kept running. A budget of all the replicas blocks every node
     * drain until someone deletes it.
     */
    static minAvailable(count: PodCount): DisruptionBudget;
    /** No PodDisruptionBudget (a drain may take all the version's pods at once: its subset then answers 503). */
    static none(): DisruptionBudget;
    private constructor();
}
