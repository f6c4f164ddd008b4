/**
 * `x-kubernetes-validations` rules of one schema node, evaluated as apiextensions-apiserver does: `self` bound to the
 * node's value (typed by the schema), `message` / `messageExpression` / `fieldPath` / `reason` honoured, runtime
 * errors reported as "<error> evaluating rule: <message>". Rules that use `oldSelf` are transition rules: there is
 * no old object when validating a manifest, so they are skipped like the API server skips them on create.
 */
import { CelProgram } from '../cel';
import { Validator } from './run';
import { JsonSchema } from './schema-types';
/** A rule of the bundle that did not compile, with the reason (kept for the test that requires there be none). */
export interface RuleCompileFailure {
    readonly rule: string;
    readonly error: string;
}
/** Shared across every schema so each distinct rule text is compiled once. */
export declare class RuleCompiler {
    readonly failures: RuleCompileFailure[];
    private readonly programs;
    program(expression: string): CelProgram | undefined;
}
/** Compiles a node's rules into one check; undefined when the node has none (or only transition rules). */
export declare function compileRules(schema: JsonSchema, compiler: RuleCompiler): Validator | undefined;
