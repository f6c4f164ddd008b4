"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.selectedWorkloads = selectedWorkloads;
exports.reportSharedWorkloads = reportSharedWorkloads;
exports.workloadName = workloadName;
exports.analyzeSidecars = analyzeSidecars;
const codes_1 = require("./codes");
const labels_1 = require("./labels");
const namespaces_1 = require("./namespaces");
const resource_1 = require("./resource");
const workloads_1 = require("./workloads");
function namespaceModeOf(model, namespace) {
    const ns = model.namespaces.get(namespace);
    return ns ? (0, namespaces_1.meshModeOf)(ns.labels) : undefined;
}
/**
 * The workloads a selector picks, or undefined when the inputs hold no workloads at all (then they are only
 * mesh configuration, and a selector that matches nothing may well match a workload another tool deploys).
 * As in Istio, a selector only matches workloads of its own namespace.
 */
function selectedWorkloads(model, namespace, selector) {
    if (model.workloads.length === 0)
        return undefined;
    return model.workloadIndex.select(namespace, selector);
}
/** Reports the objects that select the same workload (shared by Sidecar and Telemetry analysis). */
function reportSharedWorkloads(byWorkload, report) {
    for (const [w, policies] of byWorkload) {
        if (policies.length < 2)
            continue;
        const names = policies.map((p) => `${p.ns}/${p.name}`).sort().join(', ');
        for (const p of policies)
            report(p, names, w);
    }
}
function workloadName(w) {
    return w.templatePath ? `${w.res.kind} ${w.res.ns}/${w.res.name}` : `pod ${w.res.ns}/${w.res.name}`;
}
function analyzeSidecars(model, out) {
    const namespaceWide = new Map();
    const byWorkload = new Map();
    for (const sc of model.sidecars) {
        const nsMode = namespaceModeOf(model, sc.ns);
        const selector = (0, resource_1.asStringMap)((0, resource_1.asObject)(sc.spec.workloadSelector).labels);
        if ((0, labels_1.isEmptyMap)(selector)) {
            const list = namespaceWide.get(sc.ns);
            if (list)
                list.push(sc);
            else
                namespaceWide.set(sc.ns, [sc]);
            if (nsMode === namespaces_1.MeshMode.AMBIENT) {
                out.push(sc.finding(codes_1.INEFFECTIVE_POLICY, '', `namespace "${sc.ns}" is in ambient mode, where no sidecar proxy reads Sidecar resources; remove it, or ` +
                    'scope the egress of ambient workloads with a waypoint instead'));
            }
            continue;
        }
        const found = selectedWorkloads(model, sc.ns, selector);
        if (found === undefined)
            continue;
        if (found.length === 0) {
            out.push(sc.finding(codes_1.REFERENCED_RESOURCE_NOT_FOUND, 'spec.workloadSelector.labels', `workloadSelector "${(0, labels_1.selectorString)(selector)}" matches no pod in namespace "${sc.ns}"; fix the labels to ` +
                'match the pod template labels of the workload this Sidecar is for'));
            continue;
        }
        if (found.every((w) => (0, workloads_1.isAmbientWorkload)(w, nsMode))) {
            out.push(sc.finding(codes_1.INEFFECTIVE_POLICY, 'spec.workloadSelector.labels', `every workload selected by "${(0, labels_1.selectorString)(selector)}" is in ambient mode, where no sidecar proxy reads ` +
                'Sidecar resources; remove it, or give those workloads a sidecar'));
        }
        for (const w of found) {
            const list = byWorkload.get(w);
            if (list)
                list.push(sc);
            else
                byWorkload.set(w, [sc]);
        }
    }
    for (const [ns, list] of namespaceWide) {
        if (list.length < 2)
            continue;
        const names = list.map((s) => s.name).sort().join(', ');
        for (const sc of list) {
            out.push(sc.finding(codes_1.MULTIPLE_SIDECARS_WITHOUT_WORKLOAD_SELECTORS, '', `namespace "${ns}" has several Sidecars without workloadSelector (${names}) and Istio applies only one of ` +
                'them; merge them into one, or give the others a workloadSelector'));
        }
    }
    reportSharedWorkloads(byWorkload, (sc, names, w) => out.push(sc.finding(codes_1.CONFLICTING_SIDECAR_WORKLOAD_SELECTORS, 'spec.workloadSelector.labels', `Sidecars ${names} all select ${workloadName(w)} and Istio applies only one of them; make the selectors ` +
        'disjoint or merge the Sidecars')));
}
//# sourceMappingURL=sidecars.js.map