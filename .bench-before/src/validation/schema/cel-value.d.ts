/**
 * JSON → CEL values with the types the API server gives them (apiserver/schema/cel): `integer` → int (bigint),
 * `number` → double, int-or-string and preserve-unknown-fields → dyn (whole numbers become int, as Go decodes
 * JSON), `format: byte` → bytes, `format: date`/`date-time` → timestamp. Null properties the schema does not mark
 * nullable are pruned, and absent properties with a schema `default` are filled in, as the API server does before
 * validating (Gateway API rules rely on defaults such as a backendRef's `kind: Service`). Values that need no change
 * are passed through without copying. A mapping with a key that plain objects inherit (`constructor`, `toString`,
 * `__proto__`, ...; a label key may be any of them) becomes a `Map`: the CEL engine tells a map by its
 * `constructor`, and would read inherited members as entries.
 */
import { JsonSchema } from './schema-types';
export type CelConverter = (v: unknown) => unknown;
/** Builds the converter for a schema node once; `undefined` means the value passes through unchanged. */
export declare function celConverter(schema: JsonSchema): CelConverter;
/** Forgets the converted values of the previous object (called once per validated object). */
export declare function startConversions(): void;
