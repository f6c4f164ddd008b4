"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.analyzeProxyConfig = analyzeProxyConfig;
/**
 * MeshConfig / ProxyConfig field names (CDK8SISTIO-006..009): in `proxy.istio.io/config` pod annotations, in
 * IstioOperator `spec.meshConfig` (+ `defaultConfig`) and in the `istio` mesh ConfigMap.
 */
const istio_names_1 = require("../util/istio-names");
const lazy_modules_1 = require("../util/lazy-modules");
const codes_1 = require("./codes");
const config_fields_1 = require("./config-fields");
const annotations_1 = require("./annotations");
const resource_1 = require("./resource");
const workloads_1 = require("./workloads");
// Environment variable names are UPPER_SNAKE; a camelCase key reads like a setting name that nothing consumes.
const CAMEL_CASE = /^[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*$/;
function analyzeProxyConfig(model, out) {
    // Many workloads share one fragment: parse each distinct text once.
    const parsedFragments = new Map();
    for (const w of model.workloads) {
        const value = w.annotations[istio_names_1.PROXY_CONFIG_ANNOTATION];
        if (value === undefined)
            continue;
        const path = (0, annotations_1.annotationPath)((0, workloads_1.podMetadataPath)(w), istio_names_1.PROXY_CONFIG_ANNOTATION);
        let parsed = parsedFragments.get(value);
        if (parsed === undefined)
            parsedFragments.set(value, parsed = parseFragment(value));
        if (typeof parsed === 'string') {
            out.push(w.res.finding(codes_1.INVALID_PROXY_CONFIG_ANNOTATION, path, `${parsed}; the injector rejects the pod. Write a YAML or JSON map of ProxyConfig fields, e.g. ` +
                '`{"fileFlushInterval": "1s"}`'));
            continue;
        }
        checkProxyConfig(w.res, path, parsed, out);
    }
    for (const { res, path, meshConfig } of model.meshConfigSources) {
        for (const key in meshConfig) {
            if (config_fields_1.MESH_CONFIG_FIELDS.has(key))
                continue;
            const hint = config_fields_1.MISPLACED_MESH_FIELDS.get(key) ?? suggestion(key, config_fields_1.MESH_CONFIG_FIELDS);
            out.push(res.finding(codes_1.UNKNOWN_MESH_CONFIG_FIELD, `${path}.${key}`, `"${key}" is not a MeshConfig field and Istio ignores it silently; ${hint}`));
        }
        if (meshConfig.defaultConfig !== undefined) {
            checkProxyConfig(res, `${path}.defaultConfig`, (0, resource_1.asObject)(meshConfig.defaultConfig), out);
        }
    }
}
function parseFragment(value) {
    let parsed;
    try {
        // Most fragments are JSON (what this library renders), and JSON.parse is far cheaper than a YAML parser.
        parsed = looksLikeJson(value) ? parseJsonOrYaml(value) : (0, lazy_modules_1.parseYamlText)(value);
    }
    catch (e) {
        return `${istio_names_1.PROXY_CONFIG_ANNOTATION} is not valid YAML/JSON (${e.message.split('\n')[0]})`;
    }
    if (parsed === null || parsed === undefined)
        return {};
    if (typeof parsed !== 'object' || Array.isArray(parsed)) {
        return `${istio_names_1.PROXY_CONFIG_ANNOTATION} must be a map of ProxyConfig fields, not ${JSON.stringify(parsed)}`;
    }
    return parsed;
}
function looksLikeJson(value) {
    const first = value.trimStart()[0];
    return first === '{' || first === '[';
}
function parseJsonOrYaml(value) {
    try {
        return JSON.parse(value);
    }
    catch {
        return (0, lazy_modules_1.parseYamlText)(value);
    }
}
function checkProxyConfig(res, path, config, out) {
    for (const key in config) {
        if (config_fields_1.PROXY_CONFIG_FIELDS.has(key))
            continue;
        const fake = config_fields_1.FAKE_PROXY_METADATA.get(key.toLowerCase());
        const hint = fake ? `use ${fake}` : suggestion(key, config_fields_1.PROXY_CONFIG_FIELDS);
        out.push(res.finding(codes_1.UNKNOWN_PROXY_CONFIG_FIELD, `${path}.${key}`, `"${key}" is not a ProxyConfig field and Istio ignores it silently; ${hint}`));
    }
    const metadata = (0, resource_1.asObject)(config.proxyMetadata);
    for (const key in metadata) {
        const fake = config_fields_1.FAKE_PROXY_METADATA.get(key.toLowerCase());
        if (fake) {
            out.push(res.finding(codes_1.INEFFECTIVE_PROXY_METADATA, `${path}.proxyMetadata.${key}`, `proxyMetadata "${key}" only becomes an environment variable of the proxy and no Istio release reads it, ` +
                `so access logs stay unbuffered as before; use ${fake}`));
        }
        else if (CAMEL_CASE.test(key)) {
            out.push(res.finding(codes_1.INEFFECTIVE_PROXY_METADATA, `${path}.proxyMetadata.${key}`, `proxyMetadata "${key}" only becomes an environment variable of the proxy, and Istio's variables are ` +
                'UPPER_SNAKE_CASE: nothing reads this one; if it is meant as a ProxyConfig setting, set it as a ' +
                'ProxyConfig field instead'));
        }
    }
}
/** A "did you mean" for a field that differs from a real one only in case, else the generic advice. */
function suggestion(key, fields) {
    const lower = key.toLowerCase();
    for (const f of fields)
        if (f.toLowerCase() === lower)
            return `did you mean "${f}"?`;
    return 'remove it or fix its name (field names are camelCase, as in the Istio API reference)';
}
//# sourceMappingURL=proxy-config.js.map