"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.dns1035LabelError = dns1035LabelError;
exports.pathSegmentError = pathSegmentError;
exports.validateKubernetesObject = validateKubernetesObject;
/**
 * The Kubernetes core kinds (Deployment, Service, …): the API server's own validation, which the OpenAPI schema
 * does not carry — object names per kind, labels, selectors that match templates, ports, containers, probes,
 * resources (KUBERNETES-VALIDATION-RULES.md, Kubernetes 1.33). Messages follow the API server's field errors.
 */
const finding_1 = require("../finding");
const finding_collector_1 = require("../finding-collector");
const schema_1 = require("../schema");
const registry_1 = require("../schema/registry");
const run_1 = require("../schema/run");
const names_1 = require("../util/names");
const config_1 = require("./config");
const policy_1 = require("./policy");
const service_1 = require("./service");
const workloads_1 = require("./workloads");
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
/** Service names: a DNS-1035 label (must start with a letter). */
function dns1035LabelError(name) {
    if (name.length <= 63 && DNS1035_LABEL.test(name))
        return undefined;
    return 'a DNS-1035 label must consist of lower case alphanumeric characters or \'-\', start with an alphabetic ' +
        'character, and end with an alphanumeric character (e.g. \'my-name\',  or \'abc-123\', regex used for validation is ' +
        "'[a-z]([-a-z0-9]*[a-z0-9])?')";
}
/** Names any kind must have: usable as one segment of a URL path. */
function pathSegmentError(name) {
    if (name === '.' || name === '..')
        return `may not be '${name}'`;
    for (const bad of ['/', '%'])
        if (name.includes(bad))
            return `may not contain '${bad}'`;
    return undefined;
}
const KINDS = {
    Pod: { name: names_1.dns1123SubdomainError, check: workloads_1.checkPod },
    Deployment: { name: names_1.dns1123SubdomainError, check: workloads_1.checkDeployment },
    DaemonSet: { name: names_1.dns1123SubdomainError, check: workloads_1.checkDaemonSet },
    StatefulSet: { name: names_1.dns1123LabelError, check: workloads_1.checkStatefulSet },
    Job: { name: names_1.dns1123SubdomainError, check: workloads_1.checkJob },
    CronJob: { name: names_1.dns1123SubdomainError, check: workloads_1.checkCronJob },
    Service: { name: dns1035LabelError, check: service_1.checkService },
    PodDisruptionBudget: { name: pathSegmentError, check: policy_1.checkPodDisruptionBudget },
    HorizontalPodAutoscaler: { name: names_1.dns1123SubdomainError, check: policy_1.checkHorizontalPodAutoscaler },
    ServiceAccount: { name: names_1.dns1123SubdomainError },
    Namespace: { name: names_1.dns1123LabelError, check: config_1.checkNamespace },
    ConfigMap: { name: names_1.dns1123SubdomainError, check: config_1.checkConfigMap },
    Secret: { name: names_1.dns1123SubdomainError, check: config_1.checkSecret },
};
/**
 * The schema (field names, JSON types, required fields: strict decoding and the OpenAPI schema of 1.33) and the
 * API server's Go validation rules. A problem both report (a required container name) is reported once.
 */
function validateKubernetesObject(obj) {
    const o = obj;
    const entry = typeof o.kind === 'string' ? KINDS[o.kind] : undefined;
    if (!entry)
        return [];
    const schema = (0, schema_1.validateAgainst)((0, registry_1.schemaRegistry)(registry_1.CrdBundle.KUBERNETES), obj, finding_1.KUBERNETES_VALIDATION_ERROR, entry.name);
    if (!entry.check)
        return schema;
    const out = new finding_collector_1.FindingCollector((0, finding_1.objectRef)(obj), finding_1.Layer.SCHEMA);
    entry.check(o, new run_1.SchemaRun(out, finding_1.KUBERNETES_VALIDATION_ERROR));
    const seen = new Set(schema.map((f) => `${f.path}\n${f.message}`));
    return schema.concat(out.findings.filter((f) => !seen.has(`${f.path}\n${f.message}`)));
}
//# sourceMappingURL=index.js.map