/**
 * `x-kubernetes-validations` rules of one schema node, evaluated as apiextensions-apiserver does: `self` bound to the
 * node's value (typed by the schema), `message` / `messageExpression` / `fieldPath` / `reason` honoured, runtime
 * errors reported as "<error> evaluating rule: <message>". Rules that use `oldSelf` are transition rules: there is
 * no old object when validating a manifest, so they are skipped like the API server skips them on create.
 */
import { CelProgram, celErrorSummary, compileCel } from '../cel';
import { NativeRule, nativeRule } from '../cel/native-rules';
import { CelConverter, celConverter } from './cel-value';
import { jsonTypeOf } from './messages';
import { RuleMemo, RuleOutcome, smallJsonKey } from './rule-memo';
import { Validator } from './run';
import { JsonSchema, ValidationRule } from './schema-types';

/** A rule of the bundle that did not compile, with the reason (kept for the test that requires there be none). */
export interface RuleCompileFailure {
  readonly rule: string;
  readonly error: string;
}

/** Shared across every schema so each distinct rule text is compiled once. */
export class RuleCompiler {
  public readonly failures: RuleCompileFailure[] = [];
  private readonly programs = new Map<string, CelProgram | null>();

  public program(expression: string): CelProgram | undefined {
    let p = this.programs.get(expression);
    if (p === undefined) {
      try {
        p = compileCel(expression);
      } catch (e) {
        p = null;
        this.failures.push({ rule: expression, error: e instanceof Error ? e.message : String(e) });
      }
      this.programs.set(expression, p);
    }
    return p ?? undefined;
  }
}

interface CompiledRule {
  /** The rule in plain JavaScript, for the common texts that have one (cel/native-rules.ts). */
  readonly native: NativeRule | undefined;
  /** The CEL program, compiled on first need (undefined if it does not compile). */
  readonly program: () => CelProgram | undefined;
  readonly messageProgram: () => CelProgram | undefined;
  /** The message when the rule is false (message, else "failed rule: <rule>"). */
  readonly fallbackMessage: string;
  /** How runtime errors name the rule (message, else the rule text). */
  readonly label: string;
  readonly fieldPath: string;
  readonly reason?: string;
}

const TRANSITION_RULE = /\boldSelf\b/;

function normaliseFieldPath(fieldPath: string | undefined): string {
  if (!fieldPath) return '';
  // `.spec.foo` and `.foo['bar.baz']`: property steps become `.name`, quoted keys become `[key]`.
  return fieldPath.replace(/\['([^']*)'\]/g, '[$1]');
}

function prefix(reason: string | undefined, typeName: string): string {
  switch (reason) {
    case 'FieldValueRequired': return 'Required value: ';
    case 'FieldValueForbidden': return 'Forbidden: ';
    case 'FieldValueDuplicate': return `Duplicate value: ${JSON.stringify(typeName)}: `;
    default: return `Invalid value: ${JSON.stringify(typeName)}: `;
  }
}

let shortcuts = true;

/**
 * Turns the plain-JavaScript rules and the remembered outcomes off (every rule then runs in CEL on every value) or
 * back on: the equivalence test compares both. @internal
 */
export function useRuleShortcuts(on: boolean): void {
  shortcuts = on;
}

/** Compiles a node's rules into one check; undefined when the node has none (or only transition rules). */
export function compileRules(schema: JsonSchema, compiler: RuleCompiler): Validator | undefined {
  const rules: CompiledRule[] = [];
  for (const rule of schema['x-kubernetes-validations'] ?? []) {
    const compiled = compileRule(rule, compiler);
    if (compiled) rules.push(compiled);
  }
  if (rules.length === 0) return undefined;
  const toCel: CelConverter = celConverter(schema);
  const declaredType = schema.type;
  const evaluateAll = (value: unknown): RuleOutcome[] => {
    const self = toCel(value);
    const typeName = declaredType ?? jsonTypeOf(value);
    const outcomes: RuleOutcome[] = [];
    for (const rule of rules) {
      const outcome = evaluateRule(rule, self, typeName);
      if (outcome) outcomes.push(outcome);
    }
    return outcomes;
  };
  // Nodes whose rules all run in plain JavaScript are cheaper to evaluate than to key.
  const memo = rules.some((r) => r.native === undefined) ? new RuleMemo() : undefined;
  return (value, path, run) => {
    if (value === null || value === undefined) return;
    const key = memo?.active && shortcuts ? smallJsonKey(value) : undefined;
    let outcomes = key === undefined ? undefined : memo!.get(key);
    if (outcomes === undefined) {
      outcomes = evaluateAll(value);
      if (key !== undefined) memo!.set(key, outcomes);
    }
    for (const o of outcomes) run.error(o.fieldPath === '' ? path : path + fieldSuffix(path, o.fieldPath), o.message);
  };
}

/**
 * A rule ready to run. Its CEL is compiled when first evaluated (rules with a plain-JavaScript version, and rules at
 * values an input never has, may never need the engine), so a rule that does not compile is found then: it is
 * recorded in the compiler's failures, which the schema layer reports as a warning.
 */
function compileRule(rule: ValidationRule, compiler: RuleCompiler): CompiledRule | undefined {
  if (TRANSITION_RULE.test(rule.rule)) return undefined;
  const message = rule.message?.trim();
  const messageExpression = rule.messageExpression;
  return {
    native: nativeRule(rule.rule),
    program: () => compiler.program(rule.rule),
    messageProgram: () => (messageExpression ? compiler.program(messageExpression) : undefined),
    fallbackMessage: message ? message : `failed rule: ${rule.rule.trim()}`,
    label: message ? message : rule.rule.trim(),
    fieldPath: normaliseFieldPath(rule.fieldPath),
    reason: rule.reason,
  };
}

/** What a failed rule reports (undefined when it holds, or when its CEL does not compile). */
function evaluateRule(rule: CompiledRule, self: unknown, typeName: string): RuleOutcome | undefined {
  let result: unknown = shortcuts ? rule.native?.(self) : undefined;
  if (result === undefined) {
    const program = rule.program();
    if (!program) return undefined;
    try {
      result = program.evaluate(self);
    } catch (e) {
      return { fieldPath: '', message: `Invalid value: ${JSON.stringify(typeName)}: ${celErrorSummary(e)} evaluating rule: ${rule.label}` };
    }
  }
  if (result === true) return undefined;
  return { fieldPath: rule.fieldPath, message: prefix(rule.reason, typeName) + messageFor(rule, self) };
}

function fieldSuffix(path: string, fieldPath: string): string {
  if (fieldPath.startsWith('[')) return fieldPath;
  const step = fieldPath.startsWith('.') ? fieldPath.slice(1) : fieldPath;
  return path === '' ? step : `.${step}`;
}

function messageFor(rule: CompiledRule, self: unknown): string {
  const messageProgram = rule.messageProgram();
  if (messageProgram) {
    try {
      const m = messageProgram.evaluate(self);
      // The API server ignores a messageExpression result that is empty or spans lines.
      if (typeof m === 'string' && m.trim() !== '' && !m.includes('\n')) return m.trim();
    } catch {
      // A failing messageExpression falls back to the static message, as in the API server.
    }
  }
  return rule.fallbackMessage;
}
