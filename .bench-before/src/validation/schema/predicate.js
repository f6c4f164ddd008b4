"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.compilePredicate = compilePredicate;
exports.junctorPredicates = junctorPredicates;
exports.countValid = countValid;
/**
 * Schemas inside oneOf / anyOf / not are evaluated as yes/no questions (the API server reports only that the
 * junctor failed). In Istio's CRDs they are value-only schemas such as `{required: ["exact"]}`.
 */
const keywords_1 = require("./keywords");
const plain_json_1 = require("../util/plain-json");
/**
 * @param nullableProps properties of the enclosing object whose null values count as present (others are pruned
 *   by the API server before validation, so `required` does not see them)
 */
function compilePredicate(s, nullableProps) {
    const tests = [];
    const intOrString = s['x-kubernetes-int-or-string'] === true;
    if (s.type !== undefined || intOrString)
        tests.push((v) => (0, keywords_1.typeMatches)(s.type, v, intOrString));
    if (s.enum)
        tests.push((0, keywords_1.enumMember)(s.enum));
    const valueChecks = [...(0, keywords_1.sizeChecks)(s)];
    const strings = (0, keywords_1.stringChecks)(s);
    const numbers = (0, keywords_1.numberChecks)(s);
    const maxLength = s.maxLength;
    if (strings.length > 0 || maxLength !== undefined) {
        tests.push((v) => typeof v !== 'string' || ((maxLength === undefined || (0, keywords_1.codePointLength)(v) <= maxLength) && strings.every((c) => c(v, '') === undefined)));
    }
    if (numbers.length > 0)
        tests.push((v) => typeof v !== 'number' || numbers.every((c) => c(v, '') === undefined));
    if (valueChecks.length > 0)
        tests.push((v) => valueChecks.every((c) => c(v, '') === undefined));
    const { maxItems, maxProperties } = s;
    if (maxItems !== undefined)
        tests.push((v) => !Array.isArray(v) || v.length <= maxItems);
    if (maxProperties !== undefined)
        tests.push((v) => !(0, plain_json_1.isObj)(v) || Object.keys(v).length <= maxProperties);
    const required = s.required ?? [];
    if (required.length > 0) {
        tests.push((v) => !(0, plain_json_1.isObj)(v) || required.every((k) => v[k] !== undefined && (v[k] !== null || nullableProps.has(k))));
    }
    const props = Object.entries(s.properties ?? {});
    if (props.length > 0) {
        const ownNullable = new Set(props.filter(([, p]) => p.nullable).map(([k]) => k));
        const children = props.map(([k, p]) => [k, compilePredicate(p, ownNullable)]);
        tests.push((v) => !(0, plain_json_1.isObj)(v) || children.every(([k, test]) => v[k] === undefined || (v[k] === null && !ownNullable.has(k)) || test(v[k])));
    }
    if (s.items) {
        const item = compilePredicate(s.items, new Set());
        tests.push((v) => !Array.isArray(v) || v.every(item));
    }
    if (typeof s.additionalProperties === 'object') {
        const value = compilePredicate(s.additionalProperties, new Set());
        tests.push((v) => !(0, plain_json_1.isObj)(v) || Object.values(v).every((x) => x === null || value(x)));
    }
    tests.push(...junctorPredicates(s, nullableProps));
    return (v) => tests.every((t) => t(v));
}
/** oneOf / anyOf / allOf / not of a schema node as predicates over the node's value. */
function junctorPredicates(s, nullableProps) {
    const out = [];
    if (s.oneOf)
        out.push(oneOfPredicate(s.oneOf, nullableProps));
    if (s.anyOf) {
        const alts = s.anyOf.map((a) => compilePredicate(a, nullableProps));
        out.push((v) => alts.some((a) => a(v)));
    }
    if (s.allOf) {
        const all = s.allOf.map((a) => compilePredicate(a, nullableProps));
        out.push((v) => all.every((a) => a(v)));
    }
    if (s.not) {
        const not = compilePredicate(s.not, nullableProps);
        out.push((v) => !not(v));
    }
    return out;
}
/** Number of alternatives a value satisfies, for oneOf's "Found none valid" / "Found 2 valid alternatives". */
function countValid(alternatives, v) {
    let n = 0;
    for (const a of alternatives)
        if (a(v))
            n++;
    return n;
}
function oneOfPredicate(alternatives, nullableProps) {
    const alts = alternatives.map((a) => compilePredicate(a, nullableProps));
    return (v) => countValid(alts, v) === 1;
}
//# sourceMappingURL=predicate.js.map