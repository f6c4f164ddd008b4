/**
 * CEL as the API server runs it for `x-kubernetes-validations`, plus the syntax check istiod applies to Telemetry
 * access-log filters.
 */
import type { Environment } from '@marcbachmann/cel-js';
import { celJs } from './cel-js';
import { KUBERNETES_OVERRIDES, kubernetesEnvironment } from './environment';

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

/** Renames calls of built-ins whose Kubernetes semantics differ (see KUBERNETES_OVERRIDES) in a parsed AST. */
function routeKubernetesOverrides(node: unknown): void {
  if (Array.isArray(node)) {
    for (const child of node) routeKubernetesOverrides(child);
    return;
  }
  if (!isAstNode(node)) return;
  const args = node.args as unknown[];
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

/**
 * Compiles a rule in the Kubernetes environment (`self` is the only variable). Throws an Error naming the rule
 * when it does not parse or type-check.
 */
export function compileCel(expression: string): CelProgram {
  const env = kubernetesEnvironment();
  let parsed: ReturnType<Environment['parse']>;
  try {
    parsed = env.parse(expression);
  } catch (e) {
    throw new Error(`CEL rule does not parse: ${celErrorSummary(e)}: ${expression}`);
  }
  routeKubernetesOverrides(parsed.ast);
  const checked = parsed.check();
  if (!checked.valid) throw new Error(`CEL rule does not compile: ${celErrorSummary(checked.error)}: ${expression}`);
  return { expression, evaluate: (self: unknown) => parsed({ self }) };
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
