"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.analyzeInjection = analyzeInjection;
const codes_1 = require("./codes");
const model_1 = require("./model");
const namespaces_1 = require("./namespaces");
const workloads_1 = require("./workloads");
function analyzeInjection(model, out) {
    const injected = new Set();
    for (const ns of model.namespaces.values()) {
        if (ns.name === model_1.DEFAULT_ROOT_NAMESPACE || (0, namespaces_1.isIgnoredNamespace)(ns.name))
            continue;
        const present = (0, namespaces_1.conflictingModeLabels)(ns.labels);
        if (present.length > 1) {
            out.push(ns.finding(codes_1.NAMESPACE_MULTIPLE_INJECTION_LABELS, 'metadata.labels', `namespace "${ns.name}" carries ${present.map((l) => `"${l}"`).join(' and ')}, which select different ` +
                `data planes; keep exactly one (${namespaces_1.INJECTION_LABEL}=enabled or ${namespaces_1.REVISION_LABEL}=<revision> for sidecars, ` +
                `${namespaces_1.DATAPLANE_MODE_LABEL}=ambient for ambient)`));
            continue;
        }
        const mode = (0, namespaces_1.meshModeOf)(ns.labels);
        if (mode === namespaces_1.MeshMode.AMBIENT)
            continue;
        if ((ns.labels[namespaces_1.INJECTION_LABEL] ?? '') === '' && ns.labels[namespaces_1.REVISION_LABEL] === undefined) {
            if (model.injectNamespacesByDefault) {
                out.push(ns.finding(codes_1.NAMESPACE_INJECTION_ENABLED_BY_DEFAULT, 'metadata.labels', `namespace "${ns.name}" has no injection label, and the injector enables every such namespace ` +
                    '(sidecarInjectorWebhook.enableNamespacesByDefault): its pods get a sidecar unless they opt out'));
                continue;
            }
            out.push(ns.finding(codes_1.NAMESPACE_NOT_INJECTED, 'metadata.labels', `namespace "${ns.name}" is not enabled for Istio: its pods get no sidecar; label it ` +
                `${namespaces_1.INJECTION_LABEL}=enabled (or ${namespaces_1.REVISION_LABEL}=<revision>, or ${namespaces_1.DATAPLANE_MODE_LABEL}=ambient)`));
            continue;
        }
        if (mode === namespaces_1.MeshMode.SIDECAR)
            injected.add(ns.name);
    }
    for (const w of model.workloads) {
        if (w.templatePath || !injected.has(w.res.ns))
            continue;
        if ((0, namespaces_1.optsOutOfSidecar)(w.labels, w.annotations) || (0, workloads_1.usesHostNetwork)(w) || (0, workloads_1.hasProxyContainer)(w))
            continue;
        out.push(w.res.finding(codes_1.POD_MISSING_PROXY, 'spec.containers', `pod "${w.res.name}" runs in the injected namespace "${w.res.ns}" without an istio-proxy container (it was ` +
            'created before injection was enabled, or the injector was down); restart it (e.g. `kubectl rollout restart` ' +
            'of its owner) so that it gets a sidecar'));
    }
}
//# sourceMappingURL=injection.js.map