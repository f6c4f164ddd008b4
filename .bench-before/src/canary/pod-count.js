"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PodCount = void 0;
exports.podCount = podCount;
exports.isZeroCount = isZeroCount;
/**
 * A number of a version's pods, or a percentage of them (Deployment strategies, PodDisruptionBudgets), as the API
 * server reads it: a whole number, or a whole percentage up to 100.
 */
class PodCount {
    amount;
    isPercent;
    /** A whole number of pods. */
    static absolute(pods) {
        return new PodCount(pods, false);
    }
    /** A whole percentage (0 to 100) of the pods. */
    static percent(percent) {
        return new PodCount(percent, true);
    }
    constructor(amount, isPercent) {
        this.amount = amount;
        this.isPercent = isPercent;
    }
    /** @internal */
    _toKube(errors, prop) {
        const max = this.isPercent ? 100 : 2147483647;
        if (typeof this.amount !== 'number' || !Number.isInteger(this.amount) || this.amount < 0 || this.amount > max) {
            throw errors.mustBe(prop, this.isPercent ? 'a whole percentage from 0 to 100' : 'a whole number of pods, at least 0', this.isPercent ? `${this.amount}%` : this.amount);
        }
        return this.isPercent ? `${this.amount}%` : this.amount;
    }
}
exports.PodCount = PodCount;
/** A PodCount given by a caller (plain JavaScript may pass anything), rendered. */
function podCount(errors, prop, value) {
    if (!(value instanceof PodCount))
        throw errors.mustBe(prop, 'a PodCount (PodCount.absolute(1) or PodCount.percent(25))', value);
    return value._toKube(errors, prop);
}
/** Whether a rendered count is zero (0 or "0%"). */
function isZeroCount(count) {
    return count === 0 || count === '0%';
}
//# sourceMappingURL=pod-count.js.map