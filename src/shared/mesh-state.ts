import { Construct, IConstruct } from 'constructs';
import { DataplaneMode } from './dataplane-mode';
import { checkScope } from './prop-types';

/**
 * The contract every copy of cdk8s-istio checks before it uses a MeshState it did not create. npm can install two
 * copies of the package in one app (each with its own classes, so `instanceof` fails across them); both find the
 * same construct by its id and trust it through this registered symbol. Raise the version whenever the public or
 * `@internal` members below change incompatibly.
 */
const CONTRACT = Symbol.for('cdk8s-istio.MeshState.contract');
const CONTRACT_VERSION = 1;

/**
 * Facts about one namespace that several constructs need: recorded by the constructs that own them (StrictMtlsNamespace
 * records the data plane and trust domain, Waypoint the waypoint), read at render time by the others (CanaryService).
 */
export interface NamespaceFacts {
  /**
   * The data plane that captures the namespace's pods.
   * @default - not recorded
   */
  readonly dataplane?: DataplaneMode;
  /**
   * Who declared the data plane, e.g. `StrictMtlsNamespace 'billing/ns'` (for messages).
   * @default - not recorded
   */
  readonly dataplaneSource?: string;
  /**
   * The name of the waypoint proxy (a Gateway of class `istio-waypoint`) the namespace's services use.
   * @default - not recorded
   */
  readonly waypoint?: string;
  /**
   * Whether the Namespace itself carries `istio.io/use-waypoint` (otherwise each Service must be labelled).
   * @default - not recorded
   */
  readonly namespaceUsesWaypoint?: boolean;
  /**
   * Whether ingress gateways send traffic for the namespace's services through its waypoint
   * (`istio.io/ingress-use-waypoint`).
   * @default - not recorded
   */
  readonly ingressUseWaypoint?: boolean;
  /**
   * The trust domain of the namespace's workload principals.
   * @default - not recorded
   */
  readonly trustDomain?: string;
}

/** Pod-level ProxyConfig fields that one construct wants on some of the app's pods. */
export interface IProxyConfigSource {
  /**
   * The ProxyConfig fields (e.g. `{ fileFlushInterval: '1s' }`) this source wants on pods with these labels in
   * this namespace, or undefined when the pods are out of its scope.
   */
  proxyConfigFor(podLabels: { [key: string]: string }, namespace?: string): { [field: string]: unknown } | undefined;
}

/** A mesh-wide mTLS policy (MeshWideStrictMtls), as other constructs see it. */
export interface IMeshWideMtlsPolicy extends IConstruct {
  /** The mesh root namespace the policy is written to. */
  readonly rootNamespace: string;
}

/**
 * The state the constructs of one app share, in one visible place: a construct on the app root with the id
 * `cdk8s-istio.MeshState` (it renders no manifest). It holds the proxy-config contributions, the telemetry claims,
 * the mesh-wide mTLS policies, per-namespace facts (data plane, waypoint, ingress-use-waypoint) and the state of
 * validation at synth. Constructs get it with `MeshState.of(this)`; two copies of cdk8s-istio in one app share it.
 */
export class MeshState extends Construct {
  /** The construct id under the app root. */
  public static readonly ID = 'cdk8s-istio.MeshState';

  /** The app's MeshState, created on first use. */
  public static of(scope: IConstruct): MeshState {
    checkScope('MeshState.of', scope);
    const root = scope.node.root;
    return MeshState.find(root) ?? new MeshState(root);
  }

  /** The app's MeshState, or undefined when no construct has needed one yet (reads at render time use this). */
  public static find(scope: IConstruct): MeshState | undefined {
    checkScope('MeshState.find', scope);
    const found = scope.node.root.node.tryFindChild(MeshState.ID);
    if (found === undefined) return undefined;
    const version = (found as unknown as { [CONTRACT]?: unknown })[CONTRACT];
    if (version !== CONTRACT_VERSION) {
      throw new Error(`cdk8s-istio: the construct '${found.node.path}' on the app root is not a MeshState this copy of ` +
        `cdk8s-istio can use (contract version ${JSON.stringify(version)}, this copy needs ${CONTRACT_VERSION}): ` +
        `the id '${MeshState.ID}' is reserved, and all copies of cdk8s-istio in one app must be compatible versions`);
    }
    return found as MeshState;
  }

  /**
   * The contract marker copies of the package look for (symbol-keyed; not part of the jsii API).
   * @internal
   */
  protected readonly [CONTRACT] = CONTRACT_VERSION;
  private readonly namespaces = new Map<string, NamespaceFacts>();
  private readonly proxyConfigSources: IProxyConfigSource[] = [];
  private readonly meshWidePolicies: IMeshWideMtlsPolicy[] = [];
  private readonly telemetries = new Set<string>();
  private readonly providers = new Map<string, string>();
  private readonly slots = new Map<symbol, unknown>();

  private constructor(root: IConstruct) {
    super(root as Construct, MeshState.ID);
  }

  /** Records facts about a namespace; facts merge field by field, a fact recorded again replaces the earlier value. */
  public recordNamespace(namespace: string, facts: NamespaceFacts): void {
    const defined = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)) as NamespaceFacts;
    this.namespaces.set(namespace, { ...this.namespaces.get(namespace), ...defined });
  }

  /** The facts recorded for a namespace, or undefined when none were. */
  public namespaceFacts(namespace: string): NamespaceFacts | undefined {
    const facts = this.namespaces.get(namespace);
    return facts === undefined ? undefined : { ...facts };
  }

  /** Adds a source of pod-level ProxyConfig fields (asked at render time, so construction order does not matter). */
  public addProxyConfigSource(source: IProxyConfigSource): void {
    this.proxyConfigSources.push(source);
  }

  /** Merged ProxyConfig fields for a pod, or undefined when no source applies. Later sources win per field. */
  public proxyConfigFor(podLabels: { [key: string]: string }, namespace?: string): { [field: string]: unknown } | undefined {
    let merged: { [field: string]: unknown } | undefined;
    for (const source of this.proxyConfigSources) {
      const fields = source.proxyConfigFor(podLabels, namespace);
      if (fields) merged = { ...(merged ?? {}), ...fields };
    }
    return merged;
  }

  /** Registers a mesh-wide mTLS policy. */
  public addMeshWideMtlsPolicy(policy: IMeshWideMtlsPolicy): void {
    this.meshWidePolicies.push(policy);
  }

  /** The mesh-wide mTLS policies of the app, in the order they were defined. */
  public meshWideMtlsPolicies(): IMeshWideMtlsPolicy[] {
    return [...this.meshWidePolicies];
  }

  /**
   * Claims the Telemetry `namespace/name` for one construct: true when nothing else in the app claimed it (a clash
   * would only surface in the cluster, one Telemetry silently replacing the other).
   */
  public claimTelemetry(namespace: string, name: string): boolean {
    const key = `${namespace}/${name}`;
    if (this.telemetries.has(key)) return false;
    this.telemetries.add(key);
    return true;
  }

  /**
   * Claims an extension-provider name with its definition: true when the name is free or already claimed with the
   * same definition (two install files defining one provider differently would leave the last one applied winning).
   */
  public claimProvider(name: string, definition: string): boolean {
    const claimed = this.providers.get(name);
    if (claimed !== undefined) return claimed === definition;
    this.providers.set(name, definition);
    return true;
  }

  /**
   * The value kept under `key` (a `Symbol.for` key with a version in it, so that copies of the package agree on
   * it), created by `create` on first use.
   * @internal
   */
  public _slot(key: symbol, create: () => unknown): unknown {
    if (!this.slots.has(key)) this.slots.set(key, create());
    return this.slots.get(key);
  }

  /**
   * The value kept under `key`, or undefined.
   * @internal
   */
  public _peek(key: symbol): unknown {
    return this.slots.get(key);
  }
}
