"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RuleCompiler = void 0;
exports.compileRules = compileRules;
/**
 * `x-kubernetes-validations` rules of one schema node, evaluated as apiextensions-apiserver does: `self` bound to the
 * node's value (typed by the schema), `message` / `messageExpression` / `fieldPath` / `reason` honoured, runtime
 * errors reported as "<error> evaluating rule: <message>". Rules that use `oldSelf` are transition rules: there is
 * no old object when validating a manifest, so they are skipped like the API server skips them on create.
 */
const cel_1 = require("../cel");
const cel_value_1 = require("./cel-value");
const messages_1 = require("./messages");
/** Shared across every schema so each distinct rule text is compiled once. */
class RuleCompiler {
    failures = [];
    programs = new Map();
    program(expression) {
        let p = this.programs.get(expression);
        if (p === undefined) {
            try {
                p = (0, cel_1.compileCel)(expression);
            }
            catch (e) {
                p = null;
                this.failures.push({ rule: expression, error: e instanceof Error ? e.message : String(e) });
            }
            this.programs.set(expression, p);
        }
        return p ?? undefined;
    }
}
exports.RuleCompiler = RuleCompiler;
const TRANSITION_RULE = /\boldSelf\b/;
function normaliseFieldPath(fieldPath) {
    if (!fieldPath)
        return '';
    // `.spec.foo` and `.foo['bar.baz']`: property steps become `.name`, quoted keys become `[key]`.
    return fieldPath.replace(/\['([^']*)'\]/g, '[$1]');
}
function prefix(reason, typeName) {
    switch (reason) {
        case 'FieldValueRequired': return 'Required value: ';
        case 'FieldValueForbidden': return 'Forbidden: ';
        case 'FieldValueDuplicate': return `Duplicate value: ${JSON.stringify(typeName)}: `;
        default: return `Invalid value: ${JSON.stringify(typeName)}: `;
    }
}
/** Compiles a node's rules into one check; undefined when the node has none (or only transition rules). */
function compileRules(schema, compiler) {
    const rules = [];
    for (const rule of schema['x-kubernetes-validations'] ?? []) {
        const compiled = compileRule(rule, compiler);
        if (compiled)
            rules.push(compiled);
    }
    if (rules.length === 0)
        return undefined;
    const toCel = (0, cel_value_1.celConverter)(schema);
    const declaredType = schema.type;
    return (value, path, run) => {
        if (value === null || value === undefined)
            return;
        const self = toCel(value);
        const typeName = declaredType ?? (0, messages_1.jsonTypeOf)(value);
        for (const rule of rules)
            evaluateRule(rule, self, typeName, path, run);
    };
}
function compileRule(rule, compiler) {
    if (TRANSITION_RULE.test(rule.rule))
        return undefined;
    const program = compiler.program(rule.rule);
    if (!program)
        return undefined;
    const message = rule.message?.trim();
    const messageProgram = rule.messageExpression ? compiler.program(rule.messageExpression) : undefined;
    return {
        program,
        messageProgram,
        fallbackMessage: message ? message : `failed rule: ${rule.rule.trim()}`,
        label: message ? message : rule.rule.trim(),
        fieldPath: normaliseFieldPath(rule.fieldPath),
        reason: rule.reason,
    };
}
function evaluateRule(rule, self, typeName, path, run) {
    let result;
    try {
        result = rule.program.evaluate(self);
    }
    catch (e) {
        run.error(path, `Invalid value: ${JSON.stringify(typeName)}: ${(0, cel_1.celErrorSummary)(e)} evaluating rule: ${rule.label}`);
        return;
    }
    if (result === true)
        return;
    const where = rule.fieldPath === '' ? path : path + fieldSuffix(path, rule.fieldPath);
    run.error(where, prefix(rule.reason, typeName) + messageFor(rule, self));
}
function fieldSuffix(path, fieldPath) {
    if (fieldPath.startsWith('['))
        return fieldPath;
    const step = fieldPath.startsWith('.') ? fieldPath.slice(1) : fieldPath;
    return path === '' ? step : `.${step}`;
}
function messageFor(rule, self) {
    if (rule.messageProgram) {
        try {
            const m = rule.messageProgram.evaluate(self);
            // The API server ignores a messageExpression result that is empty or spans lines.
            if (typeof m === 'string' && m.trim() !== '' && !m.includes('\n'))
                return m.trim();
        }
        catch {
            // A failing messageExpression falls back to the static message, as in the API server.
        }
    }
    return rule.fallbackMessage;
}
//# sourceMappingURL=rules.js.map