"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.analyzeCallersOutsideMesh = analyzeCallersOutsideMesh;
const codes_1 = require("./codes");
const mtls_1 = require("./mtls");
const namespaces_1 = require("./namespaces");
const resource_1 = require("./resource");
const workloads_1 = require("./workloads");
const ISTIO_INGRESS_CLASS = 'istio';
const INGRESS_CLASS_ANNOTATION = 'kubernetes.io/ingress.class';
const SCRAPE = 'prometheus.io/scrape';
const SCRAPE_PORT = 'prometheus.io/port';
const MERGE_METRICS = 'prometheus.istio.io/merge-metrics';
/** Ports the sidecar serves itself (merged metrics, Envoy stats): iptables does not capture them. */
const PROXY_METRICS_PORTS = new Set(['15020', '15090']);
const CLUSTER_SUFFIXES = ['.svc.cluster.local', '.svc'];
const HOST_SEPARATORS = /[^-a-z0-9.]+/;
const FIX = 'or give the called container port a PERMISSIVE port exception (StrictMtlsNamespace portExceptions; under ' +
    'denyByDefault also allowFrom(CallerIdentity.anySourceOnPort(port)))';
function analyzeCallersOutsideMesh(model, out) {
    const scopes = new mtls_1.PeerAuthenticationScopes(model, model.mesh.rootNamespace);
    const strictCache = new Map();
    const strict = (namespace) => {
        let value = strictCache.get(namespace);
        if (value === undefined)
            strictCache.set(namespace, value = isStrictMeshNamespace(model, scopes, namespace));
        return value;
    };
    checkIngresses(model, strict, out);
    const mergeOffMeshWide = model.meshConfigSources.some((s) => s.meshConfig.enablePrometheusMerge === false);
    for (const w of model.workloads) {
        if ((0, namespaces_1.isIgnoredNamespace)(w.res.ns) || (0, namespaces_1.isIstioControlPlane)(w.labels))
            continue;
        checkScrape(model, w, mergeOffMeshWide, strict, out);
    }
    checkClients(model, strict, out);
}
function isStrictMeshNamespace(model, scopes, namespace) {
    if (namespace === model.mesh.rootNamespace || !scopes.isStrict(namespace))
        return false;
    const ns = model.namespaces.get(namespace);
    if (!ns)
        return scopes.declaresStrict(namespace);
    const mode = (0, namespaces_1.meshModeOf)(ns.labels);
    return mode === namespaces_1.MeshMode.SIDECAR || mode === namespaces_1.MeshMode.AMBIENT;
}
function checkIngresses(model, strict, out) {
    for (const ing of model.ingresses) {
        if (!strict(ing.ns))
            continue;
        const cls = (0, resource_1.asString)(ing.spec.ingressClassName) || ing.annotations[INGRESS_CLASS_ANNOTATION] || '';
        if (cls === ISTIO_INGRESS_CLASS)
            continue;
        const controller = cls ? `the "${cls}" ingress controller` : "the cluster's default ingress controller";
        const backends = [];
        const serviceOf = (backend) => (0, resource_1.asString)((0, resource_1.asObject)((0, resource_1.asObject)(backend).service).name);
        const dflt = serviceOf(ing.spec.defaultBackend);
        if (dflt)
            backends.push({ path: 'spec.defaultBackend.service.name', service: dflt });
        (0, resource_1.asArray)(ing.spec.rules).forEach((rule, i) => (0, resource_1.asArray)((0, resource_1.asObject)((0, resource_1.asObject)(rule).http).paths).forEach((p, j) => {
            const service = serviceOf((0, resource_1.asObject)(p).backend);
            if (service)
                backends.push({ path: `spec.rules[${i}].http.paths[${j}].backend.service.name`, service });
        }));
        const reported = new Set();
        for (const { path, service } of backends) {
            if (reported.has(service))
                continue;
            reported.add(service);
            out.push(ing.finding(codes_1.STRICT_SERVICE_CALLED_FROM_OUTSIDE_MESH, path, `${controller} (not Istio's, so without a sidecar) forwards this Ingress's requests in plaintext to Service ` +
                `"${ing.ns}/${service}", whose namespace "${ing.ns}" requires STRICT mTLS, so they are refused; route through an ` +
                `Istio gateway (ingressClassName: ${ISTIO_INGRESS_CLASS}, or a Gateway), inject a sidecar into the controller's pods, ${FIX}`));
        }
    }
}
function checkScrape(model, w, mergeOffMeshWide, strict, out) {
    if (w.annotations[SCRAPE] !== 'true')
        return;
    const port = w.annotations[SCRAPE_PORT];
    if (!port || PROXY_METRICS_PORTS.has(port))
        return;
    const merged = w.annotations[MERGE_METRICS] === undefined ? !mergeOffMeshWide : w.annotations[MERGE_METRICS] !== 'false';
    if (merged || !strict(w.res.ns) || outsideMeshReason(model.namespaces.get(w.res.ns), w) !== undefined)
        return;
    const why = w.annotations[MERGE_METRICS] !== undefined ? `${MERGE_METRICS}: "false"` : 'meshConfig.enablePrometheusMerge: false';
    out.push(w.res.finding(codes_1.STRICT_SERVICE_CALLED_FROM_OUTSIDE_MESH, `${(0, workloads_1.podMetadataPath)(w)}.annotations`, `Prometheus is asked to scrape app port ${port} of ${w.res.origin} directly (${why} turns Istio's metrics merging off), ` +
        `and a Prometheus outside the mesh sends plaintext, which namespace "${w.res.ns}" (STRICT mTLS) refuses; keep metrics ` +
        `merging on (Prometheus then scrapes the proxy's port 15020), run Prometheus in the mesh with Istio certificates, ${FIX}`));
}
/** Services of STRICT namespaces by `<name>.<namespace>`, for matching host names in client configuration. */
function strictServiceHosts(model, strict) {
    const hosts = new Map();
    for (const svc of model.services)
        if (strict(svc.ns))
            hosts.set(`${svc.name}.${svc.ns}`, svc);
    return hosts;
}
function checkClients(model, strict, out) {
    const hosts = strictServiceHosts(model, strict);
    if (hosts.size === 0)
        return;
    for (const w of model.workloads) {
        if ((0, namespaces_1.isIgnoredNamespace)(w.res.ns) || (0, namespaces_1.isIstioControlPlane)(w.labels))
            continue;
        const reason = outsideMeshReason(model.namespaces.get(w.res.ns), w);
        if (reason === undefined)
            continue;
        const reported = new Set();
        for (const { path, text } of configStrings(w)) {
            for (const svc of servicesNamed(text, hosts)) {
                if (reported.has(svc))
                    continue;
                reported.add(svc);
                out.push(w.res.finding(codes_1.STRICT_SERVICE_CALLED_FROM_OUTSIDE_MESH, path, `${w.res.origin} is outside the mesh (${reason}) and calls Service "${svc.ns}/${svc.name}" (named in this ` +
                    `field), whose namespace "${svc.ns}" requires STRICT mTLS: its plaintext requests are refused; move the caller ` +
                    `into the mesh, ${FIX}`));
            }
        }
    }
}
/**
 * Why a workload runs without a proxy, or undefined when it has one or the inputs do not say. A Namespace object
 * that is not in the inputs leaves only the pod's own opt-out as evidence.
 */
function outsideMeshReason(ns, w) {
    if ((0, workloads_1.hasProxyContainer)(w))
        return undefined;
    if ((0, workloads_1.usesHostNetwork)(w))
        return 'hostNetwork pods get no sidecar';
    const mode = ns ? (0, namespaces_1.meshModeOf)(ns.labels) : undefined;
    if (mode === namespaces_1.MeshMode.CONFLICTING || (0, workloads_1.isAmbientWorkload)(w, mode))
        return undefined;
    if (mode === namespaces_1.MeshMode.AMBIENT)
        return w.labels[namespaces_1.DATAPLANE_MODE_LABEL] === 'none' ? `${namespaces_1.DATAPLANE_MODE_LABEL}=none` : undefined;
    if ((0, namespaces_1.optsOutOfSidecar)(w.labels, w.annotations))
        return `${namespaces_1.SIDECAR_INJECT}=false`;
    if (mode !== namespaces_1.MeshMode.NONE)
        return undefined;
    // Istio's injector also takes pods that opt in themselves in a namespace without the label.
    if ((0, namespaces_1.podInjectValue)(w.labels, w.annotations) === 'true' || w.labels[namespaces_1.REVISION_LABEL] !== undefined)
        return undefined;
    return `namespace "${w.res.ns}" has neither ${namespaces_1.INJECTION_LABEL}=enabled, ${namespaces_1.REVISION_LABEL} nor ${namespaces_1.DATAPLANE_MODE_LABEL}=ambient`;
}
/** The strings of a pod spec that configure where the containers connect: env values, command and args. */
function* configStrings(w) {
    const base = w.templatePath ? `${w.templatePath}.spec` : 'spec';
    for (const list of ['initContainers', 'containers']) {
        const containers = (0, resource_1.asArray)(w.podSpec[list]);
        for (let i = 0; i < containers.length; i++) {
            const c = (0, resource_1.asObject)(containers[i]);
            const at = `${base}.${list}[${i}]`;
            const env = (0, resource_1.asArray)(c.env);
            for (let j = 0; j < env.length; j++) {
                const value = (0, resource_1.asString)((0, resource_1.asObject)(env[j]).value);
                if (value)
                    yield { path: `${at}.env[${j}].value`, text: value };
            }
            for (const field of ['command', 'args']) {
                const items = (0, resource_1.asArray)(c[field]);
                for (let j = 0; j < items.length; j++) {
                    const text = (0, resource_1.asString)(items[j]);
                    if (text)
                        yield { path: `${at}.${field}[${j}]`, text };
                }
            }
        }
    }
}
/** The Services a text names as `<svc>.<ns>[.svc[.cluster.local]]` (URLs, host:port, plain host names). */
function servicesNamed(text, hosts) {
    const found = [];
    for (let token of text.toLowerCase().split(HOST_SEPARATORS)) {
        token = token.replace(/\.+$/, '');
        for (const suffix of CLUSTER_SUFFIXES) {
            if (token.endsWith(suffix)) {
                token = token.slice(0, -suffix.length);
                break;
            }
        }
        const svc = hosts.get(token);
        if (svc && !found.includes(svc))
            found.push(svc);
    }
    return found;
}
//# sourceMappingURL=callers-outside-mesh.js.map