"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildMeshGraph = buildMeshGraph;
/**
 * Builds the mesh graph from plain manifests through the analysis model (what the objects say): namespaces with
 * their data plane and security facts; Services; versions (DestinationRule subsets, or the per-version Services an
 * HTTPRoute on a Service splits over); ingress gateways and waypoints; routes in rule order with normalized weights
 * and match descriptions; mirrors. Analysis findings are attached to the nodes and edges whose objects and fields
 * they concern. Linear in the input: every lookup goes through a map.
 */
const analysis_1 = require("../validation/analysis");
const finding_1 = require("../validation/finding");
const gateway_api_model_1 = require("../validation/analysis/gateway-api-model");
const hosts_1 = require("../validation/analysis/hosts");
const model_1 = require("../validation/analysis/model");
const resource_1 = require("../validation/analysis/resource");
const istio_names_1 = require("../validation/util/istio-names");
const describe_match_1 = require("./describe-match");
const model_2 = require("./model");
const security_1 = require("./security");
const MESH_GATEWAY = 'mesh';
const ROUTE_SECTIONS = ['http', 'tls', 'tcp'];
function sourceOf(res, path) {
    return { kind: res.kind, namespace: res.ns, name: res.name, path };
}
function objectKey(kind, namespace, name) {
    return `${kind}|${namespace ?? ''}|${name}`;
}
/** Accumulates nodes and edges, one node per id. */
class GraphBuilder {
    model;
    gatewayApi;
    nodes = new Map();
    edges = [];
    namespaceNames = new Set();
    constructor(model, gatewayApi) {
        this.model = model;
        this.gatewayApi = gatewayApi;
    }
    build(findings) {
        for (const svc of this.model.services)
            this.service((0, hosts_1.toFqdn)(svc.ns, svc.name), sourceOf(svc, ''), true);
        for (const dr of this.model.destinationRules)
            this.addSubsets(dr);
        for (const gw of this.model.gateways)
            this.gateway(gw.ns, gw.name, sourceOf(gw, ''), true);
        for (const gw of this.model.gatewayApiGateways)
            this.addGatewayApiGateway(gw);
        for (const vs of this.model.virtualServices)
            this.addVirtualService(vs);
        for (const route of this.model.gatewayApiRoutes)
            this.addGatewayApiRoute(route);
        for (const svc of this.model.services)
            this.addWaypointUse(svc);
        const namespaces = this.namespaces();
        const unattached = attachFindings(findings, namespaces, [...this.nodes.values()], this.edges);
        this.markStatus();
        return { namespaces, nodes: [...this.nodes.values()], edges: this.edges, findings: unattached };
    }
    node(id, make, source, declared) {
        let node = this.nodes.get(id);
        if (node === undefined) {
            node = make();
            this.nodes.set(id, node);
            if (node.namespace !== undefined)
                this.namespaceNames.add(node.namespace);
        }
        else if (declared && !node.declared) {
            // Read as a reference first, declared later: keep one node, now declared.
            node = { ...node, declared: true };
            this.nodes.set(id, node);
        }
        if (source !== undefined)
            node.sources.push(source);
        return node;
    }
    service(fqdn, source, declared) {
        return this.node(`svc:${fqdn}`, () => ({
            id: `svc:${fqdn}`, kind: model_2.GraphNodeKind.SERVICE, namespace: namespaceOfFqdn(fqdn), name: fqdn, declared,
            status: model_2.GraphStatus.OK, sources: [], findings: [],
        }), source, declared);
    }
    version(fqdn, subset, source, declared) {
        const id = `ver:${fqdn}#${subset}`;
        return this.node(id, () => ({
            id, kind: model_2.GraphNodeKind.VERSION, namespace: namespaceOfFqdn(fqdn), name: subset, versionOf: fqdn, declared,
            status: model_2.GraphStatus.OK, sources: [], findings: [],
        }), source, declared);
    }
    gateway(namespace, name, source, declared, waypoint = false) {
        const id = `${waypoint ? 'wp' : 'gw'}:${namespace}/${name}`;
        return this.node(id, () => ({
            id, kind: waypoint ? model_2.GraphNodeKind.WAYPOINT : model_2.GraphNodeKind.GATEWAY, namespace, name, declared,
            status: model_2.GraphStatus.OK, sources: [], findings: [],
        }), source, declared);
    }
    edge(e) {
        this.edges.push({ ...e, id: `e${this.edges.length}`, status: model_2.GraphStatus.OK, findings: [] });
    }
    addSubsets(dr) {
        const host = (0, resource_1.asString)(dr.spec.host);
        if (!host)
            return;
        const fqdn = (0, hosts_1.toFqdn)(dr.ns, host);
        this.service(fqdn, undefined, false);
        (0, resource_1.asArray)(dr.spec.subsets).forEach((s, i) => {
            const name = (0, resource_1.asString)((0, resource_1.asObject)(s).name);
            if (name)
                this.version(fqdn, name, sourceOf(dr, `spec.subsets[${i}]`), true);
        });
    }
    addGatewayApiGateway(gw) {
        const waypoint = (0, resource_1.asString)(gw.spec.gatewayClassName) === istio_names_1.WAYPOINT_GATEWAY_CLASS;
        this.gateway(gw.ns, gw.name, sourceOf(gw, ''), true, waypoint);
    }
    /** The nodes a VirtualService's rules start from: its hosts (bound to `mesh`) and its gateways. */
    routeOrigins(vs) {
        const gateways = (0, resource_1.asArray)(vs.spec.gateways).map(resource_1.asString).filter((g) => g);
        const origins = [];
        if (gateways.length === 0 || gateways.includes(MESH_GATEWAY)) {
            for (const h of (0, resource_1.asArray)(vs.spec.hosts)) {
                const host = (0, resource_1.asString)(h);
                if (host)
                    origins.push(this.service((0, hosts_1.toFqdn)(vs.ns, host), undefined, false));
            }
        }
        for (const g of gateways) {
            if (g === MESH_GATEWAY)
                continue;
            const slash = g.indexOf('/');
            const namespace = slash < 0 ? vs.ns : g.slice(0, slash);
            origins.push(this.gateway(namespace, slash < 0 ? g : g.slice(slash + 1), undefined, false));
        }
        return origins;
    }
    addVirtualService(vs) {
        const origins = this.routeOrigins(vs);
        const via = `VirtualService ${vs.ns}/${vs.name}`;
        for (const section of ROUTE_SECTIONS) {
            (0, resource_1.asArray)(vs.spec[section]).forEach((r, i) => {
                const rule = (0, resource_1.asObject)(r);
                const rulePath = `spec.${section}[${i}]`;
                const match = (0, describe_match_1.describeIstioMatch)(rule.match);
                const routes = (0, resource_1.asArray)(rule.route).map(resource_1.asObject);
                const weights = routes.map((d) => (typeof d.weight === 'number' ? d.weight : routes.length === 1 ? 100 : 0));
                const total = weights.reduce((a, b) => a + b, 0);
                routes.forEach((d, j) => {
                    const target = this.destination(vs, (0, resource_1.asObject)(d.destination), sourceOf(vs, `${rulePath}.route[${j}]`));
                    const weight = total > 0 ? weights[j] / total : 0;
                    for (const from of origins) {
                        this.edge({ kind: model_2.GraphEdgeKind.ROUTE, from: from.id, to: target.id, weight, match, rule: i, via, sources: [sourceOf(vs, `${rulePath}.route[${j}]`)] });
                    }
                });
                if (rule.mirror !== undefined) {
                    const target = this.destination(vs, (0, resource_1.asObject)(rule.mirror), sourceOf(vs, `${rulePath}.mirror`));
                    const pct = (0, resource_1.asObject)(rule.mirrorPercentage).value;
                    const mirrorPercent = typeof pct === 'number' ? pct : 100;
                    for (const from of origins) {
                        this.edge({ kind: model_2.GraphEdgeKind.MIRROR, from: from.id, to: target.id, weight: 1, mirrorPercent, match, rule: i, via, sources: [sourceOf(vs, `${rulePath}.mirror`)] });
                    }
                }
            });
        }
    }
    /** The node a destination names: the version (subset) of a host, or the host itself. */
    destination(vs, destination, source) {
        const fqdn = (0, hosts_1.toFqdn)(vs.ns, (0, resource_1.asString)(destination.host));
        this.service(fqdn, undefined, false);
        const subset = (0, resource_1.asString)(destination.subset);
        if (!subset)
            return this.service(fqdn, undefined, false);
        const node = this.version(fqdn, subset, undefined, false);
        if (!node.declared)
            node.sources.push(source);
        return node;
    }
    addGatewayApiRoute(route) {
        const via = `${route.kind} ${route.ns}/${route.name}`;
        const origins = [];
        const parentServices = [];
        for (const p of (0, gateway_api_model_1.parentRefsOf)(route)) {
            if ((0, gateway_api_model_1.isServiceRef)(p)) {
                const fqdn = (0, hosts_1.toFqdn)(p.namespace, p.name);
                parentServices.push(fqdn);
                origins.push(this.service(fqdn, undefined, false));
            }
            else if (p.kind === 'Gateway') {
                const waypoint = this.nodes.has(`wp:${p.namespace}/${p.name}`);
                origins.push(this.gateway(p.namespace, p.name, undefined, false, waypoint));
            }
        }
        (0, resource_1.asArray)(route.spec.rules).forEach((r, i) => {
            const rule = (0, resource_1.asObject)(r);
            const match = (0, describe_match_1.describeGatewayApiMatch)(rule.matches);
            const backends = (0, resource_1.asArray)(rule.backendRefs).map(resource_1.asObject);
            const weights = backends.map((b) => (typeof b.weight === 'number' ? b.weight : 1));
            const total = weights.reduce((a, b) => a + b, 0);
            backends.forEach((b, j) => {
                const path = `spec.rules[${i}].backendRefs[${j}]`;
                const fqdn = (0, hosts_1.toFqdn)((0, resource_1.asString)(b.namespace) || route.ns, (0, resource_1.asString)(b.name));
                const isVersion = parentServices.length > 0 && !parentServices.includes(fqdn);
                // A per-version Service: drawn as a version of the Service the route is attached to.
                const target = isVersion ? this.versionService(fqdn, parentServices[0]) : this.service(fqdn, undefined, false);
                for (const from of origins) {
                    this.edge({ kind: model_2.GraphEdgeKind.ROUTE, from: from.id, to: target.id, weight: total > 0 ? weights[j] / total : 0, match, rule: i, via, sources: [sourceOf(route, path)] });
                }
            });
            for (const f of (0, resource_1.asArray)(rule.filters)) {
                const mirror = (0, resource_1.asObject)((0, resource_1.asObject)(f).requestMirror);
                const ref = (0, resource_1.asObject)(mirror.backendRef);
                if ((0, resource_1.asString)((0, resource_1.asObject)(f).type) !== 'RequestMirror' || !ref.name)
                    continue;
                const target = this.service((0, hosts_1.toFqdn)((0, resource_1.asString)(ref.namespace) || route.ns, (0, resource_1.asString)(ref.name)), undefined, false);
                const pct = typeof mirror.percent === 'number' ? mirror.percent : 100;
                for (const from of origins) {
                    this.edge({ kind: model_2.GraphEdgeKind.MIRROR, from: from.id, to: target.id, weight: 1, mirrorPercent: pct, match, rule: i, via, sources: [sourceOf(route, `spec.rules[${i}].filters`)] });
                }
            }
        });
    }
    /** A backend Service of a Service-attached route, as a version node of the parent Service. */
    versionService(fqdn, parentFqdn) {
        const svc = this.model.serviceByFqdn.get(fqdn);
        const existing = this.nodes.get(`svc:${fqdn}`);
        if (existing !== undefined)
            this.nodes.delete(existing.id);
        const id = `svc:${fqdn}`;
        return this.node(id, () => ({
            id, kind: model_2.GraphNodeKind.VERSION, namespace: namespaceOfFqdn(fqdn), name: fqdn, versionOf: parentFqdn,
            declared: svc !== undefined, status: model_2.GraphStatus.OK, sources: existing?.sources ?? [], findings: [],
        }), undefined, svc !== undefined);
    }
    addWaypointUse(svc) {
        const use = this.gatewayApi.waypointOf(svc);
        if (use.state !== 'bound')
            return;
        const from = this.nodes.get(`svc:${(0, hosts_1.toFqdn)(svc.ns, svc.name)}`);
        if (from === undefined || from.kind !== model_2.GraphNodeKind.SERVICE)
            return;
        const wp = this.gateway(use.waypoint.ns, use.waypoint.name, undefined, true, true);
        this.edge({ kind: model_2.GraphEdgeKind.WAYPOINT, from: from.id, to: wp.id, weight: 1, match: 'L7 traffic', rule: 0, via: `label istio.io/use-waypoint`, sources: [] });
    }
    namespaces() {
        const m = this.model;
        for (const name of m.namespaces.keys())
            this.namespaceNames.add(name);
        for (const r of [...m.peerAuthentications, ...m.authorizationPolicies, ...m.virtualServices, ...m.destinationRules])
            this.namespaceNames.add(r.ns);
        const wide = (0, security_1.namespaceWidePeerAuthentications)(m);
        const policies = new Map();
        for (const p of m.authorizationPolicies) {
            const list = policies.get(p.ns);
            if (list)
                list.push(p);
            else
                policies.set(p.ns, [p]);
        }
        return [...this.namespaceNames].sort().map((name) => {
            const mtls = (0, security_1.mtlsOf)(name, wide, m.mesh.rootNamespace);
            const own = (policies.get(name) ?? []).map(security_1.policyOf);
            return {
                name,
                dataPlane: (0, security_1.dataPlaneOf)(m, name),
                mtls: mtls.mode,
                mtlsFrom: mtls.from,
                portExceptions: mtls.portExceptions,
                denyByDefault: own.some((p) => p.allowsNothing && p.appliesTo === 'all workloads'),
                policies: own,
                findings: [],
            };
        });
    }
    markStatus() {
        const reached = new Set();
        for (const e of this.edges) {
            if (e.kind === model_2.GraphEdgeKind.ROUTE && e.weight > 0)
                reached.add(e.to);
            const target = this.nodes.get(e.to);
            const broken = e.findings.some((f) => f.severity === finding_1.Severity.ERROR) || (target?.kind === model_2.GraphNodeKind.VERSION && !target.declared);
            if (broken)
                e.status = model_2.GraphStatus.BROKEN;
        }
        for (const node of this.nodes.values()) {
            if (node.findings.some((f) => f.severity === finding_1.Severity.ERROR))
                node.status = model_2.GraphStatus.BROKEN;
            else if (node.kind === model_2.GraphNodeKind.VERSION && !reached.has(node.id))
                node.status = model_2.GraphStatus.UNREACHED;
        }
    }
}
/** The namespace of a cluster-local FQDN (`name.ns.svc.cluster.local`), undefined for other hosts. */
function namespaceOfFqdn(fqdn) {
    return (0, hosts_1.clusterNamespaceOf)('', fqdn);
}
function pathCovers(elementPath, findingPath) {
    return elementPath === '' || findingPath === elementPath ||
        findingPath.startsWith(`${elementPath}.`) || findingPath.startsWith(`${elementPath}[`);
}
/**
 * Puts each finding on every node and edge read from the field it names (a finding on a whole object goes to the
 * elements read from that object); namespace-scoped security objects attach to their namespace. Returns the rest.
 */
function attachFindings(findings, namespaces, nodes, edges) {
    const holders = new Map();
    const hold = (s, into) => {
        const key = objectKey(s.kind, s.namespace, s.name);
        const list = holders.get(key);
        if (list)
            list.push({ path: s.path, findings: into });
        else
            holders.set(key, [{ path: s.path, findings: into }]);
    };
    for (const n of nodes)
        for (const s of n.sources)
            hold(s, n.findings);
    for (const e of edges)
        for (const s of e.sources)
            hold(s, e.findings);
    const byNamespace = new Map(namespaces.map((n) => [n.name, n.findings]));
    const unattached = [];
    for (const f of findings) {
        const shown = {
            severity: f.severity, code: f.code, object: `${f.kind} ${f.namespace ? `${f.namespace}/` : ''}${f.name}`, path: f.path, message: f.message,
        };
        const targets = (holders.get(objectKey(f.kind, f.namespace, f.name)) ?? []).filter((h) => pathCovers(h.path, f.path));
        const nsFindings = f.kind === 'Namespace' ? byNamespace.get(f.name)
            : f.kind === 'PeerAuthentication' || f.kind === 'AuthorizationPolicy' ? byNamespace.get(f.namespace ?? '') : undefined;
        if (nsFindings !== undefined)
            nsFindings.push(shown);
        for (const t of targets)
            t.findings.push(shown);
        if (targets.length === 0 && nsFindings === undefined)
            unattached.push(shown);
    }
    return unattached;
}
/** The mesh graph of a set of manifests (plain objects, as synth or a YAML file holds them). */
function buildMeshGraph(objs) {
    const model = new model_1.MeshModel(objs);
    return new GraphBuilder(model, new gateway_api_model_1.GatewayApiModel(model)).build((0, analysis_1.analyze)(objs));
}
//# sourceMappingURL=build-graph.js.map