/**
 * Builds the mesh graph from plain manifests through the analysis model (what the objects say): namespaces with
 * their data plane and security facts; Services; versions (DestinationRule subsets, and per-version Services, see
 * version-services.ts: one version node when both select the same pods); ingress gateways with the hosts they
 * serve, and waypoints; routes in rule order with normalized weights
 * and match descriptions; mirrors. Analysis findings are attached to the nodes and edges whose objects and fields
 * they concern. Linear in the input: every lookup goes through a map.
 */
import { analyze } from '../validation/analysis';
import { Finding, Severity } from '../validation/finding';
import { GatewayApiModel, isServiceRef, parentRefsOf } from '../validation/analysis/gateway-api-model';
import { clusterNamespaceOf, toFqdn } from '../validation/analysis/hosts';
import { MeshModel } from '../validation/analysis/model';
import { asArray, asObject, asString, Json, Resource } from '../validation/analysis/resource';
import { WAYPOINT_GATEWAY_CLASS } from '../validation/util/istio-names';
import { describeGatewayApiMatch, describeIstioMatch } from './describe-match';
import {
  GraphEdge, GraphEdgeKind, GraphFinding, GraphNamespace, GraphNode, GraphNodeKind, GraphSource, GraphStatus, GraphData,
} from './model';
import { dataPlaneOf, mtlsOf, namespaceWidePeerAuthentications, policyOf } from './security';
import { VersionService, versionServices } from './version-services';

const MESH_GATEWAY = 'mesh';
const ROUTE_SECTIONS = ['http', 'tls', 'tcp'];

function sourceOf(res: Resource, path: string): GraphSource {
  return { kind: res.kind, namespace: res.ns, name: res.name, path };
}

function objectKey(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}|${namespace ?? ''}|${name}`;
}

/** Accumulates nodes and edges, one node per id. */
class GraphBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges: GraphEdge[] = [];
  private readonly namespaceNames = new Set<string>();
  private readonly versionServices: Map<string, VersionService>;
  /** Hosts the ingress gateways of the inputs serve: a route on one of them is the ingress entry, not a Service. */
  private readonly ingressHosts = new Set<string>();

  constructor(private readonly model: MeshModel, private readonly gatewayApi: GatewayApiModel) {
    this.versionServices = versionServices(model);
  }

  public build(findings: readonly Finding[]): GraphData {
    for (const svc of this.model.services) this.target(toFqdn(svc.ns, svc.name), sourceOf(svc, ''), true);
    for (const dr of this.model.destinationRules) this.addSubsets(dr);
    for (const gw of this.model.gateways) this.addIstioGateway(gw);
    for (const gw of this.model.gatewayApiGateways) this.addGatewayApiGateway(gw);
    for (const route of this.model.gatewayApiRoutes) this.addRouteHostnames(route);
    for (const vs of this.model.virtualServices) this.addVirtualService(vs);
    for (const route of this.model.gatewayApiRoutes) this.addGatewayApiRoute(route);
    for (const svc of this.model.services) this.addWaypointUse(svc);
    const namespaces = this.namespaces();
    const unattached = attachFindings(findings, namespaces, [...this.nodes.values()], this.edges);
    this.markStatus();
    return { namespaces, nodes: [...this.nodes.values()], edges: this.edges, findings: unattached };
  }

  private node(id: string, make: () => GraphNode, source: GraphSource | undefined, declared: boolean): GraphNode {
    let node = this.nodes.get(id);
    if (node === undefined) {
      node = make();
      this.nodes.set(id, node);
      if (node.namespace !== undefined) this.namespaceNames.add(node.namespace);
    } else if (declared && !node.declared) {
      // Read as a reference first, declared later: keep one node, now declared.
      node = { ...node, declared: true };
      this.nodes.set(id, node);
    }
    if (source !== undefined) node.sources.push(source);
    return node;
  }

  private service(fqdn: string, source: GraphSource | undefined, declared: boolean): GraphNode {
    return this.node(`svc:${fqdn}`, () => ({
      id: `svc:${fqdn}`, kind: GraphNodeKind.SERVICE, namespace: namespaceOfFqdn(fqdn), name: fqdn, declared,
      status: GraphStatus.OK, sources: [], findings: [],
    }), source, declared);
  }

  private version(fqdn: string, subset: string, source: GraphSource | undefined, declared: boolean): GraphNode {
    const id = `ver:${fqdn}#${subset}`;
    return this.node(id, () => ({
      id, kind: GraphNodeKind.VERSION, namespace: namespaceOfFqdn(fqdn), name: subset, versionOf: fqdn, declared,
      status: GraphStatus.OK, sources: [], findings: [],
    }), source, declared);
  }

  private gateway(namespace: string, name: string, source: GraphSource | undefined, declared: boolean, waypoint = false): GraphNode {
    const id = `${waypoint ? 'wp' : 'gw'}:${namespace}/${name}`;
    return this.node(id, () => ({
      id, kind: waypoint ? GraphNodeKind.WAYPOINT : GraphNodeKind.GATEWAY, namespace, name, declared,
      status: GraphStatus.OK, sources: [], findings: [], ...(waypoint ? {} : { hosts: [] }),
    }), source, declared);
  }

  /** The node traffic to a Service host reaches: the version it selects when it is a per-version Service. */
  private target(fqdn: string, source: GraphSource | undefined, declared: boolean): GraphNode {
    const version = this.versionServices.get(fqdn);
    if (version === undefined) return this.service(fqdn, source, declared);
    this.service(version.parentFqdn, undefined, false);
    return this.version(version.parentFqdn, version.version, source, declared);
  }

  /** Records hosts an ingress gateway serves, on its node and as ingress hosts (`*` serves any: not a name). */
  private serveHosts(gw: GraphNode, hosts: readonly string[]): void {
    for (const host of hosts) {
      if (!host || host === '*') continue;
      this.ingressHosts.add(host);
      if (gw.hosts !== undefined && !gw.hosts.includes(host)) gw.hosts.push(host);
    }
  }

  /** Whether a route host is one an ingress gateway serves (exactly, or through a `*.` wildcard). */
  private isIngressHost(host: string): boolean {
    if (this.ingressHosts.has(host)) return true;
    const dot = host.indexOf('.');
    return dot > 0 && this.ingressHosts.has(`*${host.slice(dot)}`);
  }

  private addIstioGateway(gw: Resource): void {
    const node = this.gateway(gw.ns, gw.name, sourceOf(gw, ''), true);
    for (const server of asArray(gw.spec.servers).map(asObject)) {
      // Server hosts may be `namespace/host`: the namespace limits which routes bind, the host is what is served.
      this.serveHosts(node, asArray(server.hosts).map(asString).map((h) => h.slice(h.indexOf('/') + 1)));
    }
  }

  private edge(e: Omit<GraphEdge, 'id' | 'status' | 'findings'>): void {
    this.edges.push({ ...e, id: `e${this.edges.length}`, status: GraphStatus.OK, findings: [] });
  }

  private addSubsets(dr: Resource): void {
    const host = asString(dr.spec.host);
    if (!host) return;
    const fqdn = toFqdn(dr.ns, host);
    this.service(fqdn, undefined, false);
    asArray(dr.spec.subsets).forEach((s, i) => {
      const name = asString(asObject(s).name);
      if (name) this.version(fqdn, name, sourceOf(dr, `spec.subsets[${i}]`), true);
    });
  }

  private addGatewayApiGateway(gw: Resource): void {
    const waypoint = asString(gw.spec.gatewayClassName) === WAYPOINT_GATEWAY_CLASS;
    const node = this.gateway(gw.ns, gw.name, sourceOf(gw, ''), true, waypoint);
    if (!waypoint) this.serveHosts(node, asArray(gw.spec.listeners).map((l) => asString(asObject(l).hostname)));
  }

  /** The nodes a VirtualService's rules start from: its hosts (bound to `mesh`) and its gateways. */
  private routeOrigins(vs: Resource): GraphNode[] {
    const gateways = asArray(vs.spec.gateways).map(asString).filter((g) => g);
    const origins: GraphNode[] = [];
    if (gateways.length === 0 || gateways.includes(MESH_GATEWAY)) {
      for (const h of asArray(vs.spec.hosts)) {
        const host = asString(h);
        // An ingress host is drawn on its gateway (the entry), not as a Service of its own.
        if (host && !this.isIngressHost(host)) origins.push(this.service(toFqdn(vs.ns, host), undefined, false));
      }
    }
    for (const g of gateways) {
      if (g === MESH_GATEWAY) continue;
      const slash = g.indexOf('/');
      const namespace = slash < 0 ? vs.ns : g.slice(0, slash);
      origins.push(this.gateway(namespace, slash < 0 ? g : g.slice(slash + 1), undefined, false));
    }
    return origins;
  }

  private addVirtualService(vs: Resource): void {
    const origins = this.routeOrigins(vs);
    const via = `VirtualService ${vs.ns}/${vs.name}`;
    for (const section of ROUTE_SECTIONS) {
      asArray(vs.spec[section]).forEach((r, i) => {
        const rule = asObject(r);
        const rulePath = `spec.${section}[${i}]`;
        const match = describeIstioMatch(rule.match);
        const routes = asArray(rule.route).map(asObject);
        const weights = routes.map((d) => (typeof d.weight === 'number' ? d.weight : routes.length === 1 ? 100 : 0));
        const total = weights.reduce((a, b) => a + b, 0);
        routes.forEach((d, j) => {
          const target = this.destination(vs, asObject(d.destination), sourceOf(vs, `${rulePath}.route[${j}]`));
          const weight = total > 0 ? weights[j] / total : 0;
          for (const from of origins) {
            this.edge({ kind: GraphEdgeKind.ROUTE, from: from.id, to: target.id, weight, match, rule: i, via, sources: [sourceOf(vs, `${rulePath}.route[${j}]`)] });
          }
        });
        if (rule.mirror !== undefined) {
          const target = this.destination(vs, asObject(rule.mirror), sourceOf(vs, `${rulePath}.mirror`));
          const pct = asObject(rule.mirrorPercentage).value;
          const mirrorPercent = typeof pct === 'number' ? pct : 100;
          for (const from of origins) {
            this.edge({ kind: GraphEdgeKind.MIRROR, from: from.id, to: target.id, weight: 1, mirrorPercent, match, rule: i, via, sources: [sourceOf(vs, `${rulePath}.mirror`)] });
          }
        }
      });
    }
  }

  /** The node a destination names: the version (subset) of a host, or the host itself (a version if it is one). */
  private destination(vs: Resource, destination: Json, source: GraphSource): GraphNode {
    const fqdn = toFqdn(vs.ns, asString(destination.host));
    const subset = asString(destination.subset);
    if (!subset) return this.target(fqdn, undefined, false);
    this.service(fqdn, undefined, false);
    const node = this.version(fqdn, subset, undefined, false);
    if (!node.declared) node.sources.push(source);
    return node;
  }

  /** The hostnames of a route on an ingress Gateway are hosts that Gateway serves (before any route is drawn). */
  private addRouteHostnames(route: Resource): void {
    const hostnames = asArray(route.spec.hostnames).map(asString);
    for (const p of parentRefsOf(route)) {
      if (p.kind !== 'Gateway' || isServiceRef(p) || this.nodes.has(`wp:${p.namespace}/${p.name}`)) continue;
      this.serveHosts(this.gateway(p.namespace, p.name, undefined, false), hostnames);
    }
  }

  private addGatewayApiRoute(route: Resource): void {
    const via = `${route.kind} ${route.ns}/${route.name}`;
    const origins: GraphNode[] = [];
    for (const p of parentRefsOf(route)) {
      if (isServiceRef(p)) {
        origins.push(this.service(toFqdn(p.namespace, p.name), undefined, false));
      } else if (p.kind === 'Gateway') {
        const waypoint = this.nodes.has(`wp:${p.namespace}/${p.name}`);
        origins.push(this.gateway(p.namespace, p.name, undefined, false, waypoint));
      }
    }
    asArray(route.spec.rules).forEach((r, i) => {
      const rule = asObject(r);
      const match = describeGatewayApiMatch(rule.matches);
      const backends = asArray(rule.backendRefs).map(asObject);
      const weights = backends.map((b) => (typeof b.weight === 'number' ? b.weight : 1));
      const total = weights.reduce((a, b) => a + b, 0);
      backends.forEach((b, j) => {
        const path = `spec.rules[${i}].backendRefs[${j}]`;
        const target = this.target(toFqdn(asString(b.namespace) || route.ns, asString(b.name)), undefined, false);
        for (const from of origins) {
          this.edge({ kind: GraphEdgeKind.ROUTE, from: from.id, to: target.id, weight: total > 0 ? weights[j] / total : 0, match, rule: i, via, sources: [sourceOf(route, path)] });
        }
      });
      for (const f of asArray(rule.filters)) {
        const mirror = asObject(asObject(f).requestMirror);
        const ref = asObject(mirror.backendRef);
        if (asString(asObject(f).type) !== 'RequestMirror' || !ref.name) continue;
        const target = this.target(toFqdn(asString(ref.namespace) || route.ns, asString(ref.name)), undefined, false);
        const pct = typeof mirror.percent === 'number' ? mirror.percent : 100;
        for (const from of origins) {
          this.edge({ kind: GraphEdgeKind.MIRROR, from: from.id, to: target.id, weight: 1, mirrorPercent: pct, match, rule: i, via, sources: [sourceOf(route, `spec.rules[${i}].filters`)] });
        }
      }
    });
  }

  private addWaypointUse(svc: Resource): void {
    const use = this.gatewayApi.waypointOf(svc);
    if (use.state !== 'bound') return;
    const from = this.nodes.get(`svc:${toFqdn(svc.ns, svc.name)}`);
    if (from === undefined || from.kind !== GraphNodeKind.SERVICE) return;
    const wp = this.gateway(use.waypoint.ns, use.waypoint.name, undefined, true, true);
    this.edge({ kind: GraphEdgeKind.WAYPOINT, from: from.id, to: wp.id, weight: 1, match: 'L7 traffic', rule: 0, via: `label istio.io/use-waypoint`, sources: [] });
  }

  private namespaces(): GraphNamespace[] {
    const m = this.model;
    for (const name of m.namespaces.keys()) this.namespaceNames.add(name);
    for (const r of [...m.peerAuthentications, ...m.authorizationPolicies, ...m.virtualServices, ...m.destinationRules]) this.namespaceNames.add(r.ns);
    const wide = namespaceWidePeerAuthentications(m);
    const policies = new Map<string, Resource[]>();
    for (const p of m.authorizationPolicies) {
      const list = policies.get(p.ns);
      if (list) list.push(p); else policies.set(p.ns, [p]);
    }
    return [...this.namespaceNames].sort().map((name) => {
      const mtls = mtlsOf(name, wide, m.mesh.rootNamespace);
      const own = (policies.get(name) ?? []).map(policyOf);
      return {
        name,
        dataPlane: dataPlaneOf(m, name),
        mtls: mtls.mode,
        mtlsFrom: mtls.from,
        portExceptions: mtls.portExceptions,
        denyByDefault: own.some((p) => p.allowsNothing && p.appliesTo === 'all workloads'),
        policies: own,
        findings: [],
      };
    });
  }

  private markStatus(): void {
    const reached = new Set<string>();
    for (const e of this.edges) {
      if (e.kind === GraphEdgeKind.ROUTE && e.weight > 0) reached.add(e.to);
      const target = this.nodes.get(e.to);
      const broken = e.findings.some((f) => f.severity === Severity.ERROR) || (target?.kind === GraphNodeKind.VERSION && !target.declared);
      if (broken) e.status = GraphStatus.BROKEN;
    }
    for (const node of this.nodes.values()) {
      if (node.findings.some((f) => f.severity === Severity.ERROR)) node.status = GraphStatus.BROKEN;
      else if (node.kind === GraphNodeKind.VERSION && !reached.has(node.id)) node.status = GraphStatus.UNREACHED;
    }
  }
}

/** The namespace of a cluster-local FQDN (`name.ns.svc.cluster.local`), undefined for other hosts. */
function namespaceOfFqdn(fqdn: string): string | undefined {
  return clusterNamespaceOf('', fqdn);
}

function pathCovers(elementPath: string, findingPath: string): boolean {
  return elementPath === '' || findingPath === elementPath ||
    findingPath.startsWith(`${elementPath}.`) || findingPath.startsWith(`${elementPath}[`);
}

/**
 * Puts each finding on every node and edge read from the field it names (a finding on a whole object goes to the
 * elements read from that object); namespace-scoped security objects attach to their namespace. Returns the rest.
 */
function attachFindings(findings: readonly Finding[], namespaces: readonly GraphNamespace[],
  nodes: readonly GraphNode[], edges: readonly GraphEdge[]): GraphFinding[] {
  const holders = new Map<string, { path: string; findings: GraphFinding[] }[]>();
  const hold = (s: GraphSource, into: GraphFinding[]): void => {
    const key = objectKey(s.kind, s.namespace, s.name);
    const list = holders.get(key);
    if (list) list.push({ path: s.path, findings: into }); else holders.set(key, [{ path: s.path, findings: into }]);
  };
  for (const n of nodes) for (const s of n.sources) hold(s, n.findings);
  for (const e of edges) for (const s of e.sources) hold(s, e.findings);
  const byNamespace = new Map(namespaces.map((n) => [n.name, n.findings]));
  const unattached: GraphFinding[] = [];
  for (const f of findings) {
    const shown: GraphFinding = {
      severity: f.severity, code: f.code, object: `${f.kind} ${f.namespace ? `${f.namespace}/` : ''}${f.name}`, path: f.path, message: f.message,
    };
    const targets = (holders.get(objectKey(f.kind, f.namespace, f.name)) ?? []).filter((h) => pathCovers(h.path, f.path));
    const nsFindings = f.kind === 'Namespace' ? byNamespace.get(f.name)
      : f.kind === 'PeerAuthentication' || f.kind === 'AuthorizationPolicy' ? byNamespace.get(f.namespace ?? '') : undefined;
    if (nsFindings !== undefined) nsFindings.push(shown);
    for (const t of targets) t.findings.push(shown);
    if (targets.length === 0 && nsFindings === undefined) unattached.push(shown);
  }
  return unattached;
}

/** The mesh graph of a set of manifests (plain objects, as synth or a YAML file holds them). */
export function buildMeshGraph(objs: readonly object[]): GraphData {
  const model = new MeshModel(objs);
  return new GraphBuilder(model, new GatewayApiModel(model)).build(analyze(objs));
}
