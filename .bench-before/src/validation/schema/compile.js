"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.compileSchema = compileSchema;
/**
 * Compiles a structural OpenAPI v3 schema once into a tree of closures that validate a value the way
 * apiextensions-apiserver validates a custom resource (kube-openapi value validation, list-type checks, unknown
 * fields, then CEL rules). Nothing of the raw schema is interpreted per object.
 */
const messages_1 = require("./messages");
const keywords_1 = require("./keywords");
const predicate_1 = require("./predicate");
const rules_1 = require("./rules");
/**
 * Top-level fields the schema does not validate: apiVersion/kind/metadata are checked by metadata.ts, and every
 * Istio CRD enables the status subresource, so the API server discards `status` from a create or update before
 * validating (objects exported with `kubectl get -o yaml` carry one).
 */
const OBJECT_ENVELOPE = new Set(['apiVersion', 'kind', 'metadata', 'status']);
const NO_NULLABLE = new Set();
/** Compiles the root schema of a CRD version. */
function compileSchema(schema, rules) {
    const properties = { ...schema.properties };
    // The envelope is the API server's business, not the schema's (Gateway API CRDs declare `metadata: {type: object}`).
    for (const key of OBJECT_ENVELOPE)
        delete properties[key];
    return compileNode({ ...schema, properties }, rules, { junctor: false, root: true, nullableProps: NO_NULLABLE });
}
function compileNode(s, rules, opts) {
    const nullable = s.nullable === true;
    const intOrString = s['x-kubernetes-int-or-string'] === true;
    const type = s.type;
    const typed = type !== undefined || intOrString;
    const expected = (0, keywords_1.expectedTypeName)(s);
    const checks = [];
    if (s.enum)
        checks.push(enumCheck(s.enum));
    checks.push(...typeSpecificChecks(s, rules, opts));
    checks.push(...junctorChecks(s, rules, opts));
    const celRules = opts.junctor ? undefined : (0, rules_1.compileRules)(s, rules);
    return (v, path, run) => {
        if (v === null) {
            if (!nullable)
                run.blockingError(path, (0, messages_1.typeInvalid)(path, v, expected));
            return;
        }
        if (typed && !(0, keywords_1.typeMatches)(type, v, intOrString)) {
            run.blockingError(path, (0, messages_1.typeInvalid)(path, v, expected));
            return;
        }
        const blockingBefore = run.blocking;
        for (const check of checks)
            check(v, path, run);
        if (celRules && run.blocking === blockingBefore)
            celRules(v, path, run);
    };
}
function enumCheck(values) {
    const isMember = (0, keywords_1.enumMember)(values);
    return (v, path, run) => {
        if (!isMember(v))
            run.blockingError(path, (0, messages_1.unsupported)(v, values));
    };
}
function fromValueChecks(checks, applies) {
    return checks.map((check) => (v, path, run) => {
        if (!applies(v))
            return;
        const message = check(v, path);
        if (message !== undefined)
            run.error(path, message);
    });
}
const isString = (v) => typeof v === 'string';
const isNumber = (v) => typeof v === 'number' || typeof v === 'bigint';
function typeSpecificChecks(s, rules, opts) {
    const checks = [];
    checks.push(...fromValueChecks((0, keywords_1.stringChecks)(s), isString));
    const maxLength = s.maxLength;
    if (maxLength !== undefined) {
        checks.push((v, path, run) => {
            if (typeof v === 'string' && v.length > maxLength && (0, keywords_1.codePointLength)(v) > maxLength)
                run.blockingError(path, (0, messages_1.tooLong)(maxLength));
        });
    }
    checks.push(...fromValueChecks((0, keywords_1.numberChecks)(s), isNumber));
    checks.push(...fromValueChecks((0, keywords_1.sizeChecks)(s), () => true));
    const { maxItems, maxProperties } = s;
    if (maxItems !== undefined) {
        checks.push((v, path, run) => {
            if (Array.isArray(v) && v.length > maxItems)
                run.blockingError(path, (0, messages_1.tooMany)(v.length, maxItems));
        });
    }
    if (maxProperties !== undefined) {
        checks.push((v, path, run) => {
            if (v === null || typeof v !== 'object' || Array.isArray(v))
                return;
            const n = Object.keys(v).length;
            if (n > maxProperties)
                run.blockingError(path, (0, messages_1.tooMany)(n, maxProperties));
        });
    }
    if (s.items)
        checks.push(itemsCheck(s, compileNode(s.items, rules, { ...opts, root: false, nullableProps: NO_NULLABLE })));
    if (s.properties || s.additionalProperties !== undefined || s.required || (s.type === 'object' && !opts.junctor)) {
        checks.push(objectCheck(s, rules, opts));
    }
    return checks;
}
function itemsCheck(s, item) {
    const listType = s['x-kubernetes-list-type'];
    const mapKeys = s['x-kubernetes-list-map-keys'] ?? [];
    return (v, path, run) => {
        if (!Array.isArray(v))
            return;
        for (let i = 0; i < v.length; i++)
            item(v[i], `${path}[${i}]`, run);
        if (listType === 'set')
            reportDuplicates(v, path, run, (x) => x);
        else if (listType === 'map' && mapKeys.length > 0)
            reportDuplicates(v, path, run, (x) => mapKeyOf(x, mapKeys));
    };
}
function mapKeyOf(item, keys) {
    if (item === null || typeof item !== 'object' || Array.isArray(item))
        return undefined;
    const key = {};
    for (const k of keys)
        key[k] = item[k];
    return key;
}
function reportDuplicates(items, path, run, keyOf) {
    const seen = new Set();
    for (let i = 0; i < items.length; i++) {
        const key = keyOf(items[i]);
        if (key === undefined)
            continue;
        const id = JSON.stringify(key);
        if (seen.has(id))
            run.error(`${path}[${i}]`, (0, messages_1.duplicate)(key));
        else
            seen.add(id);
    }
}
function objectCheck(s, rules, opts) {
    const props = new Map();
    const nullableProps = new Set();
    for (const [name, child] of Object.entries(s.properties ?? {})) {
        props.set(name, compileNode(child, rules, { junctor: opts.junctor, root: false, nullableProps: NO_NULLABLE }));
        if (child.nullable)
            nullableProps.add(name);
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
        if (v === null || typeof v !== 'object' || Array.isArray(v))
            return;
        const obj = v;
        for (const key in obj) {
            const value = obj[key];
            if (value === undefined)
                continue;
            const child = props.get(key);
            if (child) {
                // A null the schema does not allow is pruned by the API server before validation (it is "absent").
                if (value !== null || nullableProps.has(key))
                    child(value, (0, messages_1.childPath)(path, key), run);
            }
            else if (additional) {
                if (value !== null || additionalNullable)
                    additional(value, `${path}[${key}]`, run);
            }
            else if (reportUnknown && !(root && OBJECT_ENVELOPE.has(key))) {
                const where = (0, messages_1.childPath)(path, key);
                run.error(where, (0, messages_1.unknownField)(where));
            }
        }
        for (const key of required) {
            const value = obj[key];
            if (value === undefined || (value === null && !requiredNullable.has(key)))
                run.error((0, messages_1.childPath)(path, key), messages_1.REQUIRED);
        }
    };
}
function junctorChecks(s, rules, opts) {
    const checks = [];
    const ownNullable = new Set(Object.entries(s.properties ?? {}).filter(([, p]) => p.nullable).map(([k]) => k));
    const nullableProps = opts.junctor ? opts.nullableProps : ownNullable;
    if (s.oneOf) {
        const alts = s.oneOf.map((a) => (0, predicate_1.compilePredicate)(a, nullableProps));
        checks.push((v, path, run) => {
            const n = (0, predicate_1.countValid)(alts, v);
            if (n === 1)
                return;
            const found = n === 0 ? 'Found none valid' : `Found ${n} valid alternatives`;
            run.error(path, (0, messages_1.invalid)((0, messages_1.jsonTypeOf)(v), `${path} in body must validate one and only one schema (oneOf). ${found}`));
        });
    }
    if (s.anyOf && !s['x-kubernetes-int-or-string']) {
        const alts = s.anyOf.map((a) => (0, predicate_1.compilePredicate)(a, nullableProps));
        checks.push((v, path, run) => {
            if (!alts.some((a) => a(v)))
                run.error(path, (0, messages_1.invalid)((0, messages_1.jsonTypeOf)(v), `${path} in body must validate at least one schema (anyOf)`));
        });
    }
    if (s.not) {
        const not = (0, predicate_1.compilePredicate)(s.not, nullableProps);
        checks.push((v, path, run) => {
            if (not(v))
                run.error(path, (0, messages_1.invalid)((0, messages_1.jsonTypeOf)(v), `${path} in body must not validate the schema (not)`));
        });
    }
    // allOf reports its members' own errors (e.g. which nested oneOf failed), as kube-openapi merges them.
    for (const member of s.allOf ?? []) {
        checks.push(compileNode(member, rules, { junctor: true, root: false, nullableProps }));
    }
    return checks;
}
//# sourceMappingURL=compile.js.map