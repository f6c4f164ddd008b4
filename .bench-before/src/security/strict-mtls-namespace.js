"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StrictMtlsNamespace = void 0;
const cdk8s_1 = require("cdk8s");
const k8s_1 = require("../../imports/k8s");
const constructs_1 = require("constructs");
const istio_security_istio_io_1 = require("../../imports/istio-security.istio.io");
const mesh_validation_1 = require("../synth/mesh-validation");
const names_1 = require("../validation/util/names");
const caller_identity_1 = require("./caller-identity");
const waypoint_1 = require("./waypoint");
const gateway_api_json_1 = require("../routing/gateway-api-json");
const namespace_facts_1 = require("../routing/namespace-facts");
const cluster_scoped_1 = require("./cluster-scoped");
const enum_check_1 = require("../shared/enum-check");
const mesh_wide_strict_mtls_1 = require("./mesh-wide-strict-mtls");
const modes_1 = require("./modes");
const port_exception_1 = require("./port-exception");
const prop_errors_1 = require("../shared/prop-errors");
const istio_names_1 = require("../validation/util/istio-names");
/** Istio's default trust domain, the first part of every SPIFFE principal (`cluster.local/ns/<ns>/sa/<sa>`). */
const DEFAULT_TRUST_DOMAIN = 'cluster.local';
// Each selects a data plane; a namespace must carry exactly one (two or more is IST0123).
const DATAPLANE_LABELS = [istio_names_1.INJECTION_LABEL, istio_names_1.REVISION_LABEL, istio_names_1.DATAPLANE_MODE_LABEL];
/**
 * A namespace whose pods all join exactly one data plane and accept only mutual TLS: a Namespace labelled for
 * sidecar injection (or ambient), plus the namespace-wide PeerAuthentication `default` (STRICT). Optional port
 * exceptions become workload-scoped PeerAuthentications; optional deny-by-default adds an allow-nothing
 * AuthorizationPolicy and an allow-list of callers.
 */
class StrictMtlsNamespace extends constructs_1.Construct {
    /** Istio's default trust domain, used in principals when `trustDomain` is not given. */
    static DEFAULT_TRUST_DOMAIN = DEFAULT_TRUST_DOMAIN;
    /** The namespace's name. */
    name;
    /** The injection revision; undefined when the default revision (or ambient) is used. */
    revision;
    /** The data plane the namespace is labelled for. */
    dataplane;
    /** The namespace-wide mTLS mode. */
    mode;
    /** The mesh root namespace the root-namespace checks use. */
    rootNamespace;
    /** Whether the allow-nothing AuthorizationPolicy is emitted. */
    denyByDefault;
    /** The trust domain in service-account principals. */
    trustDomain;
    /** The Namespace object (cluster-scoped: no metadata.namespace). */
    kubeNamespace;
    /** The namespace-wide PeerAuthentication `default`. */
    peerAuthentication;
    /** The allow-nothing AuthorizationPolicy; undefined unless `denyByDefault`. */
    allowNothingPolicy;
    /** The namespace's waypoint; undefined unless `waypoint`. */
    waypoint;
    /**
     * The ALLOW AuthorizationPolicy `allowed-callers-waypoint` that the waypoint enforces (allow-nothing there until
     * a caller is allowed); undefined unless `waypoint` and `denyByDefault`.
     */
    waypointCallerPolicy;
    errors;
    exceptions;
    exceptionList = [];
    exceptionPolicies = [];
    plaintextPolicies = new Map();
    callers = new Map();
    allowPolicy;
    constructor(scope, id, props) {
        super(scope, id);
        mesh_validation_1.MeshValidation.enable(this);
        this.errors = prop_errors_1.PropErrors.forConstruct('StrictMtlsNamespace', id);
        this.name = props.name;
        this.check('name', typeof props.name === 'string' ? (0, names_1.dns1123LabelError)(props.name) : 'must be a string');
        this.dataplane = props.dataplane ?? modes_1.DataplaneMode.SIDECAR;
        this.check('dataplane', (0, enum_check_1.isEnumValue)(modes_1.DataplaneMode, this.dataplane) ? undefined
            : `is ${(0, prop_errors_1.show)(this.dataplane)}: must be ${(0, enum_check_1.enumChoices)('DataplaneMode', modes_1.DataplaneMode)}`);
        this.revision = props.revision;
        this.checkRevision();
        this.mode = props.mode ?? modes_1.MtlsMode.STRICT;
        this.check('mode', (0, enum_check_1.isEnumValue)(modes_1.MtlsMode, this.mode) ? undefined
            : `is ${(0, prop_errors_1.show)(this.mode)}: must be ${(0, enum_check_1.enumChoices)('MtlsMode', modes_1.MtlsMode)}`);
        this.rootNamespace = props.rootNamespace ?? mesh_wide_strict_mtls_1.DEFAULT_ROOT_NAMESPACE;
        this.check('rootNamespace', typeof this.rootNamespace === 'string' ? (0, names_1.dns1123LabelError)(this.rootNamespace) : 'must be a string');
        this.trustDomain = props.trustDomain ?? DEFAULT_TRUST_DOMAIN;
        this.check('trustDomain', typeof this.trustDomain === 'string' ? (0, names_1.dns1123SubdomainError)(this.trustDomain) : 'must be a string');
        this.denyByDefault = props.denyByDefault ?? false;
        this.check('denyByDefault', typeof this.denyByDefault === 'boolean' ? undefined
            : `is ${(0, prop_errors_1.show)(this.denyByDefault)}: must be true or false`);
        if (this.denyByDefault && this.name === this.rootNamespace) {
            this.check('denyByDefault', `cannot be true in the mesh root namespace "${this.rootNamespace}" ` +
                "('rootNamespace'): an allow-nothing policy there denies every request in the whole mesh");
        }
        const withWaypoint = props.waypoint ?? false;
        this.check('waypoint', typeof withWaypoint === 'boolean' ? undefined : `is ${(0, prop_errors_1.show)(withWaypoint)}: must be true or false`);
        if (withWaypoint && this.dataplane !== modes_1.DataplaneMode.AMBIENT) {
            this.check('waypoint', "can only be true with 'dataplane' DataplaneMode.AMBIENT (sidecars route at L7 themselves)");
        }
        const labels = this.namespaceLabels(props.labels);
        this.checkAnnotations(props.annotations);
        this.kubeNamespace = new cdk8s_1.ApiObject(this, 'Namespace', {
            ...k8s_1.KubeNamespace.GVK,
            metadata: { name: this.name, labels, annotations: props.annotations },
        });
        (0, cluster_scoped_1.keepClusterScoped)(this.kubeNamespace);
        (0, namespace_facts_1.recordNamespaceFacts)(this, this.name, { dataplane: this.dataplane, dataplaneSource: `StrictMtlsNamespace '${this.node.path}'`, trustDomain: this.trustDomain });
        if (withWaypoint) {
            this.waypoint = new waypoint_1.Waypoint(this, 'Waypoint', { namespace: this.name });
            this.kubeNamespace.metadata.addLabel(istio_names_1.USE_WAYPOINT_LABEL, this.waypoint.name);
            (0, namespace_facts_1.recordNamespaceFacts)(this, this.name, { namespaceUsesWaypoint: true });
        }
        this.peerAuthentication = new istio_security_istio_io_1.PeerAuthentication(this, 'PeerAuthentication', {
            metadata: { name: 'default', namespace: this.name },
            spec: { mtls: { mode: this.mode } },
        });
        this.exceptions = new port_exception_1.PortExceptionGroups(this.errors, this.dataplane === modes_1.DataplaneMode.AMBIENT);
        if (props.portExceptions !== undefined && !Array.isArray(props.portExceptions)) {
            this.check('portExceptions', 'must be a list of PortMtlsException');
        }
        for (const exception of props.portExceptions ?? [])
            this.addPortException(exception);
        if (this.denyByDefault) {
            this.allowNothingPolicy = new istio_security_istio_io_1.AuthorizationPolicy(this, 'AllowNothing', {
                metadata: { name: 'allow-nothing', namespace: this.name },
                spec: {},
            });
            if (this.waypoint)
                this.waypointCallerPolicy = this.waypointPolicy(this.waypoint);
        }
        if (props.allowedCallers !== undefined && !Array.isArray(props.allowedCallers)) {
            this.check('allowedCallers', 'must be a list of CallerIdentity');
        }
        this.addCallers(props.allowedCallers ?? [], 'allowedCallers');
        // Every prop is accepted: now the data plane is a fact CanaryService can build on.
        (0, namespace_facts_1.recordNamespaceFacts)(this, this.name, { dataplane: this.dataplane, trustDomain: this.trustDomain });
        this.node.addValidation({ validate: () => [...this.checkAgainstMeshWidePolicies(), ...this.checkSeparateWaypoint()] });
    }
    /** The port exceptions added so far, in order. */
    get portExceptions() {
        return [...this.exceptionList];
    }
    /** The workload-scoped PeerAuthentications, one per distinct port-exception selector. */
    get portExceptionPolicies() {
        return [...this.exceptionPolicies];
    }
    /** The ALLOW AuthorizationPolicy `allowed-callers`; undefined until a caller is allowed. */
    get callerPolicy() {
        return this.allowPolicy;
    }
    /** The callers allowed so far, in order, without duplicates. */
    get allowedCallers() {
        return [...this.callers.values()];
    }
    /** Adds a port exception (same rules as the `portExceptions` prop, where errors name its next index). */
    addPortException(exception) {
        if (this.name === this.rootNamespace) {
            this.check('portExceptions', `cannot be used in the mesh root namespace "${this.rootNamespace}" ` +
                "('rootNamespace'): Istio ignores PeerAuthentications with a selector there");
        }
        const { group, created } = this.exceptions.add(exception);
        this.exceptionList.push(exception);
        if (created)
            this.exceptionPolicies.push(this.portExceptionPolicy(group));
        if (this.denyByDefault && (0, port_exception_1.plaintextPorts)(group).length > 0 && !this.plaintextPolicies.has(group)) {
            this.plaintextPolicies.set(group, this.plaintextPortPolicy(group));
        }
    }
    /**
     * Under `denyByDefault`, the ALLOW AuthorizationPolicies (one per port-exception selector, named like its
     * PeerAuthentication) that let every source reach the PERMISSIVE / DISABLE ports.
     */
    get portExceptionAllowPolicies() {
        return [...this.plaintextPolicies.values()];
    }
    /**
     * Lets callers reach every workload of the namespace despite `denyByDefault` (which must be true): adds them to
     * the ALLOW AuthorizationPolicy `allowed-callers`. Identities come from mTLS certificates, so pair this with STRICT.
     */
    allowFrom(...callers) {
        this.addCallers(callers, 'allowFrom');
    }
    addCallers(callers, prop) {
        if (callers.length === 0)
            return;
        if (!this.denyByDefault) {
            this.check('denyByDefault', `must be true to allow callers ('${prop}'): an ALLOW rule denies every other ` +
                'caller, so opt in to deny-by-default explicitly');
        }
        callers.forEach((caller, i) => {
            if (!(caller instanceof caller_identity_1.CallerIdentity)) {
                this.check(`${prop}[${i}]`, 'must be a CallerIdentity (CallerIdentity.namespace(...) or ' +
                    'CallerIdentity.serviceAccount(...))');
            }
        });
        for (const caller of callers)
            this.callers.set(caller._key, caller);
        this.allowPolicy ??= new istio_security_istio_io_1.AuthorizationPolicy(this, 'AllowedCallers', {
            metadata: { name: 'allowed-callers', namespace: this.name },
            spec: {
                action: istio_security_istio_io_1.AuthorizationPolicySpecAction.ALLOW,
                rules: cdk8s_1.Lazy.any({ produce: () => this.renderCallerRules() }),
            },
        });
    }
    /**
     * The caller rules. At the pods (ztunnel in ambient), traffic through the waypoint carries the waypoint's
     * identity, not the caller's, so the waypoint's principal is allowed there and the callers are checked at the
     * waypoint itself (`atWaypoint`).
     */
    renderCallerRules(atWaypoint = false) {
        const namespaces = [];
        const principals = [];
        const ports = [];
        for (const caller of this.callers.values()) {
            const principal = caller._principal(this.trustDomain);
            if (caller.port !== undefined)
                ports.push(String(caller.port));
            else if (principal === undefined)
                namespaces.push(caller.namespaceName);
            else
                principals.push(principal);
        }
        if (this.waypoint && !atWaypoint)
            principals.push(this.waypoint.principal(this.trustDomain));
        // Separate sources are ORed; fields within one source would be ANDed.
        const from = [];
        if (namespaces.length > 0)
            from.push({ source: { namespaces } });
        if (principals.length > 0)
            from.push({ source: { principals } });
        const rules = [];
        if (from.length > 0)
            rules.push({ from });
        // A rule without `from` matches every source, plaintext ones included; `to` narrows it to the ports.
        if (ports.length > 0)
            rules.push({ to: [{ operation: { ports } }] });
        return rules;
    }
    plaintextPortPolicy(group) {
        // Plaintext callers have no principal or namespace, so no identity rule can let them in: without this
        // policy deny-by-default would refuse exactly the traffic the PERMISSIVE exception is there for.
        return new istio_security_istio_io_1.AuthorizationPolicy(this, `PortAllow-${group.policyName}`, {
            metadata: { name: group.policyName, namespace: this.name },
            spec: {
                selector: { matchLabels: { ...group.selector } },
                action: istio_security_istio_io_1.AuthorizationPolicySpecAction.ALLOW,
                rules: cdk8s_1.Lazy.any({ produce: () => [{ to: [{ operation: { ports: (0, port_exception_1.plaintextPorts)(group) } }] }] }),
            },
        });
    }
    /** ALLOW at the waypoint (targetRefs): the allowed callers, or nobody (no rules) until one is allowed. */
    waypointPolicy(waypoint) {
        return new istio_security_istio_io_1.AuthorizationPolicy(this, 'WaypointAllowedCallers', {
            metadata: { name: 'allowed-callers-waypoint', namespace: this.name },
            spec: {
                targetRefs: [{ group: gateway_api_json_1.GATEWAY_API_GROUP, kind: gateway_api_json_1.GATEWAY_GVK.kind, name: waypoint.name }],
                action: istio_security_istio_io_1.AuthorizationPolicySpecAction.ALLOW,
                rules: cdk8s_1.Lazy.any({ produce: () => (this.callers.size > 0 ? this.renderCallerRules(true) : undefined) }),
            },
        });
    }
    portExceptionPolicy(group) {
        // No spec.mtls: the workload mode stays UNSET, so it inherits the namespace mode and `mode` remains the one
        // switch for the namespace (a PERMISSIVE migration stage covers these workloads too).
        return new istio_security_istio_io_1.PeerAuthentication(this, `PortMtls-${group.policyName}`, {
            metadata: { name: group.policyName, namespace: this.name },
            spec: {
                selector: { matchLabels: group.selector },
                portLevelMtls: cdk8s_1.Lazy.any({ produce: () => renderPortLevelMtls(group) }),
            },
        });
    }
    namespaceLabels(extra) {
        if (extra !== undefined) {
            if (extra === null || typeof extra !== 'object' || Array.isArray(extra))
                this.check('labels', 'must be a map of label keys to values');
            const reserved = DATAPLANE_LABELS.find((key) => key in extra);
            if (reserved !== undefined) {
                this.check('labels', `sets "${reserved}", a data-plane label this construct owns: use 'revision' or ` +
                    "'dataplane' instead (a namespace must carry exactly one data-plane label)");
            }
            const errors = (0, names_1.labelMapErrors)(extra);
            if (errors.length > 0)
                this.check('labels', `has an invalid label: ${errors[0]}`);
        }
        const dataplaneLabel = this.dataplane === modes_1.DataplaneMode.AMBIENT ? { [istio_names_1.DATAPLANE_MODE_LABEL]: 'ambient' }
            : this.revision !== undefined ? { [istio_names_1.REVISION_LABEL]: this.revision }
                : { [istio_names_1.INJECTION_LABEL]: 'enabled' };
        return { ...extra, ...dataplaneLabel };
    }
    checkRevision() {
        const revision = this.revision;
        if (revision === undefined)
            return;
        if (typeof revision !== 'string' || revision.length === 0 || (0, names_1.labelValueError)(revision) !== undefined) {
            this.check('revision', `is ${(0, prop_errors_1.show)(revision)}: must be a label value of 1-63 alphanumerics, '-', ` +
                "'_' or '.', starting and ending with an alphanumeric (an istiod revision or tag, e.g. \"1-30-3\", \"stable\")");
        }
        if (this.dataplane === modes_1.DataplaneMode.AMBIENT) {
            this.check('revision', `("${revision}") cannot be combined with 'dataplane' DataplaneMode.AMBIENT: ` +
                'a namespace selects exactly one data plane; drop the revision or use DataplaneMode.SIDECAR');
        }
    }
    checkAnnotations(annotations) {
        if (annotations === undefined)
            return;
        if (annotations === null || typeof annotations !== 'object' || Array.isArray(annotations)) {
            this.check('annotations', 'must be a map of annotation keys to string values');
        }
        for (const [key, value] of Object.entries(annotations)) {
            this.check('annotations', (0, names_1.labelKeyError)(key));
            if (typeof value !== 'string')
                this.check('annotations', `value of "${key}" must be a string`);
        }
    }
    checkAgainstMeshWidePolicies() {
        return mesh_wide_strict_mtls_1.MeshWideStrictMtls.allIn(this)
            .filter((mesh) => mesh.rootNamespace === this.name)
            .map((mesh) => this.errors.about('name', `is the root namespace of MeshWideStrictMtls '${mesh.node.path}': both ` +
            `would write PeerAuthentication ${this.name}/default, and policies there act mesh-wide; choose another ` +
            'namespace for the application').message);
    }
    /**
     * Deny-by-default behind a waypoint this construct does not manage: the pods would have to let the waypoint in,
     * and nothing would check the callers at the waypoint, so any caller could pass through it.
     */
    checkSeparateWaypoint() {
        if (!this.denyByDefault || this.waypoint || this.dataplane !== modes_1.DataplaneMode.AMBIENT)
            return [];
        const waypoint = (0, namespace_facts_1.namespaceFacts)(this, this.name).waypoint;
        if (waypoint === undefined)
            return [];
        return [this.errors.about('denyByDefault', `cannot check callers behind the separate Waypoint "${waypoint}" of this ` +
                "namespace (the pods see the waypoint's identity, and no policy here targets the waypoint); set 'waypoint: true' " +
                'instead of adding a Waypoint, so that the allowed callers are checked at the waypoint').message];
    }
    check(prop, error) {
        if (error !== undefined)
            throw this.errors.about(prop, error);
    }
}
exports.StrictMtlsNamespace = StrictMtlsNamespace;
function renderPortLevelMtls(group) {
    const out = {};
    for (const [port, mode] of group.ports) {
        out[String(port)] = { mode: mode };
    }
    return out;
}
//# sourceMappingURL=strict-mtls-namespace.js.map