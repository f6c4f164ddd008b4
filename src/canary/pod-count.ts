import { PropErrors } from '../shared/prop-errors';
import { IntOrPercentJson } from './emitted-json';

/**
 * A number of a version's pods, or a percentage of them (Deployment strategies, PodDisruptionBudgets), as the API
 * server reads it: a whole number, or a whole percentage up to 100.
 */
export class PodCount {
  /** A whole number of pods. */
  public static absolute(pods: number): PodCount {
    return new PodCount(pods, false);
  }

  /** A whole percentage (0 to 100) of the pods. */
  public static percent(percent: number): PodCount {
    return new PodCount(percent, true);
  }

  private constructor(private readonly amount: number, private readonly isPercent: boolean) {}

  /** @internal */
  public _toKube(errors: PropErrors, prop: string): IntOrPercentJson {
    const max = this.isPercent ? 100 : 2147483647;
    if (typeof this.amount !== 'number' || !Number.isInteger(this.amount) || this.amount < 0 || this.amount > max) {
      throw errors.mustBe(prop, this.isPercent ? 'a whole percentage from 0 to 100' : 'a whole number of pods, at least 0',
        this.isPercent && typeof this.amount === 'number' ? `${this.amount}%` : this.amount);
    }
    return this.isPercent ? `${this.amount}%` : this.amount;
  }
}

/** A PodCount given by a caller (plain JavaScript may pass anything), rendered. */
export function podCount(errors: PropErrors, prop: string, value: PodCount): IntOrPercentJson {
  if (!(value instanceof PodCount)) throw errors.mustBe(prop, 'a PodCount (PodCount.absolute(1) or PodCount.percent(25))', value);
  return value._toKube(errors, prop);
}

/** Whether a rendered count is zero (0 or "0%"). */
export function isZeroCount(count: IntOrPercentJson): boolean {
  return count === 0 || count === '0%';
}
