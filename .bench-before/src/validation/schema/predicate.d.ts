import { JsonSchema } from './schema-types';
export type Predicate = (v: unknown) => boolean;
/**
 * @param nullableProps properties of the enclosing object whose null values count as present (others are pruned
 *   by the API server before validation, so `required` does not see them)
 */
export declare function compilePredicate(s: JsonSchema, nullableProps: ReadonlySet<string>): Predicate;
/** oneOf / anyOf / allOf / not of a schema node as predicates over the node's value. */
export declare function junctorPredicates(s: JsonSchema, nullableProps: ReadonlySet<string>): Predicate[];
/** Number of alternatives a value satisfies, for oneOf's "Found none valid" / "Found 2 valid alternatives". */
export declare function countValid(alternatives: readonly Predicate[], v: unknown): number;
