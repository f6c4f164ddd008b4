import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { CanaryServiceVersion } from './canary-service-version';
import { PropErrors } from '../shared/prop-errors';
import { DeploymentJson, HorizontalPodAutoscalerJson, PodDisruptionBudgetJson } from './emitted-json';
declare const ISTIO_RESERVED_PORTS: number[];
/** The checked, rendered parts of one version's objects. */
export interface RenderedVersion {
    readonly version: string;
    readonly podLabels: {
        [key: string]: string;
    };
    readonly staticAnnotations: {
        [key: string]: string;
    };
    readonly proxyConfig?: {
        [field: string]: unknown;
    };
    readonly deployment: DeploymentJson;
    /** Undefined with DisruptionBudget.none(). */
    readonly disruptionBudget?: PodDisruptionBudgetJson;
    /** Undefined without `autoscaling`. */
    readonly autoscaler?: HorizontalPodAutoscalerJson;
}
/** Everything the Deployment of one version needs from the service. */
export interface VersionContext {
    readonly app: string;
    readonly role: string;
    readonly targetPort: number;
    readonly portName: string;
    readonly serviceAccountName?: string;
    readonly proxyAnnotations: {
        [key: string]: string;
    };
    /** Pods when neither `replicas` nor `autoscaling` is given (stable 2, canary 1). */
    readonly defaultReplicas: number;
}
/** The cdk8s objects of one version. */
export interface VersionObjects {
    readonly deployment: ApiObject;
    readonly disruptionBudget?: ApiObject;
    readonly autoscaler?: ApiObject;
}
/** Emits one version's Deployment, PodDisruptionBudget and HorizontalPodAutoscaler under ids `<prefix>Deployment` etc. */
export declare function emitVersion(scope: Construct, idPrefix: string, v: RenderedVersion): VersionObjects;
/** Checks one version's props and renders its objects' JSON (the pod annotations are filled in at synth). */
export declare function renderVersion(errors: PropErrors, ctx: VersionContext, v: CanaryServiceVersion, annotations: unknown): RenderedVersion;
/** Ports the sidecar uses; exported for the targetPort check. */
export { ISTIO_RESERVED_PORTS };
