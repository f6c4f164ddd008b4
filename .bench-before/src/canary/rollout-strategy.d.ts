import { PodCount } from './pod-count';
/** Options of a rolling update. */
export interface RollingUpdateOptions {
    /**
     * Pods created above the desired count during the update.
     * @default PodCount.percent(25) (Kubernetes' default)
     */
    readonly maxSurge?: PodCount;
    /**
     * Pods that may be unavailable during the update.
     * @default PodCount.percent(25) (Kubernetes' default)
     */
    readonly maxUnavailable?: PodCount;
}
/** How a version's Deployment replaces its pods when the pod template changes (`spec.strategy`). */
export declare class RolloutStrategy {
    private readonly recreateAll;
    private readonly options;
    /** Replace pods a few at a time (Kubernetes' default). */
    static rollingUpdate(options?: RollingUpdateOptions): RolloutStrategy;
    /** Stop every old pod before starting new ones (the version's subset is empty meanwhile: its traffic gets 503). */
    static recreate(): RolloutStrategy;
    private constructor();
}
