"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MeshState = void 0;
const constructs_1 = require("constructs");
/**
 * The contract every copy of cdk8s-istio checks before it uses a MeshState it did not create. npm can install two
 * copies of the package in one app (each with its own classes, so `instanceof` fails across them); both find the
 * same construct by its id and trust it through this registered symbol. Raise the version whenever the public or
 * `@internal` members below change incompatibly.
 */
const CONTRACT = Symbol.for('cdk8s-istio.MeshState.contract');
const CONTRACT_VERSION = 1;
/**
 * The state the constructs of one app share, in one visible place: a construct on the app root with the id
 * `cdk8s-istio.MeshState` (it renders no manifest). It holds the proxy-config contributions, the telemetry claims,
 * the mesh-wide mTLS policies, per-namespace facts (data plane, waypoint, ingress-use-waypoint) and the state of
 * validation at synth. Constructs get it with `MeshState.of(this)`; two copies of cdk8s-istio in one app share it.
 */
class MeshState extends constructs_1.Construct {
    /** The construct id under the app root. */
    static ID = 'cdk8s-istio.MeshState';
    /** The app's MeshState, created on first use. */
    static of(scope) {
        const root = scope.node.root;
        return MeshState.find(root) ?? new MeshState(root);
    }
    /** The app's MeshState, or undefined when no construct has needed one yet (reads at render time use this). */
    static find(scope) {
        const found = scope.node.root.node.tryFindChild(MeshState.ID);
        if (found === undefined)
            return undefined;
        const version = found[CONTRACT];
        if (version !== CONTRACT_VERSION) {
            throw new Error(`cdk8s-istio: the construct '${found.node.path}' on the app root is not a MeshState this copy of ` +
                `cdk8s-istio can use (contract version ${JSON.stringify(version)}, this copy needs ${CONTRACT_VERSION}): ` +
                `the id '${MeshState.ID}' is reserved, and all copies of cdk8s-istio in one app must be compatible versions`);
        }
        return found;
    }
    /**
     * The contract marker copies of the package look for (symbol-keyed; not part of the jsii API).
     * @internal
     */
    [CONTRACT] = CONTRACT_VERSION;
    namespaces = new Map();
    proxyConfigSources = [];
    meshWidePolicies = [];
    telemetries = new Set();
    providers = new Map();
    slots = new Map();
    constructor(root) {
        super(root, MeshState.ID);
    }
    /** Records facts about a namespace; facts merge field by field, a fact recorded again replaces the earlier value. */
    recordNamespace(namespace, facts) {
        const defined = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined));
        this.namespaces.set(namespace, { ...this.namespaces.get(namespace), ...defined });
    }
    /** The facts recorded for a namespace, or undefined when none were. */
    namespaceFacts(namespace) {
        const facts = this.namespaces.get(namespace);
        return facts === undefined ? undefined : { ...facts };
    }
    /** Adds a source of pod-level ProxyConfig fields (asked at render time, so construction order does not matter). */
    addProxyConfigSource(source) {
        this.proxyConfigSources.push(source);
    }
    /** Merged ProxyConfig fields for a pod, or undefined when no source applies. Later sources win per field. */
    proxyConfigFor(podLabels, namespace) {
        let merged;
        for (const source of this.proxyConfigSources) {
            const fields = source.proxyConfigFor(podLabels, namespace);
            if (fields)
                merged = { ...(merged ?? {}), ...fields };
        }
        return merged;
    }
    /** Registers a mesh-wide mTLS policy. */
    addMeshWideMtlsPolicy(policy) {
        this.meshWidePolicies.push(policy);
    }
    /** The mesh-wide mTLS policies of the app, in the order they were defined. */
    meshWideMtlsPolicies() {
        return [...this.meshWidePolicies];
    }
    /**
     * Claims the Telemetry `namespace/name` for one construct: true when nothing else in the app claimed it (a clash
     * would only surface in the cluster, one Telemetry silently replacing the other).
     */
    claimTelemetry(namespace, name) {
        const key = `${namespace}/${name}`;
        if (this.telemetries.has(key))
            return false;
        this.telemetries.add(key);
        return true;
    }
    /**
     * Claims an extension-provider name with its definition: true when the name is free or already claimed with the
     * same definition (two install files defining one provider differently would leave the last one applied winning).
     */
    claimProvider(name, definition) {
        const claimed = this.providers.get(name);
        if (claimed !== undefined)
            return claimed === definition;
        this.providers.set(name, definition);
        return true;
    }
    /**
     * The value kept under `key` (a `Symbol.for` key with a version in it, so that copies of the package agree on
     * it), created by `create` on first use.
     * @internal
     */
    _slot(key, create) {
        if (!this.slots.has(key))
            this.slots.set(key, create());
        return this.slots.get(key);
    }
    /**
     * The value kept under `key`, or undefined.
     * @internal
     */
    _peek(key) {
        return this.slots.get(key);
    }
}
exports.MeshState = MeshState;
//# sourceMappingURL=mesh-state.js.map