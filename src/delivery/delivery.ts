/**
 * How a CanaryService's canary gets its traffic: written once by synth (static), or driven step by step by a
 * progressive-delivery controller (Flagger, Argo Rollouts) that promotes or rolls back on Istio's metrics.
 */
import type { Duration } from 'cdk8s';
import { PropErrors } from '../shared/prop-errors';
import { FactoryArgs } from '../shared/prop-types';
import { DeliveryController } from './delivery-controller';
import { checkProgression, Progression } from './progression';

/** The progression both controllers share: the weight steps, their pace and the metric gates. */
export interface ProgressionProps {
  /**
   * The canary weights (integer percentages 1..100, increasing), one step each. Excludes `stepWeight` and
   * `maxWeight`.
   * @default - steps of `stepWeight` up to `maxWeight`
   */
  readonly stepWeights?: number[];
  /**
   * The weight added at each step (integer 1..100).
   * @default 10
   */
  readonly stepWeight?: number;
  /**
   * The last weight before promotion (integer 1..100, at least `stepWeight`).
   * @default 50
   */
  readonly maxWeight?: number;
  /**
   * Time between two steps, which is also the metrics window (whole seconds, 10 s to 24 h).
   * @default Duration.minutes(1)
   */
  readonly interval?: Duration;
  /**
   * Failed metric checks before the controller rolls back (integer 1..100).
   * @default 5
   */
  readonly failureThreshold?: number;
  /**
   * Lowest share of non-5xx responses, in percent (0..100, decimals allowed), the canary must keep.
   * @default 99
   */
  readonly minSuccessRatePercent?: number;
  /**
   * Highest P99 request duration the canary may show (whole milliseconds, at least 1 ms).
   * @default Duration.millis(500)
   */
  readonly maxLatency?: Duration;
  /**
   * A first stage that copies this percentage (integer 1..100) of the requests to the canary, whose responses are
   * discarded, before any weight moves.
   * @default - no mirroring stage
   */
  readonly mirrorPercent?: number;
  /**
   * The Prometheus that holds Istio's metrics (used by Argo's AnalysisTemplate, and by Flagger's MetricTemplates
   * in ambient namespaces).
   * @default "http://prometheus.istio-system:9090"
   */
  readonly prometheusAddress?: string;
}

/** Props of Delivery.flagger(). */
export interface FlaggerDeliveryProps extends ProgressionProps {
  /**
   * Number of analysis intervals of an A/B test (blue/green without `canaryMatches`): Flagger then sends the
   * requests that match the CanaryService's `canaryMatches` (or all of them) to the canary, without weight steps,
   * and promotes after these iterations. Excludes `stepWeights`, `stepWeight` and `maxWeight`.
   * @default - progressive weight steps
   */
  readonly iterations?: number;
}

/** A factory's props, refused here when not an object; null stays null for the CanaryService to refuse as its 'delivery'. */
function progressionProps(factory: string, props: FlaggerDeliveryProps): FlaggerDeliveryProps {
  return props === null ? props : new FactoryArgs(factory).options('props', props);
}

/** The controller that moves a CanaryService's traffic, and its progression. */
export class Delivery {
  /** The routing objects hold the props' weights; changing them is a new synth (the default). */
  public static static(): Delivery {
    return new Delivery(DeliveryController.STATIC, {});
  }

  /**
   * Flagger promotes the canary: emits the target Deployment and a Canary (and, in ambient namespaces, the
   * MetricTemplates), and none of the objects Flagger creates itself.
   */
  public static flagger(props: FlaggerDeliveryProps = {}): Delivery {
    return new Delivery(DeliveryController.FLAGGER, progressionProps('Delivery.flagger', props));
  }

  /**
   * Argo Rollouts promotes the canary: emits a Rollout, the VirtualService and DestinationRule shaped the way
   * Argo patches them (subsets `stable` and `canary`), and an AnalysisTemplate with the metric gates.
   */
  public static argoRollouts(props: ProgressionProps = {}): Delivery {
    return new Delivery(DeliveryController.ARGO_ROLLOUTS, progressionProps('Delivery.argoRollouts', props));
  }

  private constructor(
    /** The controller. */
    public readonly controller: DeliveryController,
    private readonly props: FlaggerDeliveryProps,
  ) {}

  /** @internal Checks the props (errors name `delivery.<prop>`) and returns the progression as data. */
  public _progression(errors: PropErrors): Progression {
    return checkProgression(errors, this.controller, this.props);
  }
}
