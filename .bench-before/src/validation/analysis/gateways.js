"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.analyzeGateways = analyzeGateways;
const codes_1 = require("./codes");
const labels_1 = require("./labels");
const resource_1 = require("./resource");
function analyzeGateways(model, out) {
    for (const gw of model.gateways) {
        const selector = (0, resource_1.asStringMap)(gw.spec.selector);
        const pods = podsSelected(model, selector);
        if (pods === undefined && model.closedWorld) {
            out.push(gw.finding(codes_1.REFERENCED_RESOURCE_NOT_FOUND, 'spec.selector', `Referenced selector not found: "${(0, labels_1.selectorString)(selector)}" (no pod in any namespace has these labels, so no ` +
                'gateway serves this Gateway); fix the selector to match the gateway Deployment\'s pod labels'));
        }
        // Istio reads credentials in the namespace of the gateway pods (the first one selected), else the Gateway's own.
        checkCredentials(model, gw, pods?.res.ns ?? gw.ns, out);
    }
}
/** The first workload (any namespace) the selector picks; undefined when none does. */
function podsSelected(model, selector) {
    for (const ns of model.workloadIndex.namespaceNames) {
        const found = model.workloadIndex.select(ns, selector);
        if (found.length > 0)
            return found[0];
    }
    return undefined;
}
function checkCredentials(model, gw, podNamespace, out) {
    (0, resource_1.asArray)(gw.spec.servers).forEach((s, i) => {
        const tls = (0, resource_1.asObject)((0, resource_1.asObject)(s).tls);
        const names = [];
        const single = (0, resource_1.asString)(tls.credentialName);
        if (single)
            names.push([`spec.servers[${i}].tls.credentialName`, single]);
        (0, resource_1.asArray)(tls.credentialNames).forEach((n, j) => {
            if ((0, resource_1.asString)(n))
                names.push([`spec.servers[${i}].tls.credentialNames[${j}]`, (0, resource_1.asString)(n)]);
        });
        for (const [path, name] of names) {
            // Other credential providers (`sds://…`, `kubernetes-gateway://…`) are not Secrets of this namespace.
            if (name.includes('://'))
                continue;
            const slash = name.indexOf('/');
            const ns = slash < 0 ? podNamespace : name.slice(0, slash);
            const secret = slash < 0 ? name : name.slice(slash + 1);
            if (!model.holdsSecretsOf(ns) || model.secrets.has(`${ns}/${secret}`))
                continue;
            out.push(gw.finding(codes_1.REFERENCED_RESOURCE_NOT_FOUND, path, `Referenced credentialName not found: "${name}" (no Secret ${ns}/${secret}, the namespace of the gateway ` +
                'pods, in the inputs), so this TLS server has no certificate and its listener is not served; create the ' +
                'Secret there or fix the name'));
        }
    });
}
//# sourceMappingURL=gateways.js.map