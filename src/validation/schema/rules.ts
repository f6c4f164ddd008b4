/**
 * `x-kubernetes-validations` rules of one schema node, evaluated as apiextensions-apiserver does: `self` bound to the
 * node's value (typed by the schema), `message` / `messageExpression` / `fieldPath` / `reason` honoured, runtime
 * errors reported as "<error> evaluating rule: <message>". Rules that use `oldSelf` are transition rules: there is
 * no old object when validating a manifest, so they are skipped like the API server skips them on create.
 */
import { CelProgram, celErrorSummary, compileCel } from '../cel';
import { CelConverter, celConverter } from './cel-value';
import { jsonTypeOf } from './messages';
import { SchemaRun, Validator } from './run';
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
  readonly program: CelProgram;
  readonly messageProgram?: CelProgram;
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
  return (value, path, run) => {
    if (value === null || value === undefined) return;
    const self = toCel(value);
    const typeName = declaredType ?? jsonTypeOf(value);
    for (const rule of rules) evaluateRule(rule, self, typeName, path, run);
  };
}

function compileRule(rule: ValidationRule, compiler: RuleCompiler): CompiledRule | undefined {
  if (TRANSITION_RULE.test(rule.rule)) return undefined;
  const program = compiler.program(rule.rule);
  if (!program) return undefined;
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

function evaluateRule(rule: CompiledRule, self: unknown, typeName: string, path: string, run: SchemaRun): void {
  let result: unknown;
  try {
    result = rule.program.evaluate(self);
  } catch (e) {
    run.error(path, `Invalid value: ${JSON.stringify(typeName)}: ${celErrorSummary(e)} evaluating rule: ${rule.label}`);
    return;
  }
  if (result === true) return;
  const where = rule.fieldPath === '' ? path : path + fieldSuffix(path, rule.fieldPath);
  run.error(where, prefix(rule.reason, typeName) + messageFor(rule, self));
}

function fieldSuffix(path: string, fieldPath: string): string {
  if (fieldPath.startsWith('[')) return fieldPath;
  const step = fieldPath.startsWith('.') ? fieldPath.slice(1) : fieldPath;
  return path === '' ? step : `.${step}`;
}

function messageFor(rule: CompiledRule, self: unknown): string {
  if (rule.messageProgram) {
    try {
      const m = rule.messageProgram.evaluate(self);
      // The API server ignores a messageExpression result that is empty or spans lines.
      if (typeof m === 'string' && m.trim() !== '' && !m.includes('\n')) return m.trim();
    } catch {
      // A failing messageExpression falls back to the static message, as in the API server.
    }
  }
  return rule.fallbackMessage;
}
