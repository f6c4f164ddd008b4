"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.analyzeTelemetry = analyzeTelemetry;
const codes_1 = require("./codes");
const labels_1 = require("./labels");
const resource_1 = require("./resource");
const sidecars_1 = require("./sidecars");
function analyzeTelemetry(model, out) {
    checkProviders(model, out);
    const namespaceWide = new Map();
    const byWorkload = new Map();
    for (const t of model.telemetries) {
        const spec = t.spec;
        if (isUnset(spec.selector) && isUnset(spec.targetRef) && (0, resource_1.asArray)(spec.targetRefs).length === 0) {
            const list = namespaceWide.get(t.ns);
            if (list)
                list.push(t);
            else
                namespaceWide.set(t.ns, [t]);
            continue;
        }
        const selector = (0, resource_1.asStringMap)((0, resource_1.asObject)(spec.selector).matchLabels);
        if ((0, labels_1.isEmptyMap)(selector))
            continue;
        const found = (0, sidecars_1.selectedWorkloads)(model, t.ns, selector);
        if (found === undefined)
            continue;
        if (found.length === 0) {
            out.push(t.finding(codes_1.REFERENCED_RESOURCE_NOT_FOUND, 'spec.selector.matchLabels', `selector "${(0, labels_1.selectorString)(selector)}" matches no pod in namespace "${t.ns}"; fix the labels to match ` +
                'the pod template labels of the workload this Telemetry is for'));
            continue;
        }
        for (const w of found) {
            const list = byWorkload.get(w);
            if (list)
                list.push(t);
            else
                byWorkload.set(w, [t]);
        }
    }
    for (const [ns, list] of namespaceWide) {
        if (list.length < 2)
            continue;
        const names = list.map((t) => t.name).sort().join(', ');
        const scope = ns === model.mesh.rootNamespace ? 'mesh-wide (root namespace)' : `namespace-wide in "${ns}"`;
        for (const t of list) {
            out.push(t.finding(codes_1.MULTIPLE_TELEMETRIES_WITHOUT_WORKLOAD_SELECTORS, '', `several Telemetries without selector are ${scope} (${names}) and Istio applies only one of them; merge ` +
                'them into one'));
        }
    }
    (0, sidecars_1.reportSharedWorkloads)(byWorkload, (t, names, w) => out.push(t.finding(codes_1.CONFLICTING_TELEMETRY_WORKLOAD_SELECTORS, 'spec.selector.matchLabels', `Telemetries ${names} all select ${(0, sidecars_1.workloadName)(w)} and Istio applies only one of them; make the selectors ` +
        'disjoint or merge the Telemetries')));
}
/** Absent or null, as Go sees a nil message. */
function isUnset(value) {
    return value === undefined || value === null;
}
function checkProviders(model, out) {
    if ((model.mesh.defaultAccessLogProviders ?? []).length > 0)
        return;
    for (const t of model.telemetries) {
        (0, resource_1.asArray)(t.spec.accessLogging).forEach((entry, index) => {
            // `disabled: true` turns logging off on purpose: nothing to log, nothing to warn about (providers.go).
            if ((0, resource_1.asArray)((0, resource_1.asObject)(entry).providers).length > 0 || (0, resource_1.asObject)(entry).disabled === true)
                return;
            out.push(t.finding(codes_1.INVALID_TELEMETRY_PROVIDER, `spec.accessLogging[${index}]`, 'this accessLogging entry names no provider and meshConfig.defaultProviders.accessLogging is empty, so ' +
                'nothing is logged; add `providers: [{name: envoy}]` (the built-in file logger) or set a default provider'));
        });
    }
}
//# sourceMappingURL=telemetry.js.map