import { RuleCompiler } from './rules';
import { Validator } from './run';
import { JsonSchema } from './schema-types';
/** Compiles the root schema of a CRD version. */
export declare function compileSchema(schema: JsonSchema, rules: RuleCompiler): Validator;
