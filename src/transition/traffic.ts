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
import { objectKey, SourcedObject } from './cluster-state';
import { backendRefsOf, isServiceRef, parentRefsOf } from '../validation/analysis/gateway-api-model';
import { resourceKeyOfHost, toFqdn } from '../validation/analysis/hosts';
import { isEmptyMap, matchesSelector } from '../validation/analysis/labels';
import { asArray, asObject, asString, asStringMap, Resource, StringMap } from '../validation/analysis/resource';

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
  /** Key of the route object (the VirtualService, HTTPRoute or Service) and the version of it the state holds. */
  readonly routeKey: string;
  readonly route: SourcedObject;
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

function isWorkload(res: Resource): boolean {
  return res.group === 'apps' && WORKLOAD_KINDS.has(res.kind);
}

/** Routes, as opposed to what routes point at: kubectl's prune may delete them after their targets. */
export function isRoute(res: Resource): boolean {
  const kind = kindOf(res);
  return kind === VS || kind === HTTP_ROUTE || kind === GRPC_ROUTE;
}

/** What both ends of the transition describe: only these Services, hosts and namespaces are judged. */
export class Described {
  private readonly services = new Set<string>();
  private readonly subsetHosts = new Set<string>();
  private readonly workloadNamespaces = new Set<string>();

  constructor(objects: Iterable<SourcedObject>) {
    for (const { resource: res } of objects) {
      const kind = kindOf(res);
      if (kind === 'Service') this.services.add(`${res.ns}/${res.name}`);
      else if (kind === DR) this.subsetHosts.add(resourceKeyOfHost(res.ns, asString(res.spec.host)));
      else if (isWorkload(res)) this.workloadNamespaces.add(res.ns);
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

/** A place a route sends traffic to: a Service (by namespace and name), maybe a port and a subset. */
interface Target {
  readonly namespace: string;
  readonly service: string;
  readonly port?: number;
  readonly subset?: string;
  /** The host as the route writes it, for messages. */
  readonly written: string;
}

// Dependency tokens: a route depends on Services (and their DestinationRules) and on the workloads of namespaces.
const serviceToken = (nsName: string) => `svc:${nsName}`;
const namespaceToken = (namespace: string) => `ns:${namespace}`;

/** The objects of one moment of the replay, and the problems of their routes. */
export class TrafficModel {
  /** A model of `objects`, judged against the traffic that `fromKeys` (the keys of `<from>`) carried. */
  public static load(objects: readonly SourcedObject[], fromKeys: ReadonlySet<string>, described: Described): TrafficModel {
    const model = new TrafficModel(fromKeys, described);
    for (const o of objects) {
      const key = objectKey(o.resource);
      const old = model.objects.get(key);
      if (old) model.unindex(key, old.resource);
      model.objects.set(key, o);
      model.index(key, o.resource);
    }
    for (const key of model.objects.keys()) model.evaluate(key);
    return model;
  }

  private readonly objects = new Map<string, SourcedObject>();
  private readonly services = new Map<string, Resource>();
  /** host key (`ns/name`) → DestinationRule key → subset name → labels. */
  private readonly subsets = new Map<string, Map<string, Map<string, StringMap>>>();
  /** namespace → workload key → its pods (only workloads with replicas > 0). */
  private readonly pods = new Map<string, Map<string, Pods>>();
  private readonly problemsByRoute = new Map<string, TrafficProblem[]>();
  private readonly dependents = new Map<string, Set<string>>();
  private readonly tokensOf = new Map<string, string[]>();

  private constructor(private readonly fromKeys: ReadonlySet<string>, private readonly described: Described) {}

  public get(key: string): SourcedObject | undefined {
    return this.objects.get(key);
  }

  /** Writes an object (create or replace), as `kubectl apply` does. */
  public put(object: SourcedObject): void {
    const key = objectKey(object.resource);
    const old = this.objects.get(key);
    if (old) this.unindex(key, old.resource);
    this.objects.set(key, object);
    this.index(key, object.resource);
    this.refresh(key, old ? [old.resource, object.resource] : [object.resource]);
  }

  public remove(key: string): void {
    const old = this.objects.get(key);
    if (!old) return;
    this.objects.delete(key);
    this.unindex(key, old.resource);
    this.refresh(key, [old.resource]);
  }

  /** Every problem of the current state, by id. */
  public problems(): Map<string, TrafficProblem> {
    const out = new Map<string, TrafficProblem>();
    for (const list of this.problemsByRoute.values()) for (const p of list) out.set(p.id, p);
    return out;
  }

  private index(key: string, res: Resource): void {
    const kind = kindOf(res);
    if (kind === 'Service') {
      this.services.set(`${res.ns}/${res.name}`, res);
    } else if (kind === DR) {
      const host = resourceKeyOfHost(res.ns, asString(res.spec.host));
      const named = new Map<string, StringMap>();
      for (const s of asArray(res.spec.subsets)) {
        const subset = asObject(s);
        const name = asString(subset.name);
        if (name && !named.has(name)) named.set(name, asStringMap(subset.labels));
      }
      let byRule = this.subsets.get(host);
      if (!byRule) this.subsets.set(host, byRule = new Map());
      byRule.set(key, named);
    } else if (isWorkload(res)) {
      // A Deployment without spec.replicas runs one pod (the API server's default).
      const replicas = res.spec.replicas === undefined ? 1 : res.spec.replicas;
      if (typeof replicas !== 'number' || replicas <= 0) return;
      const template = asObject(res.spec.template);
      const names = new Set<string>();
      for (const c of asArray(asObject(template.spec).containers)) {
        for (const p of asArray(asObject(c).ports)) {
          const name = asString(asObject(p).name);
          if (name) names.add(name);
        }
      }
      let inNamespace = this.pods.get(res.ns);
      if (!inNamespace) this.pods.set(res.ns, inNamespace = new Map());
      inNamespace.set(key, { labels: asStringMap(asObject(template.metadata).labels), containerPortNames: names });
    }
  }

  private unindex(key: string, res: Resource): void {
    const kind = kindOf(res);
    if (kind === 'Service') this.services.delete(`${res.ns}/${res.name}`);
    else if (kind === DR) this.subsets.get(resourceKeyOfHost(res.ns, asString(res.spec.host)))?.delete(key);
    else if (isWorkload(res)) this.pods.get(res.ns)?.delete(key);
  }

  /** Re-checks the object itself (when it is a route or a Service) and every route that depends on it. */
  private refresh(key: string, versions: readonly Resource[]): void {
    const affected = new Set<string>([key]);
    for (const res of versions) {
      const kind = kindOf(res);
      const token = kind === 'Service' ? serviceToken(`${res.ns}/${res.name}`)
        : kind === DR ? serviceToken(resourceKeyOfHost(res.ns, asString(res.spec.host)))
          : isWorkload(res) ? namespaceToken(res.ns) : undefined;
      if (token) for (const k of this.dependents.get(token) ?? []) affected.add(k);
    }
    for (const k of affected) this.evaluate(k);
  }

  private evaluate(key: string): void {
    for (const token of this.tokensOf.get(key) ?? []) this.dependents.get(token)?.delete(key);
    this.tokensOf.delete(key);
    this.problemsByRoute.delete(key);
    const object = this.objects.get(key);
    if (!object) return;
    const check = new RouteCheck(key, object, this);
    const kind = kindOf(object.resource);
    if (kind === 'Service') check.serviceItself();
    else if (kind === VS) check.virtualService();
    else if (kind === HTTP_ROUTE || kind === GRPC_ROUTE) check.gatewayRoute();
    else return;
    if (check.problems.length > 0) this.problemsByRoute.set(key, check.problems);
    this.tokensOf.set(key, [...check.tokens]);
    for (const token of check.tokens) {
      let set = this.dependents.get(token);
      if (!set) this.dependents.set(token, set = new Set());
      set.add(key);
    }
  }

  /** @internal for RouteCheck */
  public _carried(key: string): boolean {
    return this.fromKeys.has(key);
  }

  /** @internal for RouteCheck */
  public _exists(key: string): boolean {
    return this.objects.has(key);
  }

  /** @internal for RouteCheck: the problem with sending traffic to `t`, if any. */
  public _targetProblem(t: Target): { kind: ProblemKind; detail: string } | undefined {
    const nsName = `${t.namespace}/${t.service}`;
    if (!this.described.service(nsName)) return undefined;
    const svc = this.services.get(nsName);
    if (!svc) return { kind: ProblemKind.SERVICE_MISSING, detail: `Service ${nsName} does not exist` };
    const ports = asArray(svc.spec.ports).map(asObject);
    const used = t.port === undefined ? ports : ports.filter((p) => p.port === t.port);
    if (used.length === 0) {
      const have = ports.map((p) => String(p.port)).join(', ') || 'none';
      return { kind: ProblemKind.PORT_MISSING, detail: `Service ${nsName} has no port ${String(t.port)} (its ports: ${have})` };
    }
    let labels: StringMap = asStringMap(svc.spec.selector);
    if (t.subset !== undefined && this.described.subsetsOf(nsName)) {
      let subsetLabels: StringMap | undefined;
      for (const named of this.subsets.get(nsName)?.values() ?? []) {
        subsetLabels = named.get(t.subset);
        if (subsetLabels) break;
      }
      if (!subsetLabels) {
        return { kind: ProblemKind.SUBSET_MISSING, detail: `subset "${t.subset}" of host "${t.written}" is not defined by any DestinationRule` };
      }
      labels = { ...labels, ...subsetLabels };
    }
    // A Service without a selector has hand-made endpoints: nothing here to judge.
    if (isEmptyMap(asStringMap(svc.spec.selector)) || !this.described.workloadsIn(t.namespace)) return undefined;
    const namedTargets = used.map((p) => p.targetPort).filter((tp): tp is string => typeof tp === 'string');
    for (const pods of this.pods.get(t.namespace)?.values() ?? []) {
      if (matchesSelector(labels, pods.labels) && namedTargets.every((n) => pods.containerPortNames.has(n))) return undefined;
    }
    const what = t.subset === undefined ? `Service ${nsName}` : `subset "${t.subset}" of Service ${nsName}`;
    const port = namedTargets.length > 0 ? ` and a container port named ${namedTargets.map((n) => `"${n}"`).join(', ')}` : '';
    return {
      kind: ProblemKind.NO_PODS,
      detail: `no running pods serve ${what} (no Deployment or StatefulSet with replicas > 0 and pod labels ${JSON.stringify(labels)}${port})`,
    };
  }
}

function serviceKey(nsName: string): string {
  const [namespace, name] = nsName.split('/');
  return `/Service/${namespace}/${name}`;
}

/** `ns/name` of the Kubernetes Service a host names, or undefined for other hosts. */
function serviceOfHost(namespace: string, host: string): string | undefined {
  if (!host || host.startsWith('*')) return undefined;
  const fqdn = toFqdn(namespace, host);
  return fqdn.endsWith('.svc.cluster.local') ? resourceKeyOfHost(namespace, fqdn) : undefined;
}

/** The checks of one route object, collecting its problems and the tokens it depends on. */
class RouteCheck {
  public readonly problems: TrafficProblem[] = [];
  public readonly tokens = new Set<string>();
  private readonly res: Resource;

  constructor(private readonly key: string, private readonly object: SourcedObject, private readonly model: TrafficModel) {
    this.res = object.resource;
  }

  /** A Service carries the traffic of its clients when it existed before the apply. */
  public serviceItself(): void {
    if (!this.model._carried(this.key)) return;
    asArray(this.res.spec.ports).forEach((p, i) => {
      const target: Target = { namespace: this.res.ns, service: this.res.name, port: Number(asObject(p).port), written: this.res.name };
      this.target(`spec.ports[${i}]`, target);
    });
  }

  public virtualService(): void {
    if (!this.virtualServiceCarriesTraffic()) return;
    for (const section of ['http', 'tcp', 'tls']) {
      asArray(this.res.spec[section]).forEach((rule, i) => {
        const routes = asArray(asObject(rule).route);
        routes.forEach((r, j) => {
          const route = asObject(r);
          // With several destinations, weight 0 means no traffic; a single destination gets it all.
          if (routes.length > 1 && route.weight === 0) return;
          const destination = asObject(route.destination);
          const host = asString(destination.host);
          const svc = serviceOfHost(this.res.ns, host);
          if (!svc) return;
          const [namespace, service] = svc.split('/');
          const portNumber = asObject(destination.port).number;
          const subset = asString(destination.subset);
          this.target(`spec.${section}[${i}].route[${j}].destination`, {
            namespace, service, written: host,
            ...(typeof portNumber === 'number' ? { port: portNumber } : {}),
            ...(subset ? { subset } : {}),
          });
        });
      });
    }
  }

  public gatewayRoute(): void {
    if (!this.gatewayRouteCarriesTraffic()) return;
    const weights = asArray(this.res.spec.rules).flatMap((rule) => asArray(asObject(rule).backendRefs).map((b) => asObject(b).weight));
    backendRefsOf(this.res).forEach((ref, i) => {
      if (!isServiceRef(ref) || weights[i] === 0) return;
      this.target(ref.path, {
        namespace: ref.namespace, service: ref.name, written: ref.name, ...(ref.port !== undefined ? { port: ref.port } : {}),
      });
    });
  }

  /**
   * A VirtualService carries traffic when it did before the apply: bound to a gateway (ingress traffic arrives
   * whatever the mesh holds) and present in `from`, or one of its hosts is a Service present in `from` and now.
   */
  private virtualServiceCarriesTraffic(): boolean {
    const existed = this.model._carried(this.key);
    if (existed && asArray(this.res.spec.gateways).some((g) => asString(g) !== MESH_GATEWAY)) return true;
    let carries = false;
    for (const h of asArray(this.res.spec.hosts)) {
      const svc = serviceOfHost(this.res.ns, asString(h));
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
  private gatewayRouteCarriesTraffic(): boolean {
    let carries = this.model._carried(this.key);
    for (const ref of parentRefsOf(this.res)) {
      if (!isServiceRef(ref)) continue;
      const svc = `${ref.namespace}/${ref.name}`;
      this.tokens.add(serviceToken(svc));
      carries ||= this.model._carried(serviceKey(svc)) && this.model._exists(serviceKey(svc));
    }
    return carries;
  }

  private target(path: string, t: Target): void {
    const nsName = `${t.namespace}/${t.service}`;
    this.tokens.add(serviceToken(nsName));
    this.tokens.add(namespaceToken(t.namespace));
    const problem = this.model._targetProblem(t);
    if (!problem) return;
    this.problems.push({
      id: `${this.key}|${path}|${problem.kind}|${nsName}|${t.port ?? ''}|${t.subset ?? ''}`,
      kind: problem.kind, routeKey: this.key, route: this.object, path, detail: problem.detail,
      targetNamespace: t.namespace, targetService: t.service,
    });
  }
}
