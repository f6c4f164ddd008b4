/**
 * The leaves of the Kubernetes schema bundle that carry a value rule (enum or format), per kind, and minimal
 * objects that put a value at one of them: shared by the schema tests (validateObject) and the CLI corpus.
 */
import { loadBundle, CrdBundle } from '../../../src/validation/schema/registry';
import { JsonSchema } from '../../../src/validation/schema/schema-types';

export type Step = { readonly key: string; readonly kind: 'prop' | 'item' | 'map' };
export interface Leaf {
  readonly steps: readonly Step[];
  readonly schema: JsonSchema;
}

export const bundle = loadBundle(CrdBundle.KUBERNETES);

function leaves(s: JsonSchema, steps: Step[], out: Leaf[]): Leaf[] {
  if (s.enum || s.format) out.push({ steps, schema: s });
  for (const [k, child] of Object.entries(s.properties ?? {})) leaves(child, [...steps, { key: k, kind: 'prop' }], out);
  if (s.items) leaves(s.items, [...steps, { key: '0', kind: 'item' }], out);
  if (typeof s.additionalProperties === 'object') leaves(s.additionalProperties, [...steps, { key: 'k', kind: 'map' }], out);
  return out;
}

export function pathOf(steps: readonly Step[]): string {
  return steps.map((s, i) => (s.kind === 'prop' ? `${i === 0 ? '' : '.'}${s.key}` : `[${s.key}]`)).join('');
}

/** A minimal object of the kind with `value` at the leaf (other required fields may be missing: not asserted). */
export function objectWith(apiVersion: string, kind: string, steps: readonly Step[], value: unknown): Record<string, unknown> {
  let inner: unknown = value;
  for (let i = steps.length - 1; i >= 0; i--) inner = steps[i].kind === 'item' ? [inner] : { [steps[i].key]: inner };
  return { apiVersion, kind, metadata: { name: 'x' }, ...(inner as Record<string, unknown>) };
}

export const KINDS = bundle.kinds.map((k) => {
  const apiVersion = k.group === '' ? k.versions[0].name : `${k.group}/${k.versions[0].name}`;
  return [k.kind, apiVersion, leaves(bundle.schemas[k.versions[0].schema], [], [])] as const;
});


/** A value that breaks a leaf's rule, and the finding message the validator must give for it at `path`. */
export function breaking(leaf: Leaf, path: string): { readonly value: unknown; readonly message: string } {
  const s = leaf.schema;
  if (s.enum) return { value: 'Bogus', message: `Unsupported value: "Bogus": supported values: ${s.enum.map((v) => JSON.stringify(v)).join(', ')}` };
  switch (s.format) {
    case 'int32':
      return { value: 2 ** 31, message: `Invalid value: ${2 ** 31}: ${path} in body must be of type int32: must be between -2147483648 and 2147483647, inclusive` };
    case 'int64':
      return { value: 2 ** 64, message: `Invalid value: ${2 ** 64}: ${path} in body must be of type int64: must be between -9223372036854775808 and 9223372036854775807, inclusive` };
    case 'quantity':
      return { value: '1.5.5Gi', message: `Invalid value: "1.5.5Gi": ${path} in body must be of type quantity: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'` };
    case 'byte':
      return { value: 'not base64!', message: `Invalid value: "not base64!": ${path} in body must be of type byte: "not base64!"` };
    default:
      throw new Error(`${path}: no breaking value for format ${String(s.format)}`);
  }
}
