import { PropErrors } from '../shared/prop-errors';
import { DeliveryController } from './delivery-controller';
import type { FlaggerDeliveryProps } from './delivery';
export declare const DEFAULT_PROMETHEUS = "http://prometheus.istio-system:9090";
export interface Progression {
    readonly controller: DeliveryController;
    /** The canary weight of each step, increasing. Empty for a Flagger A/B test (`iterations`). */
    readonly weights: readonly number[];
    /** How the props gave the weights: as a list (`stepWeights`), else as `stepWeight` up to `maxWeight`. */
    readonly stepWeights?: readonly number[];
    readonly stepWeight: number;
    readonly maxWeight: number;
    /** Whether any of stepWeights, stepWeight, maxWeight was set. */
    readonly weightsGiven: boolean;
    readonly intervalSeconds: number;
    readonly failureThreshold: number;
    readonly minSuccessRatePercent: number;
    readonly maxLatencyMillis: number;
    readonly mirrorPercent?: number;
    readonly iterations?: number;
    readonly prometheusAddress: string;
}
export declare function checkProgression(errors: PropErrors, controller: DeliveryController, props: FlaggerDeliveryProps): Progression;
