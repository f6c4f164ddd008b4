"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TrafficModel = exports.Described = exports.ProblemKind = void 0;
exports.isRoute = isRoute;
/**
 * Which traffic a cluster state fails to serve: every route (a VirtualService or HTTPRoute destination that gets
 * traffic, and every Service itself, as kube-proxy routes to its selected pods) must name a Service that exists,
 * a port it exposes, a DestinationRule subset that is defined, and pods that exist (a Deployment or StatefulSet
 * with replicas > 0 whose pod template carries the Service's selector and the subset's labels, and the named
 * target port).
 *
 * Only what the inputs describe is judged: a Service, DestinationRule or workload namespace that neither `<from>`
 * nor `<to>` holds belongs to another tool and counts as present. Only traffic that exists before the apply is
 * judged (see `carriesTraffic`), so a brand-new service whose objects arrive in any order is not a finding.
 *
 * The model is updated object by object and re-checks only the routes that depend on the changed object (a
 * Service, the DestinationRules of its host, the workloads of its namespace), so a replay costs about the
 * number of objects times the routes each change touches, not the number of objects squared.
 */
const cluster_state_1 = require("./cluster-state");
const gateway_api_model_1 = require("../validation/analysis/gateway-api-model");
const hosts_1 = require("../validation/analysis/hosts");
const labels_1 = require("../validation/analysis/labels");
const resource_1 = require("../validation/analysis/resource");
var ProblemKind;
(function (ProblemKind) {
    ProblemKind["SERVICE_MISSING"] = "service-missing";
    ProblemKind["PORT_MISSING"] = "port-missing";
    ProblemKind["SUBSET_MISSING"] = "subset-missing";
    ProblemKind["NO_PODS"] = "no-pods";
})(ProblemKind || (exports.ProblemKind = ProblemKind = {}));
const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet']);
const VS = 'networking.istio.io/VirtualService';
const DR = 'networking.istio.io/DestinationRule';
const HTTP_ROUTE = 'gateway.networking.k8s.io/HTTPRoute';
const GRPC_ROUTE = 'gateway.networking.k8s.io/GRPCRoute';
const MESH_GATEWAY = 'mesh';
function kindOf(res) {
    return res.group === '' ? res.kind : `${res.group}/${res.kind}`;
}
function isWorkload(res) {
    return res.group === 'apps' && WORKLOAD_KINDS.has(res.kind);
}
/** Routes, as opposed to what routes point at: kubectl's prune may delete them after their targets. */
function isRoute(res) {
    const kind = kindOf(res);
    return kind === VS || kind === HTTP_ROUTE || kind === GRPC_ROUTE;
}
/** What both ends of the transition describe: only these Services, hosts and namespaces are judged. */
class Described {
    services = new Set();
    subsetHosts = new Set();
    workloadNamespaces = new Set();
    constructor(objects) {
        for (const { resource: res } of objects) {
            const kind = kindOf(res);
            if (kind === 'Service')
                this.services.add(`${res.ns}/${res.name}`);
            else if (kind === DR)
                this.subsetHosts.add((0, hosts_1.resourceKeyOfHost)(res.ns, (0, resource_1.asString)(res.spec.host)));
            else if (isWorkload(res))
                this.workloadNamespaces.add(res.ns);
        }
    }
    service(nsName) {
        return this.services.has(nsName);
    }
    subsetsOf(nsName) {
        return this.subsetHosts.has(nsName);
    }
    workloadsIn(namespace) {
        return this.workloadNamespaces.has(namespace);
    }
}
exports.Described = Described;
// Dependency tokens: a route depends on Services (and their DestinationRules) and on the workloads of namespaces.
const serviceToken = (nsName) => `svc:${nsName}`;
const namespaceToken = (namespace) => `ns:${namespace}`;
/** The objects of one moment of the replay, and the problems of their routes. */
class TrafficModel {
    fromKeys;
    described;
    /** A model of `objects`, judged against the traffic that `fromKeys` (the keys of `<from>`) carried. */
    static load(objects, fromKeys, described) {
        const model = new TrafficModel(fromKeys, described);
        for (const o of objects) {
            const key = (0, cluster_state_1.objectKey)(o.resource);
            const old = model.objects.get(key);
            if (old)
                model.unindex(key, old.resource);
            model.objects.set(key, o);
            model.index(key, o.resource);
        }
        for (const key of model.objects.keys())
            model.evaluate(key);
        return model;
    }
    objects = new Map();
    services = new Map();
    /** host key (`ns/name`) → DestinationRule key → subset name → labels. */
    subsets = new Map();
    /** namespace → workload key → its pods (only workloads with replicas > 0). */
    pods = new Map();
    problemsByRoute = new Map();
    dependents = new Map();
    tokensOf = new Map();
    constructor(fromKeys, described) {
        this.fromKeys = fromKeys;
        this.described = described;
    }
    get(key) {
        return this.objects.get(key);
    }
    /** Writes an object (create or replace), as `kubectl apply` does. */
    put(object) {
        const key = (0, cluster_state_1.objectKey)(object.resource);
        const old = this.objects.get(key);
        if (old)
            this.unindex(key, old.resource);
        this.objects.set(key, object);
        this.index(key, object.resource);
        this.refresh(key, old ? [old.resource, object.resource] : [object.resource]);
    }
    remove(key) {
        const old = this.objects.get(key);
        if (!old)
            return;
        this.objects.delete(key);
        this.unindex(key, old.resource);
        this.refresh(key, [old.resource]);
    }
    /** Every problem of the current state, by id. */
    problems() {
        const out = new Map();
        for (const list of this.problemsByRoute.values())
            for (const p of list)
                out.set(p.id, p);
        return out;
    }
    index(key, res) {
        const kind = kindOf(res);
        if (kind === 'Service') {
            this.services.set(`${res.ns}/${res.name}`, res);
        }
        else if (kind === DR) {
            const host = (0, hosts_1.resourceKeyOfHost)(res.ns, (0, resource_1.asString)(res.spec.host));
            const named = new Map();
            for (const s of (0, resource_1.asArray)(res.spec.subsets)) {
                const subset = (0, resource_1.asObject)(s);
                const name = (0, resource_1.asString)(subset.name);
                if (name && !named.has(name))
                    named.set(name, (0, resource_1.asStringMap)(subset.labels));
            }
            let byRule = this.subsets.get(host);
            if (!byRule)
                this.subsets.set(host, byRule = new Map());
            byRule.set(key, named);
        }
        else if (isWorkload(res)) {
            // A Deployment without spec.replicas runs one pod (the API server's default).
            const replicas = res.spec.replicas === undefined ? 1 : res.spec.replicas;
            if (typeof replicas !== 'number' || replicas <= 0)
                return;
            const template = (0, resource_1.asObject)(res.spec.template);
            const names = new Set();
            for (const c of (0, resource_1.asArray)((0, resource_1.asObject)(template.spec).containers)) {
                for (const p of (0, resource_1.asArray)((0, resource_1.asObject)(c).ports)) {
                    const name = (0, resource_1.asString)((0, resource_1.asObject)(p).name);
                    if (name)
                        names.add(name);
                }
            }
            let inNamespace = this.pods.get(res.ns);
            if (!inNamespace)
                this.pods.set(res.ns, inNamespace = new Map());
            inNamespace.set(key, { labels: (0, resource_1.asStringMap)((0, resource_1.asObject)(template.metadata).labels), containerPortNames: names });
        }
    }
    unindex(key, res) {
        const kind = kindOf(res);
        if (kind === 'Service')
            this.services.delete(`${res.ns}/${res.name}`);
        else if (kind === DR)
            this.subsets.get((0, hosts_1.resourceKeyOfHost)(res.ns, (0, resource_1.asString)(res.spec.host)))?.delete(key);
        else if (isWorkload(res))
            this.pods.get(res.ns)?.delete(key);
    }
    /** Re-checks the object itself (when it is a route or a Service) and every route that depends on it. */
    refresh(key, versions) {
        const affected = new Set([key]);
        for (const res of versions) {
            const kind = kindOf(res);
            const token = kind === 'Service' ? serviceToken(`${res.ns}/${res.name}`)
                : kind === DR ? serviceToken((0, hosts_1.resourceKeyOfHost)(res.ns, (0, resource_1.asString)(res.spec.host)))
                    : isWorkload(res) ? namespaceToken(res.ns) : undefined;
            if (token)
                for (const k of this.dependents.get(token) ?? [])
                    affected.add(k);
        }
        for (const k of affected)
            this.evaluate(k);
    }
    evaluate(key) {
        for (const token of this.tokensOf.get(key) ?? [])
            this.dependents.get(token)?.delete(key);
        this.tokensOf.delete(key);
        this.problemsByRoute.delete(key);
        const object = this.objects.get(key);
        if (!object)
            return;
        const check = new RouteCheck(key, object, this);
        const kind = kindOf(object.resource);
        if (kind === 'Service')
            check.serviceItself();
        else if (kind === VS)
            check.virtualService();
        else if (kind === HTTP_ROUTE || kind === GRPC_ROUTE)
            check.gatewayRoute();
        else
            return;
        if (check.problems.length > 0)
            this.problemsByRoute.set(key, check.problems);
        this.tokensOf.set(key, [...check.tokens]);
        for (const token of check.tokens) {
            let set = this.dependents.get(token);
            if (!set)
                this.dependents.set(token, set = new Set());
            set.add(key);
        }
    }
    /** @internal for RouteCheck */
    _carried(key) {
        return this.fromKeys.has(key);
    }
    /** @internal for RouteCheck */
    _exists(key) {
        return this.objects.has(key);
    }
    /** @internal for RouteCheck: the problem with sending traffic to `t`, if any. */
    _targetProblem(t) {
        const nsName = `${t.namespace}/${t.service}`;
        if (!this.described.service(nsName))
            return undefined;
        const svc = this.services.get(nsName);
        if (!svc)
            return { kind: ProblemKind.SERVICE_MISSING, detail: `Service ${nsName} does not exist` };
        const ports = (0, resource_1.asArray)(svc.spec.ports).map(resource_1.asObject);
        const used = t.port === undefined ? ports : ports.filter((p) => p.port === t.port);
        if (used.length === 0) {
            const have = ports.map((p) => String(p.port)).join(', ') || 'none';
            return { kind: ProblemKind.PORT_MISSING, detail: `Service ${nsName} has no port ${String(t.port)} (its ports: ${have})` };
        }
        let labels = (0, resource_1.asStringMap)(svc.spec.selector);
        if (t.subset !== undefined && this.described.subsetsOf(nsName)) {
            let subsetLabels;
            for (const named of this.subsets.get(nsName)?.values() ?? []) {
                subsetLabels = named.get(t.subset);
                if (subsetLabels)
                    break;
            }
            if (!subsetLabels) {
                return { kind: ProblemKind.SUBSET_MISSING, detail: `subset "${t.subset}" of host "${t.written}" is not defined by any DestinationRule` };
            }
            labels = { ...labels, ...subsetLabels };
        }
        // A Service without a selector has hand-made endpoints: nothing here to judge.
        if ((0, labels_1.isEmptyMap)((0, resource_1.asStringMap)(svc.spec.selector)) || !this.described.workloadsIn(t.namespace))
            return undefined;
        const namedTargets = used.map((p) => p.targetPort).filter((tp) => typeof tp === 'string');
        for (const pods of this.pods.get(t.namespace)?.values() ?? []) {
            if ((0, labels_1.matchesSelector)(labels, pods.labels) && namedTargets.every((n) => pods.containerPortNames.has(n)))
                return undefined;
        }
        const what = t.subset === undefined ? `Service ${nsName}` : `subset "${t.subset}" of Service ${nsName}`;
        const port = namedTargets.length > 0 ? ` and a container port named ${namedTargets.map((n) => `"${n}"`).join(', ')}` : '';
        return {
            kind: ProblemKind.NO_PODS,
            detail: `no running pods serve ${what} (no Deployment or StatefulSet with replicas > 0 and pod labels ${JSON.stringify(labels)}${port})`,
        };
    }
}
exports.TrafficModel = TrafficModel;
function serviceKey(nsName) {
    const [namespace, name] = nsName.split('/');
    return `/Service/${namespace}/${name}`;
}
/** `ns/name` of the Kubernetes Service a host names, or undefined for other hosts. */
function serviceOfHost(namespace, host) {
    if (!host || host.startsWith('*'))
        return undefined;
    const fqdn = (0, hosts_1.toFqdn)(namespace, host);
    return fqdn.endsWith('.svc.cluster.local') ? (0, hosts_1.resourceKeyOfHost)(namespace, fqdn) : undefined;
}
/** The checks of one route object, collecting its problems and the tokens it depends on. */
class RouteCheck {
    key;
    object;
    model;
    problems = [];
    tokens = new Set();
    res;
    constructor(key, object, model) {
        this.key = key;
        this.object = object;
        this.model = model;
        this.res = object.resource;
    }
    /** A Service carries the traffic of its clients when it existed before the apply. */
    serviceItself() {
        if (!this.model._carried(this.key))
            return;
        (0, resource_1.asArray)(this.res.spec.ports).forEach((p, i) => {
            const target = { namespace: this.res.ns, service: this.res.name, port: Number((0, resource_1.asObject)(p).port), written: this.res.name };
            this.target(`spec.ports[${i}]`, target);
        });
    }
    virtualService() {
        if (!this.virtualServiceCarriesTraffic())
            return;
        for (const section of ['http', 'tcp', 'tls']) {
            (0, resource_1.asArray)(this.res.spec[section]).forEach((rule, i) => {
                const routes = (0, resource_1.asArray)((0, resource_1.asObject)(rule).route);
                routes.forEach((r, j) => {
                    const route = (0, resource_1.asObject)(r);
                    // With several destinations, weight 0 means no traffic; a single destination gets it all.
                    if (routes.length > 1 && route.weight === 0)
                        return;
                    const destination = (0, resource_1.asObject)(route.destination);
                    const host = (0, resource_1.asString)(destination.host);
                    const svc = serviceOfHost(this.res.ns, host);
                    if (!svc)
                        return;
                    const [namespace, service] = svc.split('/');
                    const portNumber = (0, resource_1.asObject)(destination.port).number;
                    const subset = (0, resource_1.asString)(destination.subset);
                    this.target(`spec.${section}[${i}].route[${j}].destination`, {
                        namespace, service, written: host,
                        ...(typeof portNumber === 'number' ? { port: portNumber } : {}),
                        ...(subset ? { subset } : {}),
                    });
                });
            });
        }
    }
    gatewayRoute() {
        if (!this.gatewayRouteCarriesTraffic())
            return;
        const weights = (0, resource_1.asArray)(this.res.spec.rules).flatMap((rule) => (0, resource_1.asArray)((0, resource_1.asObject)(rule).backendRefs).map((b) => (0, resource_1.asObject)(b).weight));
        (0, gateway_api_model_1.backendRefsOf)(this.res).forEach((ref, i) => {
            if (!(0, gateway_api_model_1.isServiceRef)(ref) || weights[i] === 0)
                return;
            this.target(ref.path, {
                namespace: ref.namespace, service: ref.name, written: ref.name, ...(ref.port !== undefined ? { port: ref.port } : {}),
            });
        });
    }
    /**
     * A VirtualService carries traffic when it did before the apply: bound to a gateway (ingress traffic arrives
     * whatever the mesh holds) and present in `from`, or one of its hosts is a Service present in `from` and now.
     */
    virtualServiceCarriesTraffic() {
        const existed = this.model._carried(this.key);
        if (existed && (0, resource_1.asArray)(this.res.spec.gateways).some((g) => (0, resource_1.asString)(g) !== MESH_GATEWAY))
            return true;
        let carries = false;
        for (const h of (0, resource_1.asArray)(this.res.spec.hosts)) {
            const svc = serviceOfHost(this.res.ns, (0, resource_1.asString)(h));
            if (svc === undefined) {
                carries ||= existed; // an external or ServiceEntry host: its clients are outside what we model
                continue;
            }
            this.tokens.add(serviceToken(svc));
            const k = serviceKey(svc);
            carries ||= this.model._carried(k) && this.model._exists(k);
        }
        return carries;
    }
    /** An HTTPRoute carries traffic when it existed before, or one of its Service parents existed before and now. */
    gatewayRouteCarriesTraffic() {
        let carries = this.model._carried(this.key);
        for (const ref of (0, gateway_api_model_1.parentRefsOf)(this.res)) {
            if (!(0, gateway_api_model_1.isServiceRef)(ref))
                continue;
            const svc = `${ref.namespace}/${ref.name}`;
            this.tokens.add(serviceToken(svc));
            carries ||= this.model._carried(serviceKey(svc)) && this.model._exists(serviceKey(svc));
        }
        return carries;
    }
    target(path, t) {
        const nsName = `${t.namespace}/${t.service}`;
        this.tokens.add(serviceToken(nsName));
        this.tokens.add(namespaceToken(t.namespace));
        const problem = this.model._targetProblem(t);
        if (!problem)
            return;
        this.problems.push({
            id: `${this.key}|${path}|${problem.kind}|${nsName}|${t.port ?? ''}|${t.subset ?? ''}`,
            kind: problem.kind, routeKey: this.key, route: this.object, path, detail: problem.detail,
            targetNamespace: t.namespace, targetService: t.service,
        });
    }
}
//# sourceMappingURL=traffic.js.map