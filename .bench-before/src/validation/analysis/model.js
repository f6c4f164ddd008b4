"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MeshModel = exports.DEFAULT_ROOT_NAMESPACE = exports.NODE_LOCALITY_LABELS = void 0;
/**
 * The set of input objects, sorted by kind and indexed once (by namespace, host and labels), so that every
 * analyzer runs in time linear in the input.
 */
const lazy_modules_1 = require("../util/lazy-modules");
const hosts_1 = require("./hosts");
const kinds_1 = require("../kinds");
const labels_1 = require("./labels");
const resource_1 = require("./resource");
const istio_names_1 = require("../util/istio-names");
Object.defineProperty(exports, "DEFAULT_ROOT_NAMESPACE", { enumerable: true, get: function () { return istio_names_1.DEFAULT_ROOT_NAMESPACE; } });
const plain_json_1 = require("../util/plain-json");
const TEMPLATE_PATHS = new Map([
    ['Deployment', 'spec.template'],
    ['StatefulSet', 'spec.template'],
    ['DaemonSet', 'spec.template'],
    ['ReplicaSet', 'spec.template'],
    ['Job', 'spec.template'],
    ['CronJob', 'spec.jobTemplate.spec.template'],
]);
const WORKLOAD_GROUPS = new Set(['apps', 'batch', 'extensions']);
/** Node labels Istio copies onto a pod's endpoint (locality and host name). */
exports.NODE_LOCALITY_LABELS = [
    'topology.kubernetes.io/region', 'topology.kubernetes.io/zone', 'topology.istio.io/subzone', 'kubernetes.io/hostname',
];
const SIDECAR_INJECTOR_CONFIGMAP = 'istio-sidecar-injector';
class MeshModel {
    closedWorld;
    namespaces = new Map();
    services = [];
    workloads = [];
    virtualServices = [];
    destinationRules = [];
    serviceEntries = [];
    sidecars = [];
    /** Istio Gateways (networking.istio.io). */
    gateways = [];
    /** Gateway API Gateways (gateway.networking.k8s.io). */
    gatewayApiGateways = [];
    /** Gateway API routes that attach to parents: HTTPRoute, GRPCRoute. */
    gatewayApiRoutes = [];
    telemetries = [];
    peerAuthentications = [];
    authorizationPolicies = [];
    /** Flagger (flagger.app) and Argo Rollouts (argoproj.io) objects, for the progressive-delivery analyzer. */
    progressiveDelivery = [];
    /** Secrets by `ns/name` (their contents are not read). */
    secrets = new Set();
    namespacesWithSecrets = new Set();
    /** Node labels by node name. */
    nodeLabels = new Map();
    meshConfigSources = [];
    /** networking.k8s.io Ingresses (their controllers usually run outside the mesh). */
    ingresses = [];
    /** `sidecarInjectorWebhook.enableNamespacesByDefault` of the `istio-sidecar-injector` ConfigMap's values. */
    injectNamespacesByDefault = false;
    /** Pods and pod templates by namespace and labels. */
    workloadIndex = new labels_1.LabelIndex((w) => w.labels);
    /** scope → fqdn → entry, scope being a namespace or `*` (Istio's ScopedFqdn). */
    scopedHosts = new Map();
    wildcardHosts = [];
    /** Kubernetes Services by FQDN. */
    serviceByFqdn = new Map();
    /** Every Service / ServiceEntry host, for the DestinationRule host check. */
    knownHosts = new Set();
    namespacesWithServices = new Set();
    mesh;
    constructor(objs, options = {}) {
        this.closedWorld = options.closedWorld === true;
        for (const obj of objs) {
            if (obj === null || typeof obj !== 'object' || Array.isArray(obj))
                continue;
            this.classify(new resource_1.Resource(obj));
        }
        // Services after ServiceEntries: for the same scoped host the Service wins, as in Istio's analyzers.
        for (const se of this.serviceEntries)
            this.addServiceEntry(se);
        for (const svc of this.services)
            this.addService(svc);
        this.mesh = this.readMeshSettings();
    }
    get hasServiceEntries() {
        return this.serviceEntries.length > 0;
    }
    /**
     * Whether the inputs describe this namespace (hold its Services or its Namespace object), so that a missing
     * Service there is a real gap and not an object another tool deploys.
     */
    holdsServicesOf(namespace) {
        return this.closedWorld || this.namespacesWithServices.has(namespace) || this.namespaces.has(namespace);
    }
    /** Whether the inputs hold this namespace's workloads (or its Namespace object). */
    holdsWorkloadsOf(namespace) {
        return this.closedWorld || this.workloadIndex.hasNamespace(namespace) || this.namespaces.has(namespace);
    }
    /** Whether the inputs hold this namespace's Secrets: a credential missing there is a real gap. */
    holdsSecretsOf(namespace) {
        return this.closedWorld || this.namespacesWithSecrets.has(namespace);
    }
    /** Whether the inputs say which namespaces exist (closed world: they always do). */
    get holdsNamespaces() {
        return this.closedWorld;
    }
    /**
     * A workload's labels as its endpoints carry them: the pod's own, plus the locality labels of the Node it runs on
     * (when the inputs hold that Node).
     */
    endpointLabels(w) {
        const nodeName = (0, resource_1.asString)(w.podSpec.nodeName);
        const node = nodeName ? this.nodeLabels.get(nodeName) : undefined;
        if (node === undefined)
            return w.labels;
        const out = { ...w.labels };
        for (const key of exports.NODE_LOCALITY_LABELS)
            if (node[key] !== undefined)
                out[key] = node[key];
        return out;
    }
    /** Istio's GetDestinationHost: the Service/ServiceEntry a destination host names, seen from a namespace. */
    lookupHost(sourceNamespace, exportTo, host) {
        const fqdn = (0, hosts_1.toFqdn)(sourceNamespace, host);
        if (exportTo.length === 0) {
            const hit = this.scopedHosts.get(sourceNamespace)?.get(fqdn);
            if (hit)
                return hit;
        }
        else {
            for (const e of exportTo) {
                const scope = (0, resource_1.asString)(e) === '.' ? sourceNamespace : (0, resource_1.asString)(e);
                const hit = this.scopedHosts.get(scope)?.get(fqdn);
                if (hit)
                    return hit;
            }
        }
        const global = this.scopedHosts.get(hosts_1.EXPORT_ALL)?.get(fqdn);
        if (global)
            return global;
        for (const { scope, entry } of this.wildcardHosts) {
            if (scope !== hosts_1.EXPORT_ALL && scope !== sourceNamespace)
                continue;
            if ((0, hosts_1.hostCovers)(entry.host, host))
                return entry;
        }
        return undefined;
    }
    classify(res) {
        switch (res.group) {
            case '':
                if (res.kind === 'Service')
                    this.services.push(res);
                else if (res.kind === 'Namespace')
                    this.namespaces.set(res.name, res);
                else if (res.kind === 'Pod')
                    this.addWorkload(res, '');
                else if (res.kind === 'ConfigMap')
                    this.addConfigMap(res);
                else if (res.kind === 'Secret')
                    this.addSecret(res);
                else if (res.kind === 'Node')
                    this.nodeLabels.set(res.name, res.labels);
                return;
            case 'networking.istio.io':
                if (res.kind === 'VirtualService')
                    this.virtualServices.push(res);
                else if (res.kind === 'DestinationRule')
                    this.destinationRules.push(res);
                else if (res.kind === 'ServiceEntry')
                    this.serviceEntries.push(res);
                else if (res.kind === 'Sidecar')
                    this.sidecars.push(res);
                else if (res.kind === 'Gateway')
                    this.gateways.push(res);
                return;
            case 'gateway.networking.k8s.io':
                if (res.kind === 'Gateway')
                    this.gatewayApiGateways.push(res);
                else if (res.kind === 'HTTPRoute' || res.kind === 'GRPCRoute')
                    this.gatewayApiRoutes.push(res);
                return;
            case 'security.istio.io':
                if (res.kind === 'PeerAuthentication')
                    this.peerAuthentications.push(res);
                else if (res.kind === 'AuthorizationPolicy')
                    this.authorizationPolicies.push(res);
                return;
            case 'telemetry.istio.io':
                if (res.kind === 'Telemetry')
                    this.telemetries.push(res);
                return;
            case 'networking.k8s.io':
                if (res.kind === 'Ingress')
                    this.ingresses.push(res);
                return;
            case 'install.istio.io':
                if (res.kind === 'IstioOperator' && res.spec.meshConfig !== undefined) {
                    this.meshConfigSources.push({ res, path: 'spec.meshConfig', meshConfig: (0, resource_1.asObject)(res.spec.meshConfig) });
                }
                return;
            case kinds_1.FLAGGER_GROUP:
            case kinds_1.ARGO_GROUP:
                this.progressiveDelivery.push(res);
                // A Rollout with its own pod template runs pods like a Deployment (with workloadRef, the Deployment does).
                if (res.group === kinds_1.ARGO_GROUP && res.kind === 'Rollout' && res.spec.template !== undefined)
                    this.addWorkload(res, 'spec.template');
                return;
            default: {
                const templatePath = WORKLOAD_GROUPS.has(res.group) ? TEMPLATE_PATHS.get(res.kind) : undefined;
                if (templatePath)
                    this.addWorkload(res, templatePath);
            }
        }
    }
    addWorkload(res, templatePath) {
        let labels = res.labels;
        let annotations = res.annotations;
        let podSpec = res.spec;
        if (templatePath) {
            let template = res.raw;
            for (const part of templatePath.split('.'))
                template = (0, resource_1.asObject)(template[part]);
            const meta = (0, resource_1.asObject)(template.metadata);
            labels = (0, resource_1.asStringMap)(meta.labels);
            annotations = (0, resource_1.asStringMap)(meta.annotations);
            podSpec = (0, resource_1.asObject)(template.spec);
        }
        const replicas = typeof res.spec.replicas === 'number' ? res.spec.replicas : undefined;
        const workload = { res, labels, annotations, podSpec, templatePath, replicas };
        this.workloads.push(workload);
        this.workloadIndex.add(res.ns, workload);
    }
    addSecret(res) {
        this.secrets.add(`${res.ns}/${res.name}`);
        this.namespacesWithSecrets.add(res.ns);
    }
    addConfigMap(res) {
        if (res.name === SIDECAR_INJECTOR_CONFIGMAP) {
            const values = parseYamlObject((0, resource_1.asObject)(res.raw.data).values);
            // Istio's analyzer keeps the setting once any injector ConfigMap turns it on.
            if ((0, resource_1.asObject)(values?.sidecarInjectorWebhook).enableNamespacesByDefault === true)
                this.injectNamespacesByDefault = true;
            return;
        }
        if (res.name !== 'istio' && !res.name.startsWith('istio-'))
            return;
        const parsed = parseYamlObject((0, resource_1.asObject)(res.raw.data).mesh);
        if (parsed !== undefined)
            this.meshConfigSources.push({ res, path: 'data.mesh', meshConfig: parsed });
    }
    addService(res) {
        const fqdn = (0, hosts_1.toFqdn)(res.ns, res.name);
        const ports = [];
        for (const p of (0, resource_1.asArray)(res.spec.ports)) {
            const port = (0, resource_1.asObject)(p);
            ports.push({ number: (0, plain_json_1.toNumber)(port.port), name: (0, resource_1.asString)(port.name), protocol: (0, resource_1.asString)(port.protocol) || 'TCP' });
        }
        const entry = { res, host: fqdn, ports };
        for (const scope of (0, hosts_1.exportScopes)((0, hosts_1.serviceExportTo)(res.annotations['networking.istio.io/exportTo']), res.ns)) {
            this.addScopedHost(scope, fqdn, entry);
        }
        this.serviceByFqdn.set(fqdn, res);
        this.knownHosts.add(fqdn);
        this.namespacesWithServices.add(res.ns);
    }
    addServiceEntry(res) {
        const ports = [];
        for (const p of (0, resource_1.asArray)(res.spec.ports)) {
            const port = (0, resource_1.asObject)(p);
            ports.push({ number: (0, plain_json_1.toNumber)(port.number), name: (0, resource_1.asString)(port.name), protocol: (0, resource_1.asString)(port.protocol) });
        }
        const scopes = (0, hosts_1.exportScopes)((0, hosts_1.exportToOf)(res.spec), res.ns);
        for (const h of (0, resource_1.asArray)(res.spec.hosts)) {
            const host = (0, resource_1.asString)(h);
            if (!host)
                continue;
            const fqdn = (0, hosts_1.toFqdn)(res.ns, host);
            const entry = { res, host: fqdn, ports };
            this.knownHosts.add(fqdn);
            for (const scope of scopes) {
                this.addScopedHost(scope, fqdn, entry);
                if (fqdn.startsWith('*'))
                    this.wildcardHosts.push({ scope, entry });
            }
        }
    }
    addScopedHost(scope, fqdn, entry) {
        let hosts = this.scopedHosts.get(scope);
        if (!hosts)
            this.scopedHosts.set(scope, hosts = new Map());
        hosts.set(fqdn, entry);
    }
    readMeshSettings() {
        let rootNamespace = istio_names_1.DEFAULT_ROOT_NAMESPACE;
        let defaultAccessLogProviders;
        for (const { meshConfig } of this.meshConfigSources) {
            const root = (0, resource_1.asString)(meshConfig.rootNamespace);
            if (root)
                rootNamespace = root;
            const providers = (0, resource_1.asArray)((0, resource_1.asObject)(meshConfig.defaultProviders).accessLogging).map(resource_1.asString).filter((s) => s);
            defaultAccessLogProviders = [...(defaultAccessLogProviders ?? []), ...providers];
        }
        return { rootNamespace, defaultAccessLogProviders };
    }
}
exports.MeshModel = MeshModel;
/** A YAML (or JSON) object held in a ConfigMap value; undefined when absent or unparsable (istiod ignores those). */
function parseYamlObject(text) {
    if (typeof text !== 'string')
        return undefined;
    let parsed;
    try {
        parsed = (0, lazy_modules_1.parseYamlText)(text);
    }
    catch {
        return undefined;
    }
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : undefined;
}
//# sourceMappingURL=model.js.map