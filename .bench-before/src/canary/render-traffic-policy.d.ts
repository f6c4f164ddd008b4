import { PropErrors } from '../shared/prop-errors';
import { ConnectionPoolSettings, LoadBalancer, OutlierDetectionSettings, TlsMode } from './traffic-policy';
import { TrafficPolicyJson } from './emitted-json';
/** Inputs of the DestinationRule traffic policy, as CanaryServiceProps carries them. */
export interface TrafficPolicyInputs {
    readonly connectionPool?: ConnectionPoolSettings;
    readonly outlierDetection?: OutlierDetectionSettings;
    readonly loadBalancer?: LoadBalancer;
    readonly tlsMode?: TlsMode;
}
/** The DestinationRule trafficPolicy, or undefined when nothing is set (istiod rejects an empty one). */
export declare function renderTrafficPolicy(errors: PropErrors, inputs: TrafficPolicyInputs, http: boolean): TrafficPolicyJson | undefined;
