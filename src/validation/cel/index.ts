/**
 * CEL as the API server runs it for `x-kubernetes-validations`, plus the syntax check istiod applies to Telemetry
 * access-log filters.
 */
import type { Environment } from '@marcbachmann/cel-js';
import { celJs } from './cel-js';
import { HAS_FIELD, KUBERNETES_OVERRIDES, kubernetesEnvironment } from './environment';

/** A compiled rule: evaluate with `self` bound; throws on CEL runtime errors (no such key, bad conversion, …). */
export interface CelProgram {
  readonly expression: string;
  evaluate(self: unknown): unknown;
}

interface AstNode {
  readonly op: string;
  readonly args: unknown;
}

function isAstNode(x: unknown): x is AstNode {
  return x !== null && typeof x === 'object' && typeof (x as AstNode).op === 'string' && 'args' in (x as object);
}

/** CEL's reserved words: a property with such a name is written `__<word>__` in Kubernetes rules. */
const RESERVED_WORDS: ReadonlySet<string> = new Set([
  'true', 'false', 'null', 'in', 'as', 'break', 'const', 'continue', 'else', 'for', 'function', 'if', 'import', 'let',
  'loop', 'package', 'namespace', 'return', 'var', 'void', 'while',
]);
const ESCAPES: { readonly [token: string]: string } = { underscores: '__', dot: '.', dash: '-', slash: '/' };

/**
 * The property a field name in a Kubernetes rule reads: the API server escapes property names that are CEL reserved
 * words (`namespace` is read as `__namespace__`, as Gateway API's parentRef rules do) or hold `__`, `.`, `-` or `/`
 * (apiserver/schema/cel model: `__underscores__`, `__dot__`, `__dash__`, `__slash__`).
 */
export function unescapePropertyName(name: string): string {
  if (!name.includes('__')) return name;
  const word = /^__([a-z]+)__$/.exec(name);
  if (word && RESERVED_WORDS.has(word[1])) return word[1];
  return name.replace(/__(underscores|dot|dash|slash)__/g, (_, token: string) => ESCAPES[token]);
}

/**
 * Renames calls of built-ins whose Kubernetes semantics differ (see KUBERNETES_OVERRIDES), and unescapes property
 * names in field selections (see unescapePropertyName), in a parsed AST.
 */
function routeKubernetesOverrides(node: unknown): void {
  if (Array.isArray(node)) {
    for (const child of node) routeKubernetesOverrides(child);
    return;
  }
  if (!isAstNode(node)) return;
  const args = node.args as unknown[];
  if ((node.op === '.' || node.op === '.?') && Array.isArray(args) && typeof args[1] === 'string') {
    args[1] = unescapePropertyName(args[1]);
  }
  if ((node.op === 'call' || node.op === 'rcall') && Array.isArray(args) && typeof args[0] === 'string') {
    const replacement = KUBERNETES_OVERRIDES[args[0]];
    // cel-js resolves a call by the name stored in the node when the rule is type-checked, so renaming here is
    // enough to bind the Kubernetes implementation.
    if (replacement !== undefined) args[0] = replacement;
  }
  if (Array.isArray(args)) for (const child of args) routeKubernetesOverrides(child);
  else routeKubernetesOverrides(args);
}

/** The first line of a cel-js error (its full message repeats the expression with a caret). */
export function celErrorSummary(e: unknown): string {
  if (e instanceof Error) {
    const summary = (e as { summary?: unknown }).summary;
    return typeof summary === 'string' && summary !== '' ? summary : e.message.split('\n')[0];
  }
  return String(e);
}

/** Index just past the string literal that starts at `from` (a quote character). */
function skipString(text: string, from: number): number {
  const quote = text[from];
  let i = from + 1;
  while (i < text.length && text[i] !== quote) i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** Index just past the parenthesis that closes the one opened before `from`, skipping string literals; -1 if none. */
function closingParen(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length;) {
    const c = text[i];
    if (c === '"' || c === "'") {
      i = skipString(text, i);
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
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
export function rewriteComplexHas(expression: string): string {
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
        out += `${HAS_FIELD}(${rewriteComplexHas(field[1])}, '${field[2]}')`;
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
export function compileCel(expression: string): CelProgram {
  const first = compileInEnvironment(expression);
  if (typeof first !== 'string') return { expression, evaluate: first };
  // Rewritten only when needed: the rewrite does not know string literals that merely contain "has(".
  const rewritten = rewriteComplexHas(expression);
  const second = rewritten === expression ? first : compileInEnvironment(rewritten);
  if (typeof second !== 'string') return { expression, evaluate: second };
  throw new Error(`${first}: ${expression}`);
}

/** The evaluation function, or the reason the expression does not parse or type-check. */
function compileInEnvironment(expression: string): ((self: unknown) => unknown) | string {
  const env = kubernetesEnvironment();
  let parsed: ReturnType<Environment['parse']>;
  try {
    parsed = env.parse(expression);
  } catch (e) {
    return `CEL rule does not parse: ${celErrorSummary(e)}`;
  }
  routeKubernetesOverrides(parsed.ast);
  const checked = parsed.check();
  if (!checked.valid) return `CEL rule does not compile: ${celErrorSummary(checked.error)}`;
  return (self: unknown) => parsed({ self });
}

// istiod only parses access-log filters (Envoy's attribute names such as `response.code` are not declared), so the
// syntax check runs in an environment where every identifier is accepted.
let syntaxEnvironment: Environment | undefined;

/**
 * Whether a Telemetry `accessLogging[].filter.expression` parses as CEL: undefined when it does, otherwise a message
 * naming the position (1-based line and column) and what the parser found there.
 */
export function celSyntaxError(expression: string): string | undefined {
  syntaxEnvironment ??= new (celJs().Environment)({ unlistedVariablesAreDyn: true, homogeneousAggregateLiterals: false });
  try {
    syntaxEnvironment.parse(expression);
    return undefined;
  } catch (e) {
    const offset = e instanceof celJs().ParseError && e.range ? e.range.start : 0;
    const before = expression.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return `${JSON.stringify(expression)} is not a valid CEL expression: ${celErrorSummary(e)} at line ${line}, column ${column}`;
  }
}
