import { PropErrors } from '../shared/prop-errors';
import { IntOrPercentJson } from './emitted-json';
/**
 * A number of a version's pods, or a percentage of them (Deployment strategies, PodDisruptionBudgets), as the API
 * server reads it: a whole number, or a whole percentage up to 100.
 */
export declare class PodCount {
    private readonly amount;
    private readonly isPercent;
    /** A whole number of pods. */
    static absolute(pods: number): PodCount;
    /** A whole percentage (0 to 100) of the pods. */
    static percent(percent: number): PodCount;
    private constructor();
}
/** A PodCount given by a caller (plain JavaScript may pass anything), rendered. */
export declare function podCount(errors: PropErrors, prop: string, value: PodCount): IntOrPercentJson;
/** Whether a rendered count is zero (0 or "0%"). */
export declare function isZeroCount(count: IntOrPercentJson): boolean;
