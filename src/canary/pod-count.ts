import * as kplus from 'cdk8s-plus-28';
import { PropErrors } from '../shared/prop-errors';
import { IntOrPercentJson } from './emitted-json';

const PERCENT = /^(\d{1,3})%$/;

/**
 * A `kplus.PercentOrAbsolute` (what cdk8s-plus users already write for strategies) as the API server reads it:
 * a whole number of pods, or a whole percentage up to 100.
 */
export function podCount(errors: PropErrors, prop: string, value: kplus.PercentOrAbsolute): IntOrPercentJson {
  const allowed = 'a kplus.PercentOrAbsolute of a whole number of pods (absolute(1)) or a whole percentage from 0 to 100 (percent(25))';
  if (!(value instanceof kplus.PercentOrAbsolute)) throw errors.mustBe(prop, allowed, value);
  const raw: unknown = value.value;
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 && raw <= 2147483647) return raw;
  const m = typeof raw === 'string' ? PERCENT.exec(raw) : null;
  if (m && Number(m[1]) <= 100) return raw as string;
  throw errors.mustBe(prop, allowed, raw);
}

/** Whether a rendered count is zero (0 or "0%"). */
export function isZeroCount(count: IntOrPercentJson): boolean {
  return count === 0 || count === '0%';
}
