import { PropErrors } from '../shared/prop-errors';
import { IntOrPercentJson } from './emitted-json';
import { PodCount, podCount } from './pod-count';

enum BudgetKind { MAX_UNAVAILABLE, MIN_AVAILABLE, NONE }

/**
 * How many pods of a version voluntary disruptions (node drains, cluster upgrades) may take down at once: a
 * PodDisruptionBudget `<name>-<version>` selecting the version's pods.
 */
export class DisruptionBudget {
  /** The default: at most one pod of the version evicted at a time. */
  public static readonly DEFAULT = DisruptionBudget.maxUnavailable(PodCount.absolute(1));

  /** At most `count` pods (or percent of them) evicted at a time. */
  public static maxUnavailable(count: PodCount): DisruptionBudget {
    return new DisruptionBudget(BudgetKind.MAX_UNAVAILABLE, count);
  }

  /**
   * At least `count` pods (or percent of them) kept running. A budget of all the replicas blocks every node
   * drain until someone deletes it.
   */
  public static minAvailable(count: PodCount): DisruptionBudget {
    return new DisruptionBudget(BudgetKind.MIN_AVAILABLE, count);
  }

  /** No PodDisruptionBudget (a drain may take all the version's pods at once: its subset then answers 503). */
  public static none(): DisruptionBudget {
    return new DisruptionBudget(BudgetKind.NONE, undefined);
  }

  private constructor(private readonly kind: BudgetKind, private readonly count: PodCount | undefined) {}

  /** The spec fields of the budget, or undefined for none(). @internal */
  public _toKube(errors: PropErrors, prop: string): { minAvailable?: IntOrPercentJson; maxUnavailable?: IntOrPercentJson } | undefined {
    switch (this.kind) {
      case BudgetKind.NONE: return undefined;
      case BudgetKind.MIN_AVAILABLE: return { minAvailable: podCount(errors, `${prop}.minAvailable`, this.count as PodCount) };
      case BudgetKind.MAX_UNAVAILABLE: return { maxUnavailable: podCount(errors, `${prop}.maxUnavailable`, this.count as PodCount) };
    }
  }
}
