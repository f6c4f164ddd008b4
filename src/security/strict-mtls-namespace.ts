import { ApiObject, Lazy } from 'cdk8s';
import { KubeNamespace } from '../../imports/k8s';
import { Construct } from 'constructs';
import {
  AuthorizationPolicy,
  AuthorizationPolicySpecAction,
  AuthorizationPolicySpecRules,
  AuthorizationPolicySpecRulesFrom,
  PeerAuthentication,
  PeerAuthenticationSpecMtlsMode,
  PeerAuthenticationSpecPortLevelMtls,
  PeerAuthenticationSpecPortLevelMtlsMode,
} from '../../imports/istio-security.istio.io';
import { MeshValidation } from '../synth/mesh-validation';
import {
  dns1123LabelError,
  dns1123SubdomainError,
  labelKeyError,
  labelMapErrors,
  labelValueError,
} from '../validation/util/names';
import { CallerIdentity } from './caller-identity';
import { Waypoint } from './waypoint';
import { GATEWAY_API_GROUP, GATEWAY_GVK } from '../routing/gateway-api-json';
import { namespaceFacts, recordNamespaceFacts } from '../routing/namespace-facts';
import { keepClusterScoped } from './cluster-scoped';
import { enumChoices, isEnumValue } from '../shared/enum-check';
import { DEFAULT_ROOT_NAMESPACE, MeshWideStrictMtls } from './mesh-wide-strict-mtls';
import { DataplaneMode, MtlsMode } from './modes';
import { PortExceptionGroup, PortExceptionGroups, PortMtlsException, plaintextPorts } from './port-exception';
import { PropErrors, show } from '../shared/prop-errors';
import { DATAPLANE_MODE_LABEL as DATAPLANE_LABEL, INJECTION_LABEL, REVISION_LABEL, USE_WAYPOINT_LABEL } from '../validation/util/istio-names';

/** Istio's default trust domain, the first part of every SPIFFE principal (`cluster.local/ns/<ns>/sa/<sa>`). */
const DEFAULT_TRUST_DOMAIN = 'cluster.local';

// Each selects a data plane; a namespace must carry exactly one (two or more is IST0123).
const DATAPLANE_LABELS = [INJECTION_LABEL, REVISION_LABEL, DATAPLANE_LABEL];

/** Props for `StrictMtlsNamespace`. */
export interface StrictMtlsNamespaceProps {
  /** The namespace's name (a DNS-1123 label). Its policies are written into it whatever the chart's namespace. */
  readonly name: string;
  /**
   * The istiod revision (or revision tag) that injects the sidecars: labels the namespace `istio.io/rev=<revision>`
   * instead of `istio-injection=enabled`. Sidecar data plane only.
   * @default - the default revision (`istio-injection=enabled`)
   */
  readonly revision?: string;
  /**
   * The data plane that captures the namespace's pods.
   * @default DataplaneMode.SIDECAR
   */
  readonly dataplane?: DataplaneMode;
  /**
   * The namespace-wide mTLS mode. PERMISSIVE is for the migration stage while workloads without a sidecar remain.
   * @default MtlsMode.STRICT
   */
  readonly mode?: MtlsMode;
  /**
   * Container ports of selected workloads whose mode differs from `mode` (e.g. a metrics port left PERMISSIVE).
   * More can be added with `addPortException`.
   * @default - none
   */
  readonly portExceptions?: PortMtlsException[];
  /**
   * The mesh's root namespace (`meshConfig.rootNamespace`). Policies there act mesh-wide and selector policies
   * there are ignored, so this namespace may not be it when it has port exceptions or `denyByDefault`.
   * @default 'istio-system'
   */
  readonly rootNamespace?: string;
  /**
   * Zero trust beyond encryption: add an allow-nothing AuthorizationPolicy (`allow-nothing`, `spec: {}`), so only
   * callers let in with `allowFrom` / `allowedCallers` reach the namespace's workloads. Off by default because it
   * blocks all traffic that is not allowed explicitly.
   * @default false
   */
  readonly denyByDefault?: boolean;
  /**
   * Callers allowed in when `denyByDefault` is true (more can be added with `allowFrom`).
   * @default - none
   */
  readonly allowedCallers?: CallerIdentity[];
  /**
   * The mesh's trust domain, used in the principals of service-account callers.
   * @default 'cluster.local'
   */
  readonly trustDomain?: string;
  /**
   * Ambient only: add a waypoint (Gateway `waypoint` of class `istio-waypoint`) and label the Namespace
   * `istio.io/use-waypoint: waypoint`, so that L7 routing (a CanaryService's HTTPRoute) and L7 policies apply
   * to its services. With `denyByDefault`, the allowed callers are then let in at the waypoint (an ALLOW policy
   * with `targetRefs`) and the waypoint's identity at the pods.
   * @default false
   */
  readonly waypoint?: boolean;
  /**
   * Extra labels for the Namespace. The data-plane labels (`istio-injection`, `istio.io/rev`,
   * `istio.io/dataplane-mode`) come from `revision` / `dataplane` and may not be set here.
   * @default - none
   */
  readonly labels?: { [key: string]: string };
  /**
   * Extra annotations for the Namespace.
   * @default - none
   */
  readonly annotations?: { [key: string]: string };
}

/**
 * A namespace whose pods all join exactly one data plane and accept only mutual TLS: a Namespace labelled for
 * sidecar injection (or ambient), plus the namespace-wide PeerAuthentication `default` (STRICT). Optional port
 * exceptions become workload-scoped PeerAuthentications; optional deny-by-default adds an allow-nothing
 * AuthorizationPolicy and an allow-list of callers.
 */
export class StrictMtlsNamespace extends Construct {
  /** Istio's default trust domain, used in principals when `trustDomain` is not given. */
  public static readonly DEFAULT_TRUST_DOMAIN = DEFAULT_TRUST_DOMAIN;

  /** The namespace's name. */
  public readonly name: string;
  /** The injection revision; undefined when the default revision (or ambient) is used. */
  public readonly revision?: string;
  /** The data plane the namespace is labelled for. */
  public readonly dataplane: DataplaneMode;
  /** The namespace-wide mTLS mode. */
  public readonly mode: MtlsMode;
  /** The mesh root namespace the root-namespace checks use. */
  public readonly rootNamespace: string;
  /** Whether the allow-nothing AuthorizationPolicy is emitted. */
  public readonly denyByDefault: boolean;
  /** The trust domain in service-account principals. */
  public readonly trustDomain: string;
  /** The Namespace object (cluster-scoped: no metadata.namespace). */
  public readonly kubeNamespace: ApiObject;
  /** The namespace-wide PeerAuthentication `default`. */
  public readonly peerAuthentication: PeerAuthentication;
  /** The allow-nothing AuthorizationPolicy; undefined unless `denyByDefault`. */
  public readonly allowNothingPolicy?: AuthorizationPolicy;
  /** The namespace's waypoint; undefined unless `waypoint`. */
  public readonly waypoint?: Waypoint;
  /**
   * The ALLOW AuthorizationPolicy `allowed-callers-waypoint` that the waypoint enforces (allow-nothing there until
   * a caller is allowed); undefined unless `waypoint` and `denyByDefault`.
   */
  public readonly waypointCallerPolicy?: AuthorizationPolicy;

  private readonly errors: PropErrors;
  private readonly exceptions: PortExceptionGroups;
  private readonly exceptionList: PortMtlsException[] = [];
  private readonly exceptionPolicies: PeerAuthentication[] = [];
  private readonly plaintextPolicies = new Map<PortExceptionGroup, AuthorizationPolicy>();
  private readonly callers = new Map<string, CallerIdentity>();
  private allowPolicy?: AuthorizationPolicy;

  constructor(scope: Construct, id: string, props: StrictMtlsNamespaceProps) {
    super(scope, id);
    MeshValidation.enable(this);
    this.errors = PropErrors.forConstruct('StrictMtlsNamespace', id);
    this.name = props.name;
    this.check('name', typeof props.name === 'string' ? dns1123LabelError(props.name) : 'must be a string');
    this.dataplane = props.dataplane ?? DataplaneMode.SIDECAR;
    this.check('dataplane', isEnumValue(DataplaneMode, this.dataplane) ? undefined
      : `is ${show(this.dataplane)}: must be ${enumChoices('DataplaneMode', DataplaneMode)}`);
    this.revision = props.revision;
    this.checkRevision();
    this.mode = props.mode ?? MtlsMode.STRICT;
    this.check('mode', isEnumValue(MtlsMode, this.mode) ? undefined
      : `is ${show(this.mode)}: must be ${enumChoices('MtlsMode', MtlsMode)}`);
    this.rootNamespace = props.rootNamespace ?? DEFAULT_ROOT_NAMESPACE;
    this.check('rootNamespace',
      typeof this.rootNamespace === 'string' ? dns1123LabelError(this.rootNamespace) : 'must be a string');
    this.trustDomain = props.trustDomain ?? DEFAULT_TRUST_DOMAIN;
    this.check('trustDomain',
      typeof this.trustDomain === 'string' ? dns1123SubdomainError(this.trustDomain) : 'must be a string');
    this.denyByDefault = props.denyByDefault ?? false;
    this.check('denyByDefault', typeof this.denyByDefault === 'boolean' ? undefined
      : `is ${show(this.denyByDefault)}: must be true or false`);
    if (this.denyByDefault && this.name === this.rootNamespace) {
      this.check('denyByDefault', `cannot be true in the mesh root namespace "${this.rootNamespace}" ` +
        "('rootNamespace'): an allow-nothing policy there denies every request in the whole mesh");
    }
    const withWaypoint = props.waypoint ?? false;
    this.check('waypoint', typeof withWaypoint === 'boolean' ? undefined : `is ${show(withWaypoint)}: must be true or false`);
    if (withWaypoint && this.dataplane !== DataplaneMode.AMBIENT) {
      this.check('waypoint', "can only be true with 'dataplane' DataplaneMode.AMBIENT (sidecars route at L7 themselves)");
    }
    const labels = this.namespaceLabels(props.labels);
    this.checkAnnotations(props.annotations);

    this.kubeNamespace = new ApiObject(this, 'Namespace', {
      ...KubeNamespace.GVK,
      metadata: { name: this.name, labels, annotations: props.annotations },
    });
    keepClusterScoped(this.kubeNamespace);
    recordNamespaceFacts(this, this.name, { dataplane: this.dataplane, dataplaneSource: `StrictMtlsNamespace '${this.node.path}'`, trustDomain: this.trustDomain });
    if (withWaypoint) {
      this.waypoint = new Waypoint(this, 'Waypoint', { namespace: this.name });
      this.kubeNamespace.metadata.addLabel(USE_WAYPOINT_LABEL, this.waypoint.name);
      recordNamespaceFacts(this, this.name, { namespaceUsesWaypoint: true });
    }

    this.peerAuthentication = new PeerAuthentication(this, 'PeerAuthentication', {
      metadata: { name: 'default', namespace: this.name },
      spec: { mtls: { mode: this.mode as string as PeerAuthenticationSpecMtlsMode } },
    });

    this.exceptions = new PortExceptionGroups(this.errors, this.dataplane === DataplaneMode.AMBIENT);
    if (props.portExceptions !== undefined && !Array.isArray(props.portExceptions)) {
      this.check('portExceptions', 'must be a list of PortMtlsException');
    }
    for (const exception of props.portExceptions ?? []) this.addPortException(exception);

    if (this.denyByDefault) {
      this.allowNothingPolicy = new AuthorizationPolicy(this, 'AllowNothing', {
        metadata: { name: 'allow-nothing', namespace: this.name },
        spec: {},
      });
      if (this.waypoint) this.waypointCallerPolicy = this.waypointPolicy(this.waypoint);
    }
    if (props.allowedCallers !== undefined && !Array.isArray(props.allowedCallers)) {
      this.check('allowedCallers', 'must be a list of CallerIdentity');
    }
    this.addCallers(props.allowedCallers ?? [], 'allowedCallers');
    // Every prop is accepted: now the data plane is a fact CanaryService can build on.
    recordNamespaceFacts(this, this.name, { dataplane: this.dataplane, trustDomain: this.trustDomain });

    this.node.addValidation({ validate: () => [...this.checkAgainstMeshWidePolicies(), ...this.checkSeparateWaypoint()] });
  }

  /** The port exceptions added so far, in order. */
  public get portExceptions(): PortMtlsException[] {
    return [...this.exceptionList];
  }

  /** The workload-scoped PeerAuthentications, one per distinct port-exception selector. */
  public get portExceptionPolicies(): PeerAuthentication[] {
    return [...this.exceptionPolicies];
  }

  /** The ALLOW AuthorizationPolicy `allowed-callers`; undefined until a caller is allowed. */
  public get callerPolicy(): AuthorizationPolicy | undefined {
    return this.allowPolicy;
  }

  /** The callers allowed so far, in order, without duplicates. */
  public get allowedCallers(): CallerIdentity[] {
    return [...this.callers.values()];
  }

  /** Adds a port exception (same rules as the `portExceptions` prop, where errors name its next index). */
  public addPortException(exception: PortMtlsException): void {
    if (this.name === this.rootNamespace) {
      this.check('portExceptions', `cannot be used in the mesh root namespace "${this.rootNamespace}" ` +
        "('rootNamespace'): Istio ignores PeerAuthentications with a selector there");
    }
    const { group, created } = this.exceptions.add(exception);
    this.exceptionList.push(exception);
    if (created) this.exceptionPolicies.push(this.portExceptionPolicy(group));
    if (this.denyByDefault && plaintextPorts(group).length > 0 && !this.plaintextPolicies.has(group)) {
      this.plaintextPolicies.set(group, this.plaintextPortPolicy(group));
    }
  }

  /**
   * Under `denyByDefault`, the ALLOW AuthorizationPolicies (one per port-exception selector, named like its
   * PeerAuthentication) that let every source reach the PERMISSIVE / DISABLE ports.
   */
  public get portExceptionAllowPolicies(): AuthorizationPolicy[] {
    return [...this.plaintextPolicies.values()];
  }

  /**
   * Lets callers reach every workload of the namespace despite `denyByDefault` (which must be true): adds them to
   * the ALLOW AuthorizationPolicy `allowed-callers`. Identities come from mTLS certificates, so pair this with STRICT.
   */
  public allowFrom(...callers: CallerIdentity[]): void {
    this.addCallers(callers, 'allowFrom');
  }

  private addCallers(callers: CallerIdentity[], prop: string): void {
    if (callers.length === 0) return;
    if (!this.denyByDefault) {
      this.check('denyByDefault', `must be true to allow callers ('${prop}'): an ALLOW rule denies every other ` +
        'caller, so opt in to deny-by-default explicitly');
    }
    callers.forEach((caller, i) => {
      if (!(caller instanceof CallerIdentity)) {
        this.check(`${prop}[${i}]`, 'must be a CallerIdentity (CallerIdentity.namespace(...) or ' +
          'CallerIdentity.serviceAccount(...))');
      }
    });
    for (const caller of callers) this.callers.set(caller._key, caller);
    this.allowPolicy ??= new AuthorizationPolicy(this, 'AllowedCallers', {
      metadata: { name: 'allowed-callers', namespace: this.name },
      spec: {
        action: AuthorizationPolicySpecAction.ALLOW,
        rules: Lazy.any({ produce: () => this.renderCallerRules() }),
      },
    });
  }

  /**
   * The caller rules. At the pods (ztunnel in ambient), traffic through the waypoint carries the waypoint's
   * identity, not the caller's, so the waypoint's principal is allowed there and the callers are checked at the
   * waypoint itself (`atWaypoint`).
   */
  private renderCallerRules(atWaypoint = false): AuthorizationPolicySpecRules[] {
    const namespaces: string[] = [];
    const principals: string[] = [];
    const ports: string[] = [];
    for (const caller of this.callers.values()) {
      const principal = caller._principal(this.trustDomain);
      if (caller.port !== undefined) ports.push(String(caller.port));
      else if (principal === undefined) namespaces.push(caller.namespaceName as string);
      else principals.push(principal);
    }
    if (this.waypoint && !atWaypoint) principals.push(this.waypoint.principal(this.trustDomain));
    // Separate sources are ORed; fields within one source would be ANDed.
    const from: AuthorizationPolicySpecRulesFrom[] = [];
    if (namespaces.length > 0) from.push({ source: { namespaces } });
    if (principals.length > 0) from.push({ source: { principals } });
    const rules: AuthorizationPolicySpecRules[] = [];
    if (from.length > 0) rules.push({ from });
    // A rule without `from` matches every source, plaintext ones included; `to` narrows it to the ports.
    if (ports.length > 0) rules.push({ to: [{ operation: { ports } }] });
    return rules;
  }

  private plaintextPortPolicy(group: PortExceptionGroup): AuthorizationPolicy {
    // Plaintext callers have no principal or namespace, so no identity rule can let them in: without this
    // policy deny-by-default would refuse exactly the traffic the PERMISSIVE exception is there for.
    return new AuthorizationPolicy(this, `PortAllow-${group.policyName}`, {
      metadata: { name: group.policyName, namespace: this.name },
      spec: {
        selector: { matchLabels: { ...group.selector } },
        action: AuthorizationPolicySpecAction.ALLOW,
        rules: Lazy.any({ produce: () => [{ to: [{ operation: { ports: plaintextPorts(group) } }] }] }),
      },
    });
  }

  /** ALLOW at the waypoint (targetRefs): the allowed callers, or nobody (no rules) until one is allowed. */
  private waypointPolicy(waypoint: Waypoint): AuthorizationPolicy {
    return new AuthorizationPolicy(this, 'WaypointAllowedCallers', {
      metadata: { name: 'allowed-callers-waypoint', namespace: this.name },
      spec: {
        targetRefs: [{ group: GATEWAY_API_GROUP, kind: GATEWAY_GVK.kind, name: waypoint.name }],
        action: AuthorizationPolicySpecAction.ALLOW,
        rules: Lazy.any({ produce: () => (this.callers.size > 0 ? this.renderCallerRules(true) : undefined) }),
      },
    });
  }

  private portExceptionPolicy(group: PortExceptionGroup): PeerAuthentication {
    // No spec.mtls: the workload mode stays UNSET, so it inherits the namespace mode and `mode` remains the one
    // switch for the namespace (a PERMISSIVE migration stage covers these workloads too).
    return new PeerAuthentication(this, `PortMtls-${group.policyName}`, {
      metadata: { name: group.policyName, namespace: this.name },
      spec: {
        selector: { matchLabels: group.selector },
        portLevelMtls: Lazy.any({ produce: () => renderPortLevelMtls(group) }),
      },
    });
  }

  private namespaceLabels(extra: { [key: string]: string } | undefined): { [key: string]: string } {
    if (extra !== undefined) {
      if (extra === null || typeof extra !== 'object' || Array.isArray(extra)) this.check('labels', 'must be a map of label keys to values');
      const reserved = DATAPLANE_LABELS.find((key) => key in extra);
      if (reserved !== undefined) {
        this.check('labels', `sets "${reserved}", a data-plane label this construct owns: use 'revision' or ` +
          "'dataplane' instead (a namespace must carry exactly one data-plane label)");
      }
      const errors = labelMapErrors(extra);
      if (errors.length > 0) this.check('labels', `has an invalid label: ${errors[0]}`);
    }
    const dataplaneLabel: { [key: string]: string } =
      this.dataplane === DataplaneMode.AMBIENT ? { [DATAPLANE_LABEL]: 'ambient' }
        : this.revision !== undefined ? { [REVISION_LABEL]: this.revision }
          : { [INJECTION_LABEL]: 'enabled' };
    return { ...extra, ...dataplaneLabel };
  }

  private checkRevision(): void {
    const revision = this.revision;
    if (revision === undefined) return;
    if (typeof revision !== 'string' || revision.length === 0 || labelValueError(revision) !== undefined) {
      this.check('revision', `is ${show(revision)}: must be a label value of 1-63 alphanumerics, '-', ` +
        "'_' or '.', starting and ending with an alphanumeric (an istiod revision or tag, e.g. \"1-30-3\", \"stable\")");
    }
    if (this.dataplane === DataplaneMode.AMBIENT) {
      this.check('revision', `("${revision}") cannot be combined with 'dataplane' DataplaneMode.AMBIENT: ` +
        'a namespace selects exactly one data plane; drop the revision or use DataplaneMode.SIDECAR');
    }
  }

  private checkAnnotations(annotations: { [key: string]: string } | undefined): void {
    if (annotations === undefined) return;
    if (annotations === null || typeof annotations !== 'object' || Array.isArray(annotations)) {
      this.check('annotations', 'must be a map of annotation keys to string values');
    }
    for (const [key, value] of Object.entries(annotations)) {
      this.check('annotations', labelKeyError(key));
      if (typeof value !== 'string') this.check('annotations', `value of "${key}" must be a string`);
    }
  }

  private checkAgainstMeshWidePolicies(): string[] {
    return MeshWideStrictMtls.allIn(this)
      .filter((mesh) => mesh.rootNamespace === this.name)
      .map((mesh) => this.errors.about('name', `is the root namespace of MeshWideStrictMtls '${mesh.node.path}': both ` +
        `would write PeerAuthentication ${this.name}/default, and policies there act mesh-wide; choose another ` +
        'namespace for the application').message);
  }

  /**
   * Deny-by-default behind a waypoint this construct does not manage: the pods would have to let the waypoint in,
   * and nothing would check the callers at the waypoint, so any caller could pass through it.
   */
  private checkSeparateWaypoint(): string[] {
    if (!this.denyByDefault || this.waypoint || this.dataplane !== DataplaneMode.AMBIENT) return [];
    const waypoint = namespaceFacts(this, this.name).waypoint;
    if (waypoint === undefined) return [];
    return [this.errors.about('denyByDefault', `cannot check callers behind the separate Waypoint "${waypoint}" of this ` +
      "namespace (the pods see the waypoint's identity, and no policy here targets the waypoint); set 'waypoint: true' " +
      'instead of adding a Waypoint, so that the allowed callers are checked at the waypoint').message];
  }

  private check(prop: string, error: string | undefined): void {
    if (error !== undefined) throw this.errors.about(prop, error);
  }
}

function renderPortLevelMtls(group: PortExceptionGroup): { [port: string]: PeerAuthenticationSpecPortLevelMtls } {
  const out: { [port: string]: PeerAuthenticationSpecPortLevelMtls } = {};
  for (const [port, mode] of group.ports) {
    out[String(port)] = { mode: mode as string as PeerAuthenticationSpecPortLevelMtlsMode };
  }
  return out;
}
