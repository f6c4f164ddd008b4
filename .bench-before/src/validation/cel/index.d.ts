/** A compiled rule: evaluate with `self` bound; throws on CEL runtime errors (no such key, bad conversion, …). */
export interface CelProgram {
    readonly expression: string;
    evaluate(self: unknown): unknown;
}
/** The first line of a cel-js error (its full message repeats the expression with a caret). */
export declare function celErrorSummary(e: unknown): string;
/**
 * cel-js only parses `has()` on a plain selection chain (`has(a.b.c)`); cel-go also takes any expression before
 * the last field (`has(self[0].matches)`). Such calls become `kubernetes_has_field(<expression>, '<field>')`;
 * string literals are left alone.
 */
export declare function rewriteComplexHas(expression: string): string;
/**
 * Compiles a rule in the Kubernetes environment (`self`, and `oldSelf` for transition rules). Throws an Error
 * naming the rule when it does not parse or type-check.
 */
export declare function compileCel(expression: string): CelProgram;
/**
 * Whether a Telemetry `accessLogging[].filter.expression` parses as CEL: undefined when it does, otherwise a message
 * naming the position (1-based line and column) and what the parser found there.
 */
export declare function celSyntaxError(expression: string): string | undefined;
