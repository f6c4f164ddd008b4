/**
 * The set of input objects, sorted by kind and indexed once (by namespace, host and labels), so that every
 * analyzer runs in time linear in the input.
 */
import { parseYamlText as parseYaml } from '../util/lazy-modules';
import { exportScopes, exportToOf, EXPORT_ALL, hostCovers, serviceExportTo, toFqdn } from './hosts';
import { ARGO_GROUP, FLAGGER_GROUP } from '../kinds';
import { apiGroupOf } from '../istio-kinds';
import { LabelIndex } from './labels';
import { asArray, asObject, asString, asStringMap, Json, Resource, StringMap } from './resource';
import { DEFAULT_ROOT_NAMESPACE } from '../util/istio-names';
import { toNumber } from '../util/plain-json';

/** A Pod, or the pod template of a workload controller: what a selector can pick. */
export interface Workload {
  readonly res: Resource;
  readonly labels: StringMap;
  readonly annotations: StringMap;
  readonly podSpec: Json;
  /** Field path of the pod template inside the object ('' for a Pod). */
  readonly templatePath: string;
  /** spec.replicas when the object sets it. */
  readonly replicas: number | undefined;
}

export interface HostPort {
  readonly number: number;
  readonly name: string;
  readonly protocol: string;
}

/** A Service or ServiceEntry host, as destinations see it. */
export interface HostEntry {
  readonly res: Resource;
  readonly host: string;
  readonly ports: readonly HostPort[];
}

const TEMPLATE_PATHS: ReadonlyMap<string, string> = new Map([
  ['Deployment', 'spec.template'],
  ['StatefulSet', 'spec.template'],
  ['DaemonSet', 'spec.template'],
  ['ReplicaSet', 'spec.template'],
  ['Job', 'spec.template'],
  ['CronJob', 'spec.jobTemplate.spec.template'],
]);
const WORKLOAD_GROUPS = new Set(['apps', 'batch', 'extensions']);

/** Node labels Istio copies onto a pod's endpoint (locality and host name). */
export const NODE_LOCALITY_LABELS: readonly string[] = [
  'topology.kubernetes.io/region', 'topology.kubernetes.io/zone', 'topology.istio.io/subzone', 'kubernetes.io/hostname',
];
const SIDECAR_INJECTOR_CONFIGMAP = 'istio-sidecar-injector';

export { DEFAULT_ROOT_NAMESPACE };

/** The MeshConfig settings analyzers need, read from IstioOperator documents or the `istio` ConfigMap. */
export interface MeshSettings {
  readonly rootNamespace: string;
  /** meshConfig.defaultProviders.accessLogging, or undefined when no MeshConfig is in the inputs. */
  readonly defaultAccessLogProviders: readonly string[] | undefined;
}

/** Where a MeshConfig document was found: the object and the field path of the MeshConfig inside it. */
export interface MeshConfigSource {
  readonly res: Resource;
  readonly path: string;
  readonly meshConfig: Json;
}

/** How analysis treats what is not in its inputs. */
export interface AnalysisOptions {
  /**
   * Treat the inputs as the whole cluster, as `istioctl analyze` does offline: Services, workloads, Nodes, Secrets,
   * Gateways and Namespaces that are not in the inputs do not exist, so references to them are findings. When
   * false (synth's default), a reference into a namespace the inputs say nothing about is left alone: another
   * tool may deploy that part of the cluster.
   * @default false
   */
  readonly closedWorld?: boolean;
}

export class MeshModel {
  public readonly closedWorld: boolean;
  public readonly namespaces = new Map<string, Resource>();
  public readonly services: Resource[] = [];
  public readonly workloads: Workload[] = [];
  public readonly virtualServices: Resource[] = [];
  public readonly destinationRules: Resource[] = [];
  public readonly serviceEntries: Resource[] = [];
  public readonly sidecars: Resource[] = [];
  /** Istio Gateways (networking.istio.io). */
  public readonly gateways: Resource[] = [];
  /** Gateway API Gateways (gateway.networking.k8s.io). */
  public readonly gatewayApiGateways: Resource[] = [];
  /** Gateway API routes that attach to parents: HTTPRoute, GRPCRoute. */
  public readonly gatewayApiRoutes: Resource[] = [];
  public readonly telemetries: Resource[] = [];
  public readonly peerAuthentications: Resource[] = [];
  public readonly authorizationPolicies: Resource[] = [];
  /** Flagger (flagger.app) and Argo Rollouts (argoproj.io) objects, for the progressive-delivery analyzer. */
  public readonly progressiveDelivery: Resource[] = [];
  /** Secrets by `ns/name` (their contents are not read). */
  public readonly secrets = new Set<string>();
  public readonly namespacesWithSecrets = new Set<string>();
  /** Node labels by node name. */
  public readonly nodeLabels = new Map<string, StringMap>();
  public readonly meshConfigSources: MeshConfigSource[] = [];
  /** networking.k8s.io Ingresses (their controllers usually run outside the mesh). */
  public readonly ingresses: Resource[] = [];
  /** `sidecarInjectorWebhook.enableNamespacesByDefault` of the `istio-sidecar-injector` ConfigMap's values. */
  public injectNamespacesByDefault = false;

  /** Pods and pod templates by namespace and labels. */
  public readonly workloadIndex = new LabelIndex<Workload>((w) => w.labels);
  /** scope → fqdn → entry, scope being a namespace or `*` (Istio's ScopedFqdn). */
  private readonly scopedHosts = new Map<string, Map<string, HostEntry>>();
  public readonly wildcardHosts: { readonly scope: string; readonly entry: HostEntry }[] = [];
  /** Kubernetes Services by FQDN. */
  public readonly serviceByFqdn = new Map<string, Resource>();
  /** Every Service / ServiceEntry host, for the DestinationRule host check. */
  public readonly knownHosts = new Set<string>();
  public readonly namespacesWithServices = new Set<string>();
  public readonly mesh: MeshSettings;

  constructor(objs: readonly object[], options: AnalysisOptions = {}) {
    this.closedWorld = options.closedWorld === true;
    for (const obj of objs) {
      if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) continue;
      this.classify(obj as Json);
    }
    // Services after ServiceEntries: for the same scoped host the Service wins, as in Istio's analyzers.
    for (const se of this.serviceEntries) this.addServiceEntry(se);
    for (const svc of this.services) this.addService(svc);
    this.mesh = this.readMeshSettings();
  }

  public get hasServiceEntries(): boolean {
    return this.serviceEntries.length > 0;
  }

  /**
   * Whether the inputs describe this namespace (hold its Services or its Namespace object), so that a missing
   * Service there is a real gap and not an object another tool deploys.
   */
  public holdsServicesOf(namespace: string): boolean {
    return this.closedWorld || this.namespacesWithServices.has(namespace) || this.namespaces.has(namespace);
  }

  /** Whether the inputs hold this namespace's workloads (or its Namespace object). */
  public holdsWorkloadsOf(namespace: string): boolean {
    return this.closedWorld || this.workloadIndex.hasNamespace(namespace) || this.namespaces.has(namespace);
  }

  /** Whether the inputs hold this namespace's Secrets: a credential missing there is a real gap. */
  public holdsSecretsOf(namespace: string): boolean {
    return this.closedWorld || this.namespacesWithSecrets.has(namespace);
  }

  /** Whether the inputs say which namespaces exist (closed world: they always do). */
  public get holdsNamespaces(): boolean {
    return this.closedWorld;
  }

  /**
   * A workload's labels as its endpoints carry them: the pod's own, plus the locality labels of the Node it runs on
   * (when the inputs hold that Node).
   */
  public endpointLabels(w: Workload): StringMap {
    const nodeName = asString(w.podSpec.nodeName);
    const node = nodeName ? this.nodeLabels.get(nodeName) : undefined;
    if (node === undefined) return w.labels;
    const out: { [key: string]: string } = { ...w.labels };
    for (const key of NODE_LOCALITY_LABELS) if (node[key] !== undefined) out[key] = node[key];
    return out;
  }

  /** Istio's GetDestinationHost: the Service/ServiceEntry a destination host names, seen from a namespace. */
  public lookupHost(sourceNamespace: string, exportTo: readonly unknown[], host: string): HostEntry | undefined {
    const fqdn = toFqdn(sourceNamespace, host);
    if (exportTo.length === 0) {
      const hit = this.scopedHosts.get(sourceNamespace)?.get(fqdn);
      if (hit) return hit;
    } else {
      for (const e of exportTo) {
        const scope = asString(e) === '.' ? sourceNamespace : asString(e);
        const hit = this.scopedHosts.get(scope)?.get(fqdn);
        if (hit) return hit;
      }
    }
    const global = this.scopedHosts.get(EXPORT_ALL)?.get(fqdn);
    if (global) return global;
    for (const { scope, entry } of this.wildcardHosts) {
      if (scope !== EXPORT_ALL && scope !== sourceNamespace) continue;
      if (hostCovers(entry.host, host)) return entry;
    }
    return undefined;
  }

  /**
   * Files an object under its kind. The Resource view is built only for kinds some analyzer reads: inputs hold many
   * others (a PodDisruptionBudget per Deployment, say) and building it for 20,000 objects is a measurable share of
   * `analyze`.
   */
  private classify(raw: Json): void {
    const kind = asString(raw.kind);
    const group = apiGroupOf(asString(raw.apiVersion));
    const view = () => new Resource(raw);
    switch (group) {
      case '':
        if (kind === 'Service') this.services.push(view());
        else if (kind === 'Namespace') {
          const res = view();
          this.namespaces.set(res.name, res);
        }
        else if (kind === 'Pod') this.addWorkload(view(), '');
        else if (kind === 'ConfigMap') this.addConfigMap(view());
        else if (kind === 'Secret') this.addSecret(view());
        else if (kind === 'Node') {
          const res = view();
          this.nodeLabels.set(res.name, res.labels);
        }
        return;
      case 'networking.istio.io':
        if (kind === 'VirtualService') this.virtualServices.push(view());
        else if (kind === 'DestinationRule') this.destinationRules.push(view());
        else if (kind === 'ServiceEntry') this.serviceEntries.push(view());
        else if (kind === 'Sidecar') this.sidecars.push(view());
        else if (kind === 'Gateway') this.gateways.push(view());
        return;
      case 'gateway.networking.k8s.io':
        if (kind === 'Gateway') this.gatewayApiGateways.push(view());
        else if (kind === 'HTTPRoute' || kind === 'GRPCRoute') this.gatewayApiRoutes.push(view());
        return;
      case 'security.istio.io':
        if (kind === 'PeerAuthentication') this.peerAuthentications.push(view());
        else if (kind === 'AuthorizationPolicy') this.authorizationPolicies.push(view());
        return;
      case 'telemetry.istio.io':
        if (kind === 'Telemetry') this.telemetries.push(view());
        return;
      case 'networking.k8s.io':
        if (kind === 'Ingress') this.ingresses.push(view());
        return;
      case 'install.istio.io':
        if (kind === 'IstioOperator') {
          const res = view();
          if (res.spec.meshConfig !== undefined) {
            this.meshConfigSources.push({ res, path: 'spec.meshConfig', meshConfig: asObject(res.spec.meshConfig) });
          }
        }
        return;
      case FLAGGER_GROUP:
      case ARGO_GROUP: {
        const res = view();
        this.progressiveDelivery.push(res);
        // A Rollout with its own pod template runs pods like a Deployment (with workloadRef, the Deployment does).
        if (group === ARGO_GROUP && kind === 'Rollout' && res.spec.template !== undefined) this.addWorkload(res, 'spec.template');
        return;
      }
      default: {
        const templatePath = WORKLOAD_GROUPS.has(group) ? TEMPLATE_PATHS.get(kind) : undefined;
        if (templatePath) this.addWorkload(view(), templatePath);
      }
    }
  }

  private addWorkload(res: Resource, templatePath: string): void {
    let labels = res.labels;
    let annotations = res.annotations;
    let podSpec = res.spec;
    if (templatePath) {
      let template: Json = res.raw;
      for (const part of templatePath.split('.')) template = asObject(template[part]);
      const meta = asObject(template.metadata);
      labels = asStringMap(meta.labels);
      annotations = asStringMap(meta.annotations);
      podSpec = asObject(template.spec);
    }
    const replicas = typeof res.spec.replicas === 'number' ? res.spec.replicas : undefined;
    const workload: Workload = { res, labels, annotations, podSpec, templatePath, replicas };
    this.workloads.push(workload);
    this.workloadIndex.add(res.ns, workload);
  }

  private addSecret(res: Resource): void {
    this.secrets.add(`${res.ns}/${res.name}`);
    this.namespacesWithSecrets.add(res.ns);
  }

  private addConfigMap(res: Resource): void {
    if (res.name === SIDECAR_INJECTOR_CONFIGMAP) {
      const values = parseYamlObject(asObject(res.raw.data).values);
      // Istio's analyzer keeps the setting once any injector ConfigMap turns it on.
      if (asObject(values?.sidecarInjectorWebhook).enableNamespacesByDefault === true) this.injectNamespacesByDefault = true;
      return;
    }
    if (res.name !== 'istio' && !res.name.startsWith('istio-')) return;
    const parsed = parseYamlObject(asObject(res.raw.data).mesh);
    if (parsed !== undefined) this.meshConfigSources.push({ res, path: 'data.mesh', meshConfig: parsed });
  }

  private addService(res: Resource): void {
    const fqdn = toFqdn(res.ns, res.name);
    const ports: HostPort[] = [];
    for (const p of asArray(res.spec.ports)) {
      const port = asObject(p);
      ports.push({ number: toNumber(port.port), name: asString(port.name), protocol: asString(port.protocol) || 'TCP' });
    }
    const entry: HostEntry = { res, host: fqdn, ports };
    for (const scope of exportScopes(serviceExportTo(res.annotations['networking.istio.io/exportTo']), res.ns)) {
      this.addScopedHost(scope, fqdn, entry);
    }
    this.serviceByFqdn.set(fqdn, res);
    this.knownHosts.add(fqdn);
    this.namespacesWithServices.add(res.ns);
  }

  private addServiceEntry(res: Resource): void {
    const ports: HostPort[] = [];
    for (const p of asArray(res.spec.ports)) {
      const port = asObject(p);
      ports.push({ number: toNumber(port.number), name: asString(port.name), protocol: asString(port.protocol) });
    }
    const scopes = exportScopes(exportToOf(res.spec), res.ns);
    for (const h of asArray(res.spec.hosts)) {
      const host = asString(h);
      if (!host) continue;
      const fqdn = toFqdn(res.ns, host);
      const entry: HostEntry = { res, host: fqdn, ports };
      this.knownHosts.add(fqdn);
      for (const scope of scopes) {
        this.addScopedHost(scope, fqdn, entry);
        if (fqdn.startsWith('*')) this.wildcardHosts.push({ scope, entry });
      }
    }
  }

  private addScopedHost(scope: string, fqdn: string, entry: HostEntry): void {
    let hosts = this.scopedHosts.get(scope);
    if (!hosts) this.scopedHosts.set(scope, hosts = new Map());
    hosts.set(fqdn, entry);
  }

  private readMeshSettings(): MeshSettings {
    let rootNamespace = DEFAULT_ROOT_NAMESPACE;
    let defaultAccessLogProviders: string[] | undefined;
    for (const { meshConfig } of this.meshConfigSources) {
      const root = asString(meshConfig.rootNamespace);
      if (root) rootNamespace = root;
      const providers = asArray(asObject(meshConfig.defaultProviders).accessLogging).map(asString).filter((s) => s);
      defaultAccessLogProviders = [...(defaultAccessLogProviders ?? []), ...providers];
    }
    return { rootNamespace, defaultAccessLogProviders };
  }
}

/** A YAML (or JSON) object held in a ConfigMap value; undefined when absent or unparsable (istiod ignores those). */
function parseYamlObject(text: unknown): Json | undefined {
  if (typeof text !== 'string') return undefined;
  let parsed: unknown;
  try {
    parsed = parseYaml(text);
  } catch {
    return undefined;
  }
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed as Json : undefined;
}
