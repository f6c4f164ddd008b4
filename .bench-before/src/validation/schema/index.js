"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateSchema = validateSchema;
exports.validateAgainst = validateAgainst;
/**
 * The schema layer: what the Kubernetes API server checks when a custom resource is applied — the CRD's structural
 * OpenAPI schema, its CEL rules, ObjectMeta, and that apiVersion/kind are served by the CRDs.
 */
const finding_1 = require("../finding");
const finding_collector_1 = require("../finding-collector");
const istio_kinds_1 = require("../istio-kinds");
const cel_value_1 = require("./cel-value");
const metadata_1 = require("./metadata");
const registry_1 = require("./registry");
const run_1 = require("./run");
/** Validates one Istio object against Istio's CRD bundle; [] for objects outside Istio's API groups. */
function validateSchema(obj) {
    return validateAgainst((0, registry_1.schemaRegistry)(), obj);
}
/**
 * Validates one object against a registry's schemas; [] for objects outside the registry's API groups. `code` names
 * the findings (Istio's IST0106 unless a family has its own); `nameRule` is the kind's rule for metadata.name
 * (custom resources: DNS-1123 subdomain).
 */
function validateAgainst(registry, obj, code = finding_1.SCHEMA_VALIDATION_ERROR, nameRule) {
    const o = obj;
    if (typeof o.apiVersion !== 'string')
        return [];
    const apiVersion = o.apiVersion;
    const group = (0, istio_kinds_1.apiGroupOf)(apiVersion);
    const known = registry.kindsByGroup.get(group);
    if (!known)
        return [];
    const out = new finding_collector_1.FindingCollector((0, finding_1.objectRef)(obj), finding_1.Layer.SCHEMA);
    const run = new run_1.SchemaRun(out, code);
    const version = group === '' ? apiVersion : apiVersion.slice(group.length + 1);
    const kind = typeof o.kind === 'string' ? o.kind : '';
    const entry = registry.kinds.get(`${group}/${kind}`);
    if (!entry) {
        const shown = kind === '' ? 'Required value' : `Unsupported value: ${JSON.stringify(kind)}`;
        run.error('kind', `${shown}: supported kinds in ${group}: ${known.map((k) => JSON.stringify(k)).join(', ')}`);
        return out.findings;
    }
    const validator = entry.versions.get(version);
    if (!validator) {
        const served = [...entry.versions.keys()].map((v) => JSON.stringify(`${group}/${v}`)).join(', ');
        const listed = entry.unserved.has(version) ? ' (the CRD lists this version but does not serve it)' : '';
        run.error('apiVersion', `Unsupported value: ${JSON.stringify(apiVersion)}: ${kind} is served as ${served}${listed}`);
        return out.findings;
    }
    (0, metadata_1.validateMetadata)(o, run, nameRule);
    (0, cel_value_1.startConversions)();
    validator(obj, '', run);
    if (registry.ruleFailures.length > 0) {
        // Only when the CEL engine cannot load (or a rule uses a function this project lacks): say so rather than
        // pretend the rules passed.
        const first = registry.ruleFailures[0];
        out.warning(finding_1.SCHEMA_WARNING, '', `${registry.ruleFailures.length} CEL rules of ${registry.title} could not be compiled and were not checked: ${first.error}`);
    }
    return out.findings;
}
//# sourceMappingURL=index.js.map