/**
 * Compiles a structural OpenAPI v3 schema once into a tree of closures that validate a value the way
 * apiextensions-apiserver validates a custom resource (kube-openapi value validation, list-type checks, unknown
 * fields, then CEL rules). Nothing of the raw schema is interpreted per object.
 */
import {
  REQUIRED, childPath, duplicate, invalid, jsonTypeOf, tooLong, tooMany, typeInvalid, unknownField, unsupported,
} from './messages';
import { codePointLength, enumMember, expectedTypeName, goFormatChecks, numberChecks, sizeChecks, stringChecks, typeMatches, ValueCheck } from './keywords';
import { Predicate, compilePredicate, countValid } from './predicate';
import { RuleCompiler, compileRules } from './rules';
import { SchemaRun, Validator } from './run';
import { JsonSchema } from './schema-types';

/**
 * Top-level fields the schema does not validate: apiVersion/kind/metadata are checked by metadata.ts, and every
 * Istio CRD enables the status subresource, so the API server discards `status` from a create or update before
 * validating (objects exported with `kubectl get -o yaml` carry one).
 */
const OBJECT_ENVELOPE: ReadonlySet<string> = new Set(['apiVersion', 'kind', 'metadata', 'status']);

interface CompileOptions {
  /** Inside allOf: report value errors but no unknown fields and no CEL (junctor schemas are partial). */
  readonly junctor: boolean;
  readonly root: boolean;
  /** Properties of the enclosing object whose nulls are kept (for `required` inside junctors). */
  readonly nullableProps: ReadonlySet<string>;
  /** A Kubernetes built-in kind (SchemaBundle.builtIn): Go decoding rules for formats, quantities and enums. */
  readonly builtIn: boolean;
}

const NO_NULLABLE: ReadonlySet<string> = new Set();

/** Compiles the root schema of a CRD version (or of a built-in kind, see SchemaBundle.builtIn). */
export function compileSchema(schema: JsonSchema, rules: RuleCompiler, builtIn = false): Validator {
  const properties = { ...schema.properties };
  // The envelope is the API server's business, not the schema's (Gateway API CRDs declare `metadata: {type: object}`).
  for (const key of OBJECT_ENVELOPE) delete properties[key];
  return compileNode({ ...schema, properties }, rules, { junctor: false, root: true, nullableProps: NO_NULLABLE, builtIn });
}

function compileNode(s: JsonSchema, rules: RuleCompiler, opts: CompileOptions): Validator {
  const nullable = s.nullable === true;
  const intOrString = s['x-kubernetes-int-or-string'] === true;
  const type = s.type;
  const typed = type !== undefined || intOrString;
  const anyNumber = opts.builtIn && s.format === 'quantity';
  const expected = expectedTypeName(s, anyNumber);

  const checks: Validator[] = [];
  if (s.enum) checks.push(enumCheck(s.enum, opts.builtIn));
  checks.push(...typeSpecificChecks(s, rules, opts));
  checks.push(...junctorChecks(s, rules, opts));
  const celRules = opts.junctor ? undefined : compileRules(s, rules);

  return (v, path, run) => {
    if (v === null) {
      if (!nullable) run.blockingError(path, typeInvalid(path, v, expected));
      return;
    }
    if (typed && !typeMatches(type, v, intOrString, anyNumber)) {
      run.blockingError(path, typeInvalid(path, v, expected));
      return;
    }
    const blockingBefore = run.blocking;
    for (const check of checks) check(v, path, run);
    if (celRules && run.blocking === blockingBefore) celRules(v, path, run);
  };
}

/** `emptyIsUnset`: built-in kinds, whose Go code defaults or allows an empty string in enum fields. */
function enumCheck(values: readonly unknown[], emptyIsUnset: boolean): Validator {
  const isMember = enumMember(values);
  return (v, path, run) => {
    if (!isMember(v) && !(emptyIsUnset && v === '')) run.blockingError(path, unsupported(v, values));
  };
}

function fromValueChecks(checks: readonly ValueCheck[], applies: (v: unknown) => boolean): Validator[] {
  return checks.map((check) => (v, path, run) => {
    if (!applies(v)) return;
    const message = check(v, path);
    if (message !== undefined) run.error(path, message);
  });
}

const isString = (v: unknown) => typeof v === 'string';
const isNumber = (v: unknown) => typeof v === 'number' || typeof v === 'bigint';

function typeSpecificChecks(s: JsonSchema, rules: RuleCompiler, opts: CompileOptions): Validator[] {
  const checks: Validator[] = [];
  checks.push(...fromValueChecks(stringChecks(s), isString));
  const maxLength = s.maxLength;
  if (maxLength !== undefined) {
    checks.push((v, path, run) => {
      if (typeof v === 'string' && v.length > maxLength && codePointLength(v) > maxLength) run.blockingError(path, tooLong(maxLength));
    });
  }
  checks.push(...fromValueChecks(numberChecks(s), isNumber));
  if (opts.builtIn) checks.push(...fromValueChecks(goFormatChecks(s), () => true));
  checks.push(...fromValueChecks(sizeChecks(s), () => true));
  const { maxItems, maxProperties } = s;
  if (maxItems !== undefined) {
    checks.push((v, path, run) => {
      if (Array.isArray(v) && v.length > maxItems) run.blockingError(path, tooMany(v.length, maxItems));
    });
  }
  if (maxProperties !== undefined) {
    checks.push((v, path, run) => {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) return;
      const n = Object.keys(v).length;
      if (n > maxProperties) run.blockingError(path, tooMany(n, maxProperties));
    });
  }
  if (s.items) checks.push(itemsCheck(s, compileNode(s.items, rules, { ...opts, root: false, nullableProps: NO_NULLABLE })));
  if (s.properties || s.additionalProperties !== undefined || s.required || (s.type === 'object' && !opts.junctor)) {
    checks.push(objectCheck(s, rules, opts));
  }
  return checks;
}

function itemsCheck(s: JsonSchema, item: Validator): Validator {
  const listType = s['x-kubernetes-list-type'];
  const mapKeys = s['x-kubernetes-list-map-keys'] ?? [];
  return (v, path, run) => {
    if (!Array.isArray(v)) return;
    for (let i = 0; i < v.length; i++) item(v[i], `${path}[${i}]`, run);
    if (listType === 'set') reportDuplicates(v, path, run, (x) => x);
    else if (listType === 'map' && mapKeys.length > 0) reportDuplicates(v, path, run, (x) => mapKeyOf(x, mapKeys));
  };
}

function mapKeyOf(item: unknown, keys: readonly string[]): unknown {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const key: { [k: string]: unknown } = {};
  for (const k of keys) key[k] = (item as { [k: string]: unknown })[k];
  return key;
}

function reportDuplicates(items: readonly unknown[], path: string, run: SchemaRun, keyOf: (x: unknown) => unknown): void {
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const key = keyOf(items[i]);
    if (key === undefined) continue;
    const id = JSON.stringify(key);
    if (seen.has(id)) run.error(`${path}[${i}]`, duplicate(key));
    else seen.add(id);
  }
}

function objectCheck(s: JsonSchema, rules: RuleCompiler, opts: CompileOptions): Validator {
  const props = new Map<string, Validator>();
  const nullableProps = new Set<string>();
  for (const [name, child] of Object.entries(s.properties ?? {})) {
    props.set(name, compileNode(child, rules, { ...opts, root: false, nullableProps: NO_NULLABLE }));
    if (child.nullable) nullableProps.add(name);
  }
  const additionalSchema = typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined;
  const additional = additionalSchema ? compileNode(additionalSchema, rules, { ...opts, root: false, nullableProps: NO_NULLABLE }) : undefined;
  const additionalNullable = additionalSchema?.nullable === true;
  const reportUnknown = !opts.junctor && !s['x-kubernetes-preserve-unknown-fields'] && s.additionalProperties === undefined;
  const root = opts.root;
  const required = s.required ?? [];
  // Inside a junctor, `required` sees the enclosing object's nullability; elsewhere the node's own properties'.
  const requiredNullable = opts.junctor && props.size === 0 ? opts.nullableProps : nullableProps;

  return (v, path, run) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return;
    const obj = v as { [k: string]: unknown };
    for (const key in obj) {
      const value = obj[key];
      if (value === undefined) continue;
      const child = props.get(key);
      if (child) {
        // A null the schema does not allow is pruned by the API server before validation (it is "absent").
        if (value !== null || nullableProps.has(key)) child(value, childPath(path, key), run);
      } else if (additional) {
        if (value !== null || additionalNullable) additional(value, `${path}[${key}]`, run);
      } else if (reportUnknown && !(root && OBJECT_ENVELOPE.has(key))) {
        const where = childPath(path, key);
        run.error(where, unknownField(where));
      }
    }
    for (const key of required) {
      const value = obj[key];
      if (value === undefined || (value === null && !requiredNullable.has(key))) run.error(childPath(path, key), REQUIRED);
    }
  };
}

function junctorChecks(s: JsonSchema, rules: RuleCompiler, opts: CompileOptions): Validator[] {
  const checks: Validator[] = [];
  const ownNullable = new Set(Object.entries(s.properties ?? {}).filter(([, p]) => p.nullable).map(([k]) => k));
  const nullableProps = opts.junctor ? opts.nullableProps : ownNullable;
  if (s.oneOf) {
    const alts: Predicate[] = s.oneOf.map((a) => compilePredicate(a, nullableProps));
    checks.push((v, path, run) => {
      const n = countValid(alts, v);
      if (n === 1) return;
      const found = n === 0 ? 'Found none valid' : `Found ${n} valid alternatives`;
      run.error(path, invalid(jsonTypeOf(v), `${path} in body must validate one and only one schema (oneOf). ${found}`));
    });
  }
  if (s.anyOf && !s['x-kubernetes-int-or-string']) {
    const alts: Predicate[] = s.anyOf.map((a) => compilePredicate(a, nullableProps));
    checks.push((v, path, run) => {
      if (!alts.some((a) => a(v))) run.error(path, invalid(jsonTypeOf(v), `${path} in body must validate at least one schema (anyOf)`));
    });
  }
  if (s.not) {
    const not = compilePredicate(s.not, nullableProps);
    checks.push((v, path, run) => {
      if (not(v)) run.error(path, invalid(jsonTypeOf(v), `${path} in body must not validate the schema (not)`));
    });
  }
  // allOf reports its members' own errors (e.g. which nested oneOf failed), as kube-openapi merges them.
  for (const member of s.allOf ?? []) {
    checks.push(compileNode(member, rules, { ...opts, junctor: true, root: false, nullableProps }));
  }
  return checks;
}
