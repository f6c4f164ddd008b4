"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.annotationPath = annotationPath;
exports.analyzeAnnotations = analyzeAnnotations;
const annotation_table_1 = require("./annotation-table");
const codes_1 = require("./codes");
const istio_names_1 = require("../util/istio-names");
const workloads_1 = require("./workloads");
const POD_LEVEL_LABELS = [istio_names_1.SIDECAR_INJECT, istio_names_1.REVISION_LABEL, istio_names_1.DATAPLANE_MODE_LABEL];
function annotationPath(metadataPath, key) {
    return `${metadataPath}.annotations["${key}"]`;
}
function analyzeAnnotations(model, out) {
    for (const ns of model.namespaces.values())
        checkPlacement(ns, undefined, out);
    for (const svc of model.services)
        checkPlacement(svc, undefined, out);
    for (const w of model.workloads) {
        checkPlacement(w.res, w, out);
        checkProxyResources(w, out);
        if (w.templatePath)
            checkWorkloadLabels(w, out);
    }
}
/** `Pods`, `Gateways`; `Ingress objects`, `Service, ServiceEntry objects` where a plural would read badly. */
function kindList(kinds) {
    return kinds.length === 1 && !/(s|[^aeiou]y)$/.test(kinds[0]) ? `${kinds[0]}s` : `${kinds.join(', ')} objects`;
}
function checkPlacement(res, w, out) {
    for (const key in res.annotations) {
        const known = annotation_table_1.ISTIO_ANNOTATIONS.get(key);
        if (known === undefined)
            continue;
        if (known.kinds.length > 0 && !known.kinds.includes(res.kind)) {
            out.push(res.finding(codes_1.MISPLACED_ANNOTATION, annotationPath('metadata', key), misplacedMessage(key, known.kinds, res, w)));
        }
        else if (known.status === annotation_table_1.FeatureStatus.ALPHA) {
            out.push(res.finding(codes_1.ALPHA_ANNOTATION, annotationPath('metadata', key), `Annotation "${key}" is part of an alpha-phase feature and may be incompletely supported.`));
        }
    }
}
function misplacedMessage(key, kinds, res, w) {
    const where = `annotation "${key}" applies to ${kindList(kinds)} only and has no effect on a ${res.kind}`;
    if (kinds.length === 1 && kinds[0] === 'Pod') {
        const fix = w
            ? `move it to ${w.templatePath}.metadata.annotations${key in w.annotations ? ' (it is already there: remove this copy)' : ''}`
            : 'set it on the pods (the pod template of their Deployment) instead';
        return `${where}; ${fix}`;
    }
    return `${where}; set it on the ${kinds.length === 1 ? kinds[0] : 'right object'}`;
}
function checkProxyResources(w, out) {
    let count = 0;
    for (const k of istio_names_1.PROXY_RESOURCE_ANNOTATIONS)
        if (w.annotations[k] !== undefined)
            count++;
    if (count === 0 || count === istio_names_1.PROXY_RESOURCE_ANNOTATIONS.length)
        return;
    const present = istio_names_1.PROXY_RESOURCE_ANNOTATIONS.filter((k) => w.annotations[k] !== undefined);
    const missing = istio_names_1.PROXY_RESOURCE_ANNOTATIONS.filter((k) => w.annotations[k] === undefined);
    out.push(w.res.finding(codes_1.PARTIAL_PROXY_RESOURCE_ANNOTATIONS, `${(0, workloads_1.podMetadataPath)(w)}.annotations`, `only ${present.join(', ')} ${present.length === 1 ? 'is' : 'are'} set; when any proxy resource annotation is ` +
        `present Istio drops all default proxy requests and limits, so the sidecar runs without ${missing.join(', ')}: ` +
        'set all four'));
}
function checkWorkloadLabels(w, out) {
    for (const key of POD_LEVEL_LABELS) {
        const value = w.res.labels[key];
        if (value === undefined || w.labels[key] === value)
            continue;
        out.push(w.res.finding(codes_1.MISPLACED_INJECTION_LABEL, `metadata.labels["${key}"]`, `label ${key}=${value} is on the ${w.res.kind}, but injection reads pod labels only, so it has no effect; ` +
            `set it in ${w.templatePath}.metadata.labels`));
    }
}
//# sourceMappingURL=annotations.js.map