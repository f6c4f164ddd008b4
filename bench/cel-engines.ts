/**
 * The CEL engine choice, measured: @marcbachmann/cel-js (with this project's Kubernetes environment, as the
 * validator runs it) against @bufbuild/cel (parse + plan, with its strings extension and the same isIP), in one
 * process on the same rules and values.
 *   node lib/bench/cel-engines.js
 * Rules: every rule and messageExpression of every listed version of the Istio 1.30.3 and Gateway API v1.5.1 CRDs
 * (362 + 283, duplicates included: each engine compiles each text as often as it appears).
 * Evaluation corpus: the value under every rule's schema node in the valid objects of the validation corpora
 * (test/validation/corpus/valid, test/validation/kinds-corpus/gateway-api-valid.yaml), converted as the validator
 * converts it. Prints one JSON line.
 */
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import * as buf from '@bufbuild/cel';
import { strings } from '@bufbuild/cel/ext';
import { parseAllDocuments } from 'yaml';
import { compileCel } from '../src/validation/cel';
import { KubeIp } from '../src/validation/cel/ip';
import { celConverter } from '../src/validation/schema/cel-value';
import { CrdBundle, loadBundle } from '../src/validation/schema/registry';
import { JsonSchema, SchemaBundle } from '../src/validation/schema/schema-types';

const ROOT = path.resolve(__dirname, '..', '..');

interface Sample { readonly rule: string; readonly self: unknown }

/** Every rule and messageExpression of a schema, duplicates included (the CRDs repeat rules across versions). */
function rulesOf(s: JsonSchema, out: string[]): void {
  for (const r of s['x-kubernetes-validations'] ?? []) {
    out.push(r.rule);
    if (r.messageExpression) out.push(r.messageExpression);
  }
  for (const child of Object.values(s.properties ?? {})) rulesOf(child, out);
  if (s.items) rulesOf(s.items, out);
  if (typeof s.additionalProperties === 'object') rulesOf(s.additionalProperties, out);
}

function servedSchemas(b: SchemaBundle): Map<string, JsonSchema> {
  const out = new Map<string, JsonSchema>();
  for (const k of b.kinds) for (const v of k.versions) if (v.served !== false) out.set(`${k.group}/${v.name}/${k.kind}`, b.schemas[v.schema]);
  return out;
}

/** (rule, self) for every rule whose node holds a value in `value`. */
function samplesOf(s: JsonSchema, value: unknown, out: Sample[]): void {
  if (value === undefined || value === null) return;
  const rules = (s['x-kubernetes-validations'] ?? []).filter((r) => !/\boldSelf\b/.test(r.rule));
  if (rules.length > 0) {
    const self = celConverter(s)(value);
    for (const r of rules) out.push({ rule: r.rule, self });
  }
  if (Array.isArray(value)) {
    if (s.items) for (const item of value) samplesOf(s.items, item, out);
    return;
  }
  if (typeof value !== 'object') return;
  for (const [k, v] of Object.entries(value as object)) {
    const child = s.properties?.[k] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
    if (child) samplesOf(child, v, out);
  }
}

function corpusObjects(): object[] {
  const files = [
    ...fs.readdirSync(path.join(ROOT, 'test/validation/corpus/valid')).filter((f) => f.endsWith('.yaml')).map((f) => path.join(ROOT, 'test/validation/corpus/valid', f)),
    path.join(ROOT, 'test/validation/kinds-corpus/gateway-api-valid.yaml'),
  ];
  const out: object[] = [];
  for (const f of files) for (const d of parseAllDocuments(fs.readFileSync(f, 'utf8'))) {
    const o = d.toJS() as unknown;
    if (o !== null && typeof o === 'object') out.push(o);
  }
  return out;
}

function main(): void {
  const bundles = [loadBundle(CrdBundle.ISTIO), loadBundle(CrdBundle.GATEWAY_API)];
  const ruleList: string[] = [];
  const schemas = new Map<string, JsonSchema>();
  for (const b of bundles) {
    for (const k of b.kinds) for (const v of k.versions) rulesOf(b.schemas[v.schema], ruleList);
    for (const [k, v] of servedSchemas(b)) schemas.set(k, v);
  }
  const samples: Sample[] = [];
  for (const o of corpusObjects()) {
    const { apiVersion, kind } = o as { apiVersion?: string; kind?: string };
    const schema = schemas.get(`${apiVersion}/${kind}`);
    if (schema) samplesOf(schema, o, samples);
  }

  const env = buf.celEnv({
    funcs: [...strings, buf.celFunc('isIP', [buf.CelScalar.STRING], buf.CelScalar.BOOL, (s: string) => KubeIp.isValid(s))],
  });

  compileCel('self == 1');
  let t = performance.now();
  const celJs = new Map<string, (self: unknown) => unknown>();
  const celJsFailures: string[] = [];
  for (const r of ruleList) {
    try {
      celJs.set(r, compileCel(r).evaluate);
    } catch (e) {
      celJsFailures.push(`${r}: ${(e as Error).message}`);
    }
  }
  const celJsCompileMs = performance.now() - t;

  buf.plan(env, buf.parse('self == 1'));
  t = performance.now();
  const bufPlans = new Map<string, (ctx: { self: unknown }) => unknown>();
  const bufFailures: string[] = [];
  for (const r of ruleList) {
    try {
      bufPlans.set(r, buf.plan(env, buf.parse(r)) as (ctx: { self: unknown }) => unknown);
    } catch (e) {
      bufFailures.push(`${r}: ${(e as Error).message}`);
    }
  }
  const bufCompileMs = performance.now() - t;

  const runCelJs = (s: Sample): unknown => {
    try {
      return celJs.get(s.rule)!(s.self);
    } catch {
      return 'error';
    }
  };
  const runBuf = (s: Sample): unknown => {
    const p = bufPlans.get(s.rule);
    if (!p) return 'error';
    const r = p({ self: s.self as buf.CelInput });
    return buf.isCelError(r) ? 'error' : r;
  };
  let agree = 0;
  const disagreements: string[] = [];
  for (const s of samples) {
    const a = runCelJs(s);
    const b = runBuf(s);
    if (a === b) agree++;
    else if (disagreements.length < 5) disagreements.push(`${s.rule} → cel-js ${String(a)}, bufbuild ${String(b)}`);
  }
  const rounds = Math.max(1, Math.ceil(200_000 / Math.max(1, samples.length)));
  const time = (fn: (s: Sample) => unknown): number => {
    for (const s of samples) fn(s);
    const t0 = performance.now();
    for (let i = 0; i < rounds; i++) for (const s of samples) fn(s);
    return performance.now() - t0;
  };
  const celJsEvalMs = time(runCelJs);
  const bufEvalMs = time(runBuf);
  const evaluations = rounds * samples.length;
  process.stdout.write(`${JSON.stringify({
    rules: ruleList.length,
    distinctRules: new Set(ruleList).size,
    celJs: { compileMs: celJsCompileMs, compileFailures: celJsFailures.length, evaluationsPerSecond: (evaluations / celJsEvalMs) * 1000 },
    bufbuild: { compileMs: bufCompileMs, compileFailures: bufFailures.length, evaluationsPerSecond: (evaluations / bufEvalMs) * 1000 },
    compileRatioBufOverCelJs: bufCompileMs / celJsCompileMs,
    evaluationRatioCelJsOverBuf: bufEvalMs / celJsEvalMs,
    samples: samples.length,
    distinctRulesEvaluated: new Set(samples.map((s) => s.rule)).size,
    sameResult: agree,
    disagreements,
  })}\n`);
}

main();
