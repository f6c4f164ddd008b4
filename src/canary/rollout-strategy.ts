import { PropErrors } from '../shared/prop-errors';
import { FactoryArgs } from '../shared/prop-types';
import { DeploymentStrategyJson } from './emitted-json';
import { isZeroCount, PodCount, podCount } from './pod-count';

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
export class RolloutStrategy {
  /** Replace pods a few at a time (Kubernetes' default). */
  public static rollingUpdate(options: RollingUpdateOptions = {}): RolloutStrategy {
    return new RolloutStrategy(false, new FactoryArgs('RolloutStrategy.rollingUpdate').options('options', options));
  }

  /** Stop every old pod before starting new ones (the version's subset is empty meanwhile: its traffic gets 503). */
  public static recreate(): RolloutStrategy {
    return new RolloutStrategy(true, {});
  }

  private constructor(private readonly recreateAll: boolean, private readonly options: RollingUpdateOptions) {}

  /** @internal */
  public _toKube(errors: PropErrors, prop: string): DeploymentStrategyJson {
    if (this.recreateAll) return { type: 'Recreate' };
    const o = this.options ?? {};
    const maxSurge = o.maxSurge === undefined ? undefined : podCount(errors, `${prop}.maxSurge`, o.maxSurge);
    const maxUnavailable = o.maxUnavailable === undefined ? undefined : podCount(errors, `${prop}.maxUnavailable`, o.maxUnavailable);
    if (maxSurge !== undefined && maxUnavailable !== undefined && isZeroCount(maxSurge) && isZeroCount(maxUnavailable)) {
      throw errors.mustBe(`${prop}.maxUnavailable`, "more than 0 when 'maxSurge' is 0 (the update could never make progress)", maxUnavailable);
    }
    const rollingUpdate = { ...(maxSurge !== undefined ? { maxSurge } : {}), ...(maxUnavailable !== undefined ? { maxUnavailable } : {}) };
    return { type: 'RollingUpdate', ...(Object.keys(rollingUpdate).length > 0 ? { rollingUpdate } : {}) };
  }
}
