"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.analyzeDestinationRules = analyzeDestinationRules;
const codes_1 = require("./codes");
const hosts_1 = require("./hosts");
const labels_1 = require("./labels");
const model_1 = require("./model");
const resource_1 = require("./resource");
const workloads_1 = require("./workloads");
function isNodeLabel(key) {
    return model_1.NODE_LOCALITY_LABELS.includes(key) || key.startsWith('topology.kubernetes.io/') || key.startsWith('topology.istio.io/');
}
function analyzeDestinationRules(model, out) {
    const seWildcards = model.wildcardHosts.map((w) => w.entry.host);
    for (const dr of model.destinationRules) {
        const host = (0, resource_1.asString)(dr.spec.host);
        if (!host)
            continue;
        const fqdn = (0, hosts_1.toFqdn)(dr.ns, host);
        if (!hostKnown(model, fqdn, seWildcards)) {
            if (reportUnknown(model, dr.ns, host)) {
                out.push(dr.finding(codes_1.UNKNOWN_DESTINATION_RULE_HOST, 'spec.host', `host "${host}" (${fqdn}) matches no Service or ServiceEntry, so this DestinationRule applies to nothing; ` +
                    'fix the host name (short names resolve in the DestinationRule\'s own namespace) or create the Service'));
            }
            continue;
        }
        const svc = model.serviceByFqdn.get(fqdn);
        if (svc)
            checkSubsets(model, dr, svc, out);
    }
}
function hostKnown(model, fqdn, seWildcards) {
    if (model.knownHosts.has(fqdn))
        return true;
    if (seWildcards.some((w) => (0, hosts_1.hostCovers)(w, fqdn)))
        return true;
    if (!fqdn.startsWith('*'))
        return false;
    for (const known of model.knownHosts)
        if ((0, hosts_1.hostCovers)(fqdn, known))
            return true;
    return false;
}
function reportUnknown(model, namespace, host) {
    const target = (0, hosts_1.clusterNamespaceOf)(namespace, host);
    if (target !== undefined)
        return model.holdsServicesOf(target);
    return model.hasServiceEntries;
}
function checkSubsets(model, dr, svc, out) {
    const selector = (0, resource_1.asStringMap)(svc.spec.selector);
    if ((0, labels_1.isEmptyMap)(selector) || !model.holdsWorkloadsOf(svc.ns))
        return;
    (0, resource_1.asArray)(dr.spec.subsets).forEach((s, i) => {
        const subset = (0, resource_1.asObject)(s);
        const labels = (0, resource_1.asStringMap)(subset.labels);
        const wanted = { ...selector };
        // Locality labels come from the Node a pod runs on: judged on Pods when the inputs hold Nodes (or are the whole
        // cluster); a pod template's node is unknown, so it may match any of them.
        const fromNode = {};
        let conflict;
        for (const key in labels) {
            if (isNodeLabel(key)) {
                fromNode[key] = labels[key];
                continue;
            }
            if (Object.hasOwn(wanted, key) && wanted[key] !== labels[key])
                conflict = key;
            wanted[key] = labels[key];
        }
        const judgeNodes = !(0, labels_1.isEmptyMap)(fromNode) && (model.nodeLabels.size > 0 || model.closedWorld);
        const onNode = (w) => !judgeNodes || w.templatePath !== '' || nodeLabelsMatch(model.endpointLabels(w), fromNode);
        const name = (0, resource_1.asString)(subset.name);
        if (conflict !== undefined) {
            out.push(dr.finding(codes_1.DESTINATION_RULE_SUBSET_NOT_SELECT_PODS, `spec.subsets[${i}].labels`, `subset "${name}" requires ${conflict}=${labels[conflict]} but ${svc.origin} selects ` +
                `${conflict}=${selector[conflict]}, so no pod can be in both; fix the subset labels`));
            return;
        }
        if (model.workloadIndex.selectsAny(svc.ns, wanted, (w) => (0, workloads_1.runsPods)(w) && onNode(w)))
            return;
        const scaledToZero = model.workloadIndex.selectsAny(svc.ns, wanted, onNode);
        out.push(dr.finding(codes_1.DESTINATION_RULE_SUBSET_NOT_SELECT_PODS, `spec.subsets[${i}]`, `subset "${name}" selects no pod: ${scaledToZero ? 'the only matching workloads are scaled to 0 replicas' :
            `no pod or pod template in namespace "${svc.ns}" has the labels ${(0, labels_1.selectorString)({ ...wanted, ...(judgeNodes ? fromNode : {}) })}`} ` +
            `(${svc.origin} selector plus the subset labels), so traffic routed to it fails with 503; deploy that ` +
            'version (e.g. the canary Deployment) or fix the subset labels'));
    });
}
function nodeLabelsMatch(labels, wanted) {
    for (const key in wanted)
        if (labels[key] !== wanted[key])
            return false;
    return true;
}
//# sourceMappingURL=destination-rules.js.map