/**
 * Emits a controller-driven CanaryService's objects: the controller's workload and resources, and (Argo) the
 * routing objects it patches. The routing-dependent specs render at synth, after every exposeVia().
 */
import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { RenderedVersion } from '../canary/version-workload';
import { PropErrors } from '../shared/prop-errors';
import { FlaggerInput } from './flagger-renderer';
/** The objects a delivery controller works from. */
export interface ControllerObjects {
    /** Flagger: the target Deployment `<name>`; Argo: the Rollout `<name>`. */
    readonly workload: ApiObject;
    /**
     * The Flagger Canary `<name>`.
     * @default - none (Argo)
     */
    readonly canary?: ApiObject;
    /** Flagger MetricTemplates (ambient namespaces: the gates with the waypoint reporter). */
    readonly metricTemplates: ApiObject[];
    /**
     * The Argo AnalysisTemplate `<name>`.
     * @default - none (Flagger)
     */
    readonly analysisTemplate?: ApiObject;
    /**
     * The VirtualService Argo patches.
     * @default - none (Flagger creates its own)
     */
    readonly virtualService?: ApiObject;
    /**
     * The DestinationRule Argo patches.
     * @default - none (Flagger creates its own)
     */
    readonly destinationRule?: ApiObject;
}
/** What a controller's renderers need from the CanaryService. */
export interface DeliveryInput extends FlaggerInput {
    readonly namespace: string;
    /** The version the controller rolls out (the canary, else the stable one). */
    readonly workload: RenderedVersion;
}
/** Emits the controller's objects into the CanaryService. */
export declare function renderDelivery(scope: Construct, errors: PropErrors, input: DeliveryInput): ControllerObjects;
