import { PropErrors } from '../shared/prop-errors';
/**
 * A HorizontalPodAutoscaler (autoscaling/v2) for a version's Deployment, scaling on CPU use. The Deployment
 * then carries no `replicas`, so applying the manifests again does not reset what the autoscaler chose.
 */
export interface Autoscaling {
    /**
     * The fewest pods (at least 1: an empty DestinationRule subset answers 503).
     * @default 2 for stable, 1 for the canary
     */
    readonly minReplicas?: number;
    /** The most pods (at least `minReplicas`). */
    readonly maxReplicas: number;
    /**
     * Average CPU use, in percent of the containers' CPU request, that the autoscaler aims for.
     * @default 80 (Kubernetes' default)
     */
    readonly targetCpuUtilization?: number;
}
/** The checked autoscaling settings of one version. */
export interface AutoscalingSettings {
    readonly minReplicas: number;
    readonly maxReplicas: number;
    readonly targetCpuUtilization: number;
}
export declare function checkAutoscaling(errors: PropErrors, prop: string, a: Autoscaling, defaultMin: number): AutoscalingSettings;
