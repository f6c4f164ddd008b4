import { RouteMatch } from '../canary/route-match';
import { RoutingPlan } from '../routing/plan';
import { DataplaneMode } from '../shared/dataplane-mode';
import { PropErrors } from '../shared/prop-errors';
import { Progression } from './progression';
/** What the Flagger renderer needs from the CanaryService. */
export interface FlaggerInput {
    readonly plan: RoutingPlan;
    /** Service port name (`http`, `http2`, `grpc`, `tcp`). */
    readonly portName: string;
    readonly targetPort: number;
    readonly matches: readonly RouteMatch[];
    readonly dataplane: DataplaneMode;
    readonly progression: Progression;
    /** The labels of the service's Services at synth (in ambient namespaces: the waypoint labels). */
    readonly serviceLabels: () => {
        readonly [key: string]: string;
    };
}
export interface FlaggerMetricTemplate {
    readonly name: string;
    readonly spec: object;
}
export interface FlaggerRouting {
    readonly canary: object;
    readonly metricTemplates: readonly FlaggerMetricTemplate[];
}
/** Refuses, before anything is emitted, what Flagger cannot express. */
export declare function checkFlagger(errors: PropErrors, input: FlaggerInput): void;
export declare function renderFlagger(input: FlaggerInput): FlaggerRouting;
