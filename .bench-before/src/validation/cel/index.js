"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.celErrorSummary = celErrorSummary;
exports.rewriteComplexHas = rewriteComplexHas;
exports.compileCel = compileCel;
exports.celSyntaxError = celSyntaxError;
const cel_js_1 = require("./cel-js");
const environment_1 = require("./environment");
function isAstNode(x) {
    return x !== null && typeof x === 'object' && typeof x.op === 'string' && 'args' in x;
}
/** Renames calls of built-ins whose Kubernetes semantics differ (see KUBERNETES_OVERRIDES) in a parsed AST. */
function routeKubernetesOverrides(node) {
    if (Array.isArray(node)) {
        for (const child of node)
            routeKubernetesOverrides(child);
        return;
    }
    if (!isAstNode(node))
        return;
    const args = node.args;
    if ((node.op === 'call' || node.op === 'rcall') && Array.isArray(args) && typeof args[0] === 'string') {
        const replacement = environment_1.KUBERNETES_OVERRIDES[args[0]];
        // cel-js resolves a call by the name stored in the node when the rule is type-checked, so renaming here is
        // enough to bind the Kubernetes implementation.
        if (replacement !== undefined)
            args[0] = replacement;
    }
    if (Array.isArray(args))
        for (const child of args)
            routeKubernetesOverrides(child);
    else
        routeKubernetesOverrides(args);
}
/** The first line of a cel-js error (its full message repeats the expression with a caret). */
function celErrorSummary(e) {
    if (e instanceof Error) {
        const summary = e.summary;
        return typeof summary === 'string' && summary !== '' ? summary : e.message.split('\n')[0];
    }
    return String(e);
}
/** Index just past the string literal that starts at `from` (a quote character). */
function skipString(text, from) {
    const quote = text[from];
    let i = from + 1;
    while (i < text.length && text[i] !== quote)
        i += text[i] === '\\' ? 2 : 1;
    return i + 1;
}
/** Index just past the parenthesis that closes the one opened before `from`, skipping string literals; -1 if none. */
function closingParen(text, from) {
    let depth = 1;
    for (let i = from; i < text.length;) {
        const c = text[i];
        if (c === '"' || c === "'") {
            i = skipString(text, i);
            continue;
        }
        if (c === '(')
            depth++;
        else if (c === ')' && --depth === 0)
            return i + 1;
        i++;
    }
    return -1;
}
const HAS_CALL = /has\(/y;
const LAST_FIELD = /^([\s\S]*)\.\s*([A-Za-z_][A-Za-z0-9_]*)\s*$/;
/**
 * cel-js only parses `has()` on a plain selection chain (`has(a.b.c)`); cel-go also takes any expression before
 * the last field (`has(self[0].matches)`). Such calls become `kubernetes_has_field(<expression>, '<field>')`;
 * string literals are left alone.
 */
function rewriteComplexHas(expression) {
    let out = '';
    let i = 0;
    while (i < expression.length) {
        const c = expression[i];
        if (c === '"' || c === "'") {
            const end = skipString(expression, i);
            out += expression.slice(i, end);
            i = end;
            continue;
        }
        HAS_CALL.lastIndex = i;
        const atWordStart = i === 0 || !/[A-Za-z0-9_.]/.test(expression[i - 1]);
        if (atWordStart && HAS_CALL.test(expression)) {
            const open = i + 4;
            const end = closingParen(expression, open);
            const field = end < 0 ? null : LAST_FIELD.exec(expression.slice(open, end - 1));
            if (field && /[[(]/.test(field[1])) {
                out += `${environment_1.HAS_FIELD}(${rewriteComplexHas(field[1])}, '${field[2]}')`;
                i = end;
                continue;
            }
        }
        out += c;
        i++;
    }
    return out;
}
/**
 * Compiles a rule in the Kubernetes environment (`self`, and `oldSelf` for transition rules). Throws an Error
 * naming the rule when it does not parse or type-check.
 */
function compileCel(expression) {
    const first = compileInEnvironment(expression);
    if (typeof first !== 'string')
        return { expression, evaluate: first };
    // Rewritten only when needed: the rewrite does not know string literals that merely contain "has(".
    const rewritten = rewriteComplexHas(expression);
    const second = rewritten === expression ? first : compileInEnvironment(rewritten);
    if (typeof second !== 'string')
        return { expression, evaluate: second };
    throw new Error(`${first}: ${expression}`);
}
/** The evaluation function, or the reason the expression does not parse or type-check. */
function compileInEnvironment(expression) {
    const env = (0, environment_1.kubernetesEnvironment)();
    let parsed;
    try {
        parsed = env.parse(expression);
    }
    catch (e) {
        return `CEL rule does not parse: ${celErrorSummary(e)}`;
    }
    routeKubernetesOverrides(parsed.ast);
    const checked = parsed.check();
    if (!checked.valid)
        return `CEL rule does not compile: ${celErrorSummary(checked.error)}`;
    return (self) => parsed({ self });
}
// istiod only parses access-log filters (Envoy's attribute names such as `response.code` are not declared), so the
// syntax check runs in an environment where every identifier is accepted.
let syntaxEnvironment;
/**
 * Whether a Telemetry `accessLogging[].filter.expression` parses as CEL: undefined when it does, otherwise a message
 * naming the position (1-based line and column) and what the parser found there.
 */
function celSyntaxError(expression) {
    syntaxEnvironment ??= new ((0, cel_js_1.celJs)().Environment)({ unlistedVariablesAreDyn: true, homogeneousAggregateLiterals: false });
    try {
        syntaxEnvironment.parse(expression);
        return undefined;
    }
    catch (e) {
        const offset = e instanceof (0, cel_js_1.celJs)().ParseError && e.range ? e.range.start : 0;
        const before = expression.slice(0, offset);
        const line = before.split('\n').length;
        const column = offset - before.lastIndexOf('\n');
        return `${JSON.stringify(expression)} is not a valid CEL expression: ${celErrorSummary(e)} at line ${line}, column ${column}`;
    }
}
//# sourceMappingURL=index.js.map