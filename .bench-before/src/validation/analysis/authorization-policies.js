"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.analyzeAuthorizationPolicies = analyzeAuthorizationPolicies;
const codes_1 = require("./codes");
const labels_1 = require("./labels");
const resource_1 = require("./resource");
const workloads_1 = require("./workloads");
function analyzeAuthorizationPolicies(model, out) {
    for (const ap of model.authorizationPolicies) {
        checkWorkloads(model, ap, out);
        if (model.holdsNamespaces)
            checkSourceNamespaces(model, ap, out);
    }
}
function inMeshSelected(model, namespace, selector) {
    const nsLabels = model.namespaces.get(namespace)?.labels;
    return model.workloadIndex.selectsAny(namespace, selector, (w) => (0, workloads_1.isInMesh)(w, nsLabels, model.closedWorld));
}
function checkWorkloads(model, ap, out) {
    const selectorSet = (0, resource_1.asObject)(ap.spec.selector).matchLabels !== undefined;
    const selector = (0, resource_1.asStringMap)((0, resource_1.asObject)(ap.spec.selector).matchLabels);
    if (ap.ns === model.mesh.rootNamespace) {
        if (!selectorSet || (0, labels_1.isEmptyMap)(selector) || !model.closedWorld)
            return;
        for (const ns of model.workloadIndex.namespaceNames)
            if (inMeshSelected(model, ns, selector))
                return;
        report(ap, selector, 'in any namespace', out);
        return;
    }
    if (!model.holdsWorkloadsOf(ap.ns) || inMeshSelected(model, ap.ns, selector))
        return;
    report(ap, selector, `in namespace "${ap.ns}"`, out);
}
function report(ap, selector, where, out) {
    const labels = (0, labels_1.selectorString)(selector);
    out.push(ap.finding(codes_1.NO_MATCHING_WORKLOADS_FOUND, (0, labels_1.isEmptyMap)(selector) ? '' : 'spec.selector.matchLabels', `No matching workloads for this resource with the following labels: ${labels} (no workload in the mesh ${where}` +
        `${labels === '' ? '' : ' has them'}), so the policy applies to nothing; fix the selector or add the workload to the mesh`));
}
/** Istio's namespace match: `*` (any), `*suffix`, `prefix*`, else case-insensitive equality. */
function namespaceMatches(pattern, name) {
    if (pattern === '*')
        return true;
    if (pattern.startsWith('*'))
        return name.endsWith(pattern.slice(1));
    if (pattern.endsWith('*'))
        return name.startsWith(pattern.slice(0, -1));
    return pattern.toLowerCase() === name.toLowerCase();
}
function checkSourceNamespaces(model, ap, out) {
    const exact = new Set();
    for (const name of model.namespaces.keys())
        exact.add(name.toLowerCase());
    (0, resource_1.asArray)(ap.spec.rules).forEach((rule, i) => {
        (0, resource_1.asArray)((0, resource_1.asObject)(rule).from).forEach((from, j) => {
            const source = (0, resource_1.asObject)((0, resource_1.asObject)(from).source);
            for (const field of ['namespaces', 'notNamespaces']) {
                (0, resource_1.asArray)(source[field]).forEach((n, k) => {
                    const pattern = (0, resource_1.asString)(n);
                    if (!pattern)
                        return;
                    const found = pattern.includes('*') ? [...model.namespaces.keys()].some((ns) => namespaceMatches(pattern, ns))
                        : exact.has(pattern.toLowerCase());
                    if (found)
                        return;
                    out.push(ap.finding(codes_1.REFERENCED_RESOURCE_NOT_FOUND, `spec.rules[${i}].from[${j}].source.${field}[${k}]`, `Referenced namespace not found: "${pattern}" (no Namespace in the inputs matches it); fix the name`));
                });
            }
        });
    });
}
//# sourceMappingURL=authorization-policies.js.map