/**
 * Kubernetes resource quantities (`500m`, `1Gi`, `2e3`), parsed to a number for comparisons (requests ≤ limits).
 */
export declare const QUANTITY_FORMAT_ERROR = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
/** The quantity's value, or undefined when it does not parse (numbers are taken as they are). */
export declare function parseQuantity(v: unknown): number | undefined;
