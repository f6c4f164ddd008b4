/**
 * Which traffic a cluster state fails to serve: every route (a VirtualService or HTTPRoute destination that gets
 * traffic, and every Service itself, as kube-proxy routes to its selected pods) must name a Service that exists,
 * a port it exposes, a DestinationRule subset that is defined, and pods that exist (a Deployment or StatefulSet
 * with replicas > 0 whose pod template carries the Service's selector and the subset's labels, and the named
 * target port).
 *
 * Only what the inputs describe is judged: a Service, DestinationRule or workload namespace that neither `<from>`
 * nor `<to>` holds belongs to another tool and counts as present. Only traffic that exists before the apply is
 * judged: a route is checked when the traffic entering it reaches the cluster in `<from>` (see `carriesTraffic`),
 * so a brand-new service whose objects arrive in any order is not a finding.
 */
import { resourceKeyOfHost, toFqdn } from '../validation/analysis/hosts';
import { isEmptyMap, matchesSelector } from '../validation/analysis/labels';
import { asArray, asObject, asString, asStringMap, Resource, StringMap } from '../validation/analysis/resource';
import { ClusterState } from './cluster-state';

export enum ProblemKind {
  SERVICE_MISSING = 'service-missing',
  PORT_MISSING = 'port-missing',
  SUBSET_MISSING = 'subset-missing',
  NO_PODS = 'no-pods',
}

/** One route that the state does not serve. */
export interface TrafficProblem {
  /** Identity of the problem across states: route object, field path, kind and target. */
  readonly id: string;
  readonly kind: ProblemKind;
  /** Key of the route object (the VirtualService, HTTPRoute or Service). */
  readonly routeKey: string;
  readonly route: Resource;
  readonly path: string;
  /** What the route asks for and what is missing, in words. */
  readonly detail: string;
  /** Namespace and name of the Service the route sends traffic to. */
  readonly targetNamespace: string;
  readonly targetService: string;
}

const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet']);
const VS = 'networking.istio.io/VirtualService';
const DR = 'networking.istio.io/DestinationRule';
const HTTP_ROUTE = 'gateway.networking.k8s.io/HTTPRoute';
const GRPC_ROUTE = 'gateway.networking.k8s.io/GRPCRoute';
const MESH_GATEWAY = 'mesh';

function kindOf(res: Resource): string {
  return res.group === '' ? res.kind : `${res.group}/${res.kind}`;
}

/** What both ends of the transition describe: only these Services, hosts and namespaces are judged. */
export class Described {
  private readonly services = new Set<string>();
  private readonly subsetHosts = new Set<string>();
  private readonly workloadNamespaces = new Set<string>();

  constructor(states: readonly ClusterState[]) {
    for (const state of states) {
      for (const { resource: res } of state.values()) {
        const kind = kindOf(res);
        if (kind === 'Service') this.services.add(`${res.ns}/${res.name}`);
        else if (kind === DR) this.subsetHosts.add(resourceKeyOfHost(res.ns, asString(res.spec.host)));
        else if (res.group === 'apps' && WORKLOAD_KINDS.has(res.kind)) this.workloadNamespaces.add(res.ns);
      }
    }
  }

  public service(nsName: string): boolean {
    return this.services.has(nsName);
  }

  public subsetsOf(nsName: string): boolean {
    return this.subsetHosts.has(nsName);
  }

  public workloadsIn(namespace: string): boolean {
    return this.workloadNamespaces.has(namespace);
  }
}

interface Pods {
  readonly labels: StringMap;
  readonly containerPortNames: ReadonlySet<string>;
}

/** The state's objects indexed for the checks. */
class StateIndex {
  public readonly services = new Map<string, Resource>();
  public readonly subsets = new Map<string, Map<string, StringMap>>();
  public readonly pods = new Map<string, Pods[]>();

  constructor(state: ClusterState) {
    for (const { resource: res } of state.values()) {
      const kind = kindOf(res);
      if (kind === 'Service') this.services.set(`${res.ns}/${res.name}`, res);
      else if (kind === DR) this.addSubsets(res);
      else if (res.group === 'apps' && WORKLOAD_KINDS.has(res.kind)) this.addPods(res);
    }
  }

  private addSubsets(dr: Resource): void {
    const key = resourceKeyOfHost(dr.ns, asString(dr.spec.host));
    let subsets = this.subsets.get(key);
    if (!subsets) this.subsets.set(key, subsets = new Map());
    for (const s of asArray(dr.spec.subsets)) {
      const subset = asObject(s);
      const name = asString(subset.name);
      if (name) subsets.set(name, asStringMap(subset.labels));
    }
  }

  private addPods(workload: Resource): void {
    // A Deployment without spec.replicas runs one pod (the API server's default).
    const replicas = workload.spec.replicas === undefined ? 1 : workload.spec.replicas;
    if (typeof replicas !== 'number' || replicas <= 0) return;
    const template = asObject(workload.spec.template);
    const names = new Set<string>();
    for (const c of asArray(asObject(template.spec).containers)) {
      for (const p of asArray(asObject(c).ports)) {
        const name = asString(asObject(p).name);
        if (name) names.add(name);
      }
    }
    const list = this.pods.get(workload.ns);
    const pods: Pods = { labels: asStringMap(asObject(template.metadata).labels), containerPortNames: names };
    if (list) list.push(pods); else this.pods.set(workload.ns, [pods]);
  }
}

/** A place a route sends traffic to: a Service (by namespace and name), maybe a port and a subset. */
interface Target {
  readonly namespace: string;
  readonly service: string;
  readonly port?: number;
  readonly subset?: string;
  /** The host as the route writes it, for messages. */
  readonly written: string;
}

/** Everything the state fails to serve among the routes whose traffic existed in `from`. */
export function trafficProblems(state: ClusterState, from: ClusterState, described: Described): TrafficProblem[] {
  const index = new StateIndex(state);
  const out: TrafficProblem[] = [];
  for (const [routeKey, { resource: res }] of entries(state)) {
    const kind = kindOf(res);
    if (kind === 'Service') {
      if (from.has(routeKey)) checkServiceSelf(res, routeKey, index, described, out);
    } else if (kind === VS) {
      if (virtualServiceCarriesTraffic(res, routeKey, state, from)) checkVirtualService(res, routeKey, index, described, out);
    } else if (kind === HTTP_ROUTE || kind === GRPC_ROUTE) {
      if (gatewayRouteCarriesTraffic(res, routeKey, state, from)) checkGatewayRoute(res, routeKey, index, described, out);
    }
  }
  return out;
}

function* entries(state: ClusterState): IterableIterator<[string, { resource: Resource }]> {
  for (const key of state.keys()) yield [key, state.get(key)!];
}

function serviceKey(namespace: string, name: string): string {
  return `/Service/${namespace}/${name}`;
}

/**
 * A VirtualService carries traffic when it did before the apply: bound to a gateway (ingress traffic arrives
 * whatever the mesh holds) and present in `from`, or one of its hosts is a Service present in `from` and now.
 */
function virtualServiceCarriesTraffic(vs: Resource, key: string, state: ClusterState, from: ClusterState): boolean {
  const gateways = asArray(vs.spec.gateways).map(asString);
  if (gateways.some((g) => g !== MESH_GATEWAY) && from.has(key)) return true;
  for (const h of asArray(vs.spec.hosts)) {
    const svc = serviceOfHost(vs.ns, asString(h));
    if (svc === undefined) {
      if (from.has(key)) return true; // an external or ServiceEntry host: its clients are outside what we model
      continue;
    }
    const k = serviceKey(svc.namespace, svc.name);
    if (from.has(k) && state.has(k)) return true;
  }
  return false;
}

/** An HTTPRoute carries traffic when it existed before, or one of its Service parents existed before and now. */
function gatewayRouteCarriesTraffic(route: Resource, key: string, state: ClusterState, from: ClusterState): boolean {
  if (from.has(key)) return true;
  for (const p of asArray(route.spec.parentRefs)) {
    const ref = asObject(p);
    if (asString(ref.kind) !== 'Service') continue;
    const k = serviceKey(asString(ref.namespace) || route.ns, asString(ref.name));
    if (from.has(k) && state.has(k)) return true;
  }
  return false;
}

/** `{namespace, name}` of the Kubernetes Service a host names, or undefined for other hosts. */
function serviceOfHost(namespace: string, host: string): { namespace: string; name: string } | undefined {
  if (!host || host.startsWith('*')) return undefined;
  const fqdn = toFqdn(namespace, host);
  if (!fqdn.endsWith('.svc.cluster.local')) return undefined;
  const [ns, name] = resourceKeyOfHost(namespace, fqdn).split('/');
  return { namespace: ns, name };
}

function checkServiceSelf(svc: Resource, key: string, index: StateIndex, described: Described, out: TrafficProblem[]): void {
  asArray(svc.spec.ports).forEach((p, i) => {
    const port = asObject(p);
    const target: Target = { namespace: svc.ns, service: svc.name, port: Number(port.port), written: svc.name };
    checkTarget(svc, key, `spec.ports[${i}]`, target, index, described, out);
  });
}

function checkVirtualService(vs: Resource, key: string, index: StateIndex, described: Described, out: TrafficProblem[]): void {
  for (const section of ['http', 'tcp', 'tls']) {
    asArray(vs.spec[section]).forEach((rule, i) => {
      const routes = asArray(asObject(rule).route);
      routes.forEach((r, j) => {
        const route = asObject(r);
        // With several destinations, weight 0 means no traffic; a single destination gets it all.
        if (routes.length > 1 && route.weight === 0) return;
        const destination = asObject(route.destination);
        const host = asString(destination.host);
        const svc = serviceOfHost(vs.ns, host);
        if (!svc) return;
        const portNumber = asObject(destination.port).number;
        const subset = asString(destination.subset);
        const target: Target = {
          namespace: svc.namespace, service: svc.name, written: host,
          ...(typeof portNumber === 'number' ? { port: portNumber } : {}),
          ...(subset ? { subset } : {}),
        };
        checkTarget(vs, key, `spec.${section}[${i}].route[${j}].destination`, target, index, described, out);
      });
    });
  }
}

function checkGatewayRoute(route: Resource, key: string, index: StateIndex, described: Described, out: TrafficProblem[]): void {
  asArray(route.spec.rules).forEach((rule, i) => {
    asArray(asObject(rule).backendRefs).forEach((b, j) => {
      const ref = asObject(b);
      if ((asString(ref.kind) || 'Service') !== 'Service' || asString(ref.group) !== '') return;
      if (ref.weight === 0) return;
      const target: Target = {
        namespace: asString(ref.namespace) || route.ns, service: asString(ref.name), written: asString(ref.name),
        ...(typeof ref.port === 'number' ? { port: ref.port } : {}),
      };
      checkTarget(route, key, `spec.rules[${i}].backendRefs[${j}]`, target, index, described, out);
    });
  });
}

function checkTarget(route: Resource, routeKey: string, path: string, t: Target, index: StateIndex, described: Described,
  out: TrafficProblem[]): void {
  const nsName = `${t.namespace}/${t.service}`;
  const problem = (kind: ProblemKind, detail: string): void => {
    out.push({
      id: `${routeKey}|${path}|${kind}|${nsName}|${t.port ?? ''}|${t.subset ?? ''}`,
      kind, routeKey, route, path, detail, targetNamespace: t.namespace, targetService: t.service,
    });
  };
  if (!described.service(nsName)) return;
  const svc = index.services.get(nsName);
  if (!svc) {
    problem(ProblemKind.SERVICE_MISSING, `Service ${nsName} does not exist`);
    return;
  }
  const ports = asArray(svc.spec.ports).map(asObject);
  const used = t.port === undefined ? ports : ports.filter((p) => p.port === t.port);
  if (used.length === 0) {
    const have = ports.map((p) => String(p.port)).join(', ') || 'none';
    problem(ProblemKind.PORT_MISSING, `Service ${nsName} has no port ${String(t.port)} (its ports: ${have})`);
    return;
  }
  let labels: StringMap = asStringMap(svc.spec.selector);
  if (t.subset !== undefined && described.subsetsOf(nsName)) {
    const subsetLabels = index.subsets.get(nsName)?.get(t.subset);
    if (!subsetLabels) {
      problem(ProblemKind.SUBSET_MISSING, `subset "${t.subset}" of host "${t.written}" is not defined by any DestinationRule`);
      return;
    }
    labels = { ...labels, ...subsetLabels };
  }
  // A Service without a selector has hand-made endpoints: nothing here to judge.
  if (isEmptyMap(asStringMap(svc.spec.selector)) || !described.workloadsIn(t.namespace)) return;
  const namedTargets = used.map((p) => p.targetPort).filter((tp): tp is string => typeof tp === 'string');
  const serves = (pods: Pods) => matchesSelector(labels, pods.labels) && namedTargets.every((n) => pods.containerPortNames.has(n));
  if (!(index.pods.get(t.namespace) ?? []).some(serves)) {
    const what = t.subset === undefined ? `Service ${nsName}` : `subset "${t.subset}" of Service ${nsName}`;
    const port = namedTargets.length > 0 ? ` and a container port named ${namedTargets.map((n) => `"${n}"`).join(', ')}` : '';
    problem(ProblemKind.NO_PODS, `no running pods serve ${what} (no Deployment or StatefulSet with replicas > 0 ` +
      `and pod labels ${JSON.stringify(labels)}${port})`);
  }
}

/** The kinds whose changes can change what traffic is served. */
export function affectsTraffic(res: Resource): boolean {
  const kind = kindOf(res);
  return kind === 'Service' || kind === VS || kind === DR || kind === HTTP_ROUTE || kind === GRPC_ROUTE
    || (res.group === 'apps' && WORKLOAD_KINDS.has(res.kind));
}

/** Routes, as opposed to what routes point at: kubectl's prune may delete them after their targets. */
export function isRoute(res: Resource): boolean {
  const kind = kindOf(res);
  return kind === VS || kind === HTTP_ROUTE || kind === GRPC_ROUTE;
}
