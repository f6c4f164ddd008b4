"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
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
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const perf_hooks_1 = require("perf_hooks");
const buf = __importStar(require("@bufbuild/cel"));
const ext_1 = require("@bufbuild/cel/ext");
const yaml_1 = require("yaml");
const cel_1 = require("../src/validation/cel");
const ip_1 = require("../src/validation/cel/ip");
const cel_value_1 = require("../src/validation/schema/cel-value");
const registry_1 = require("../src/validation/schema/registry");
const ROOT = path.resolve(__dirname, '..', '..');
/** Every rule and messageExpression of a schema, duplicates included (the CRDs repeat rules across versions). */
function rulesOf(s, out) {
    for (const r of s['x-kubernetes-validations'] ?? []) {
        out.push(r.rule);
        if (r.messageExpression)
            out.push(r.messageExpression);
    }
    for (const child of Object.values(s.properties ?? {}))
        rulesOf(child, out);
    if (s.items)
        rulesOf(s.items, out);
    if (typeof s.additionalProperties === 'object')
        rulesOf(s.additionalProperties, out);
}
function servedSchemas(b) {
    const out = new Map();
    for (const k of b.kinds)
        for (const v of k.versions)
            if (v.served !== false)
                out.set(`${k.group}/${v.name}/${k.kind}`, b.schemas[v.schema]);
    return out;
}
/** (rule, self) for every rule whose node holds a value in `value`. */
function samplesOf(s, value, out) {
    if (value === undefined || value === null)
        return;
    const rules = (s['x-kubernetes-validations'] ?? []).filter((r) => !/\boldSelf\b/.test(r.rule));
    if (rules.length > 0) {
        const self = (0, cel_value_1.celConverter)(s)(value);
        for (const r of rules)
            out.push({ rule: r.rule, self });
    }
    if (Array.isArray(value)) {
        if (s.items)
            for (const item of value)
                samplesOf(s.items, item, out);
        return;
    }
    if (typeof value !== 'object')
        return;
    for (const [k, v] of Object.entries(value)) {
        const child = s.properties?.[k] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
        if (child)
            samplesOf(child, v, out);
    }
}
function corpusObjects() {
    const files = [
        ...fs.readdirSync(path.join(ROOT, 'test/validation/corpus/valid')).filter((f) => f.endsWith('.yaml')).map((f) => path.join(ROOT, 'test/validation/corpus/valid', f)),
        path.join(ROOT, 'test/validation/kinds-corpus/gateway-api-valid.yaml'),
    ];
    const out = [];
    for (const f of files)
        for (const d of (0, yaml_1.parseAllDocuments)(fs.readFileSync(f, 'utf8'))) {
            const o = d.toJS();
            if (o !== null && typeof o === 'object')
                out.push(o);
        }
    return out;
}
function main() {
    const bundles = [(0, registry_1.loadBundle)(registry_1.CrdBundle.ISTIO), (0, registry_1.loadBundle)(registry_1.CrdBundle.GATEWAY_API)];
    const ruleList = [];
    const schemas = new Map();
    for (const b of bundles) {
        for (const k of b.kinds)
            for (const v of k.versions)
                rulesOf(b.schemas[v.schema], ruleList);
        for (const [k, v] of servedSchemas(b))
            schemas.set(k, v);
    }
    const samples = [];
    for (const o of corpusObjects()) {
        const { apiVersion, kind } = o;
        const schema = schemas.get(`${apiVersion}/${kind}`);
        if (schema)
            samplesOf(schema, o, samples);
    }
    const env = buf.celEnv({
        funcs: [...ext_1.strings, buf.celFunc('isIP', [buf.CelScalar.STRING], buf.CelScalar.BOOL, (s) => ip_1.KubeIp.isValid(s))],
    });
    (0, cel_1.compileCel)('self == 1');
    let t = perf_hooks_1.performance.now();
    const celJs = new Map();
    const celJsFailures = [];
    for (const r of ruleList) {
        try {
            celJs.set(r, (0, cel_1.compileCel)(r).evaluate);
        }
        catch (e) {
            celJsFailures.push(`${r}: ${e.message}`);
        }
    }
    const celJsCompileMs = perf_hooks_1.performance.now() - t;
    buf.plan(env, buf.parse('self == 1'));
    t = perf_hooks_1.performance.now();
    const bufPlans = new Map();
    const bufFailures = [];
    for (const r of ruleList) {
        try {
            bufPlans.set(r, buf.plan(env, buf.parse(r)));
        }
        catch (e) {
            bufFailures.push(`${r}: ${e.message}`);
        }
    }
    const bufCompileMs = perf_hooks_1.performance.now() - t;
    const runCelJs = (s) => {
        try {
            return celJs.get(s.rule)(s.self);
        }
        catch {
            return 'error';
        }
    };
    const runBuf = (s) => {
        const p = bufPlans.get(s.rule);
        if (!p)
            return 'error';
        const r = p({ self: s.self });
        return buf.isCelError(r) ? 'error' : r;
    };
    let agree = 0;
    const disagreements = [];
    for (const s of samples) {
        const a = runCelJs(s);
        const b = runBuf(s);
        if (a === b)
            agree++;
        else if (disagreements.length < 5)
            disagreements.push(`${s.rule} → cel-js ${String(a)}, bufbuild ${String(b)}`);
    }
    const rounds = Math.max(1, Math.ceil(200_000 / Math.max(1, samples.length)));
    const time = (fn) => {
        for (const s of samples)
            fn(s);
        const t0 = perf_hooks_1.performance.now();
        for (let i = 0; i < rounds; i++)
            for (const s of samples)
                fn(s);
        return perf_hooks_1.performance.now() - t0;
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
//# sourceMappingURL=cel-engines.js.map