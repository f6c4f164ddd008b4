"use strict";
/**
 * Kubernetes resource quantities (`500m`, `1Gi`, `2e3`), parsed to a number for comparisons (requests ≤ limits).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.QUANTITY_FORMAT_ERROR = void 0;
exports.parseQuantity = parseQuantity;
const QUANTITY = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;
const SUFFIX = {
    '': 1, 'n': 1e-9, 'u': 1e-6, 'm': 1e-3, 'k': 1e3, 'M': 1e6, 'G': 1e9, 'T': 1e12, 'P': 1e15, 'E': 1e18,
    'Ki': 2 ** 10, 'Mi': 2 ** 20, 'Gi': 2 ** 30, 'Ti': 2 ** 40, 'Pi': 2 ** 50, 'Ei': 2 ** 60,
};
exports.QUANTITY_FORMAT_ERROR = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
/** The quantity's value, or undefined when it does not parse (numbers are taken as they are). */
function parseQuantity(v) {
    if (typeof v === 'number')
        return Number.isFinite(v) ? v : undefined;
    if (typeof v !== 'string')
        return undefined;
    const m = QUANTITY.exec(v.trim());
    if (!m || !/^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)$/.test(m[1]))
        return undefined;
    const base = Number(m[1]);
    const suffix = m[2];
    if (suffix in SUFFIX)
        return base * SUFFIX[suffix];
    const exp = /^[eE]([-+]?[0-9]+)$/.exec(suffix);
    return exp ? base * 10 ** Number(exp[1]) : undefined;
}
//# sourceMappingURL=quantity.js.map