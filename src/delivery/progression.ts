/**
 * The checked progression of a controller-driven canary, as data the renderers (Flagger, Argo) read.
 */
import { istioMillis, wholeSeconds } from '../shared/durations';
import { checkInteger, PropErrors } from '../shared/prop-errors';
import { isHttpUrl } from '../validation/util/http';
import { DeliveryController } from './delivery-controller';
import type { FlaggerDeliveryProps } from './delivery';

export const DEFAULT_PROMETHEUS = 'http://prometheus.istio-system:9090';
const DEFAULT_STEP_WEIGHT = 10;
const DEFAULT_MAX_WEIGHT = 50;
const DEFAULT_INTERVAL_SECONDS = 60;
// Flagger raises shorter intervals to 10 s; refusing them keeps both controllers at the pace the props say.
const MIN_INTERVAL_SECONDS = 10;
const MAX_INTERVAL_SECONDS = 24 * 3600;

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

export function checkProgression(errors: PropErrors, controller: DeliveryController, props: FlaggerDeliveryProps): Progression {
  if (typeof props !== 'object' || props === null) throw errors.mustBe('delivery', 'props of Delivery.flagger() or Delivery.argoRollouts()', props);
  const p = (name: string) => `delivery.${name}`;
  const weightsGiven = props.stepWeights !== undefined || props.stepWeight !== undefined || props.maxWeight !== undefined;
  if (props.iterations !== undefined && controller !== DeliveryController.FLAGGER) {
    throw errors.about(p('iterations'), 'is a Delivery.flagger() prop (Argo Rollouts progresses by weight steps only)');
  }
  const iterations = props.iterations === undefined ? undefined : checkInteger(errors, p('iterations'), props.iterations, 1, 1000);
  if (iterations !== undefined && weightsGiven) {
    throw errors.about(p('iterations'), "excludes 'delivery.stepWeights', 'delivery.stepWeight' and 'delivery.maxWeight': " +
      'a Flagger A/B or blue/green test has no weight steps');
  }
  let stepWeights: number[] | undefined;
  if (props.stepWeights !== undefined) {
    if (props.stepWeight !== undefined || props.maxWeight !== undefined) {
      throw errors.about(p('stepWeights'), "excludes 'delivery.stepWeight' and 'delivery.maxWeight' (give the steps either as a list or as a step size and maximum)");
    }
    if (!Array.isArray(props.stepWeights) || props.stepWeights.length === 0 || props.stepWeights.length > 100) {
      throw errors.mustBe(p('stepWeights'), 'a list of 1 to 100 weights', props.stepWeights);
    }
    stepWeights = props.stepWeights.map((w, i) => checkInteger(errors, `${p('stepWeights')}[${i}]`, w, 1, 100));
    stepWeights.forEach((w, i) => {
      if (i > 0 && w <= stepWeights![i - 1]) throw errors.mustBe(`${p('stepWeights')}[${i}]`, `greater than the step before (${stepWeights![i - 1]})`, w);
    });
  }
  const stepWeight = checkInteger(errors, p('stepWeight'), props.stepWeight ?? DEFAULT_STEP_WEIGHT, 1, 100);
  const maxWeight = checkInteger(errors, p('maxWeight'), props.maxWeight ?? Math.max(DEFAULT_MAX_WEIGHT, stepWeight), 1, 100);
  if (maxWeight < stepWeight) throw errors.mustBe(p('maxWeight'), `at least 'delivery.stepWeight' (${stepWeight})`, maxWeight);
  const weights = iterations !== undefined ? [] : stepWeights ?? stepsUpTo(stepWeight, maxWeight);

  const intervalSeconds = props.interval === undefined ? DEFAULT_INTERVAL_SECONDS
    : wholeSeconds(errors, p('interval'), props.interval, MIN_INTERVAL_SECONDS, MAX_INTERVAL_SECONDS);
  const failureThreshold = checkInteger(errors, p('failureThreshold'), props.failureThreshold ?? 5, 1, 100);
  const minSuccessRatePercent = props.minSuccessRatePercent ?? 99;
  if (typeof minSuccessRatePercent !== 'number' || !(minSuccessRatePercent >= 0 && minSuccessRatePercent <= 100)) {
    throw errors.mustBe(p('minSuccessRatePercent'), 'a number from 0 to 100', minSuccessRatePercent);
  }
  const maxLatencyMillis = props.maxLatency === undefined ? 500 : istioMillis(errors, p('maxLatency'), props.maxLatency);
  const mirrorPercent = props.mirrorPercent === undefined ? undefined : checkInteger(errors, p('mirrorPercent'), props.mirrorPercent, 1, 100);
  const prometheusAddress = props.prometheusAddress ?? DEFAULT_PROMETHEUS;
  if (typeof prometheusAddress !== 'string' || !isHttpUrl(prometheusAddress)) {
    throw errors.mustBe(p('prometheusAddress'), 'an http:// or https:// URL (e.g. "http://prometheus.istio-system:9090")', prometheusAddress);
  }
  return {
    controller, weights, ...(stepWeights ? { stepWeights } : {}), stepWeight, maxWeight, weightsGiven, intervalSeconds, failureThreshold,
    minSuccessRatePercent, maxLatencyMillis, prometheusAddress,
    ...(mirrorPercent !== undefined ? { mirrorPercent } : {}), ...(iterations !== undefined ? { iterations } : {}),
  };
}

/** stepWeight, 2 × stepWeight, ... up to maxWeight (which ends the list even when it is not a multiple). */
function stepsUpTo(stepWeight: number, maxWeight: number): number[] {
  const out: number[] = [];
  for (let w = stepWeight; w < maxWeight; w += stepWeight) out.push(w);
  out.push(maxWeight);
  return out;
}
