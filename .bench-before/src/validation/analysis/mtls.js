"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PeerAuthenticationScopes = void 0;
exports.analyzeMtls = analyzeMtls;
const codes_1 = require("./codes");
const hosts_1 = require("./hosts");
const labels_1 = require("./labels");
const namespaces_1 = require("./namespaces");
const resource_1 = require("./resource");
const workloads_1 = require("./workloads");
const STRICT = 'STRICT';
/** The effective namespace-wide mTLS mode per namespace, from the PeerAuthentications in the inputs. */
class PeerAuthenticationScopes {
    root;
    namespaceWide = new Map();
    /** Namespaces with a workload-level policy that relaxes mTLS for some of their workloads or ports. */
    relaxed = new Set();
    meshMode;
    strictCache = new Map();
    constructor(model, root) {
        this.root = root;
        for (const pa of model.peerAuthentications) {
            if ((0, labels_1.isEmptyMap)((0, resource_1.asStringMap)((0, resource_1.asObject)(pa.spec.selector).matchLabels))) {
                const list = this.namespaceWide.get(pa.ns);
                if (list)
                    list.push(pa);
                else
                    this.namespaceWide.set(pa.ns, [pa]);
            }
            else if (pa.ns !== root && relaxesMtls(pa.spec)) {
                this.relaxed.add(pa.ns);
            }
        }
        this.meshMode = this.agreedMode(this.namespaceWide.get(root), 'PERMISSIVE') ?? 'AMBIGUOUS';
    }
    get groups() {
        return this.namespaceWide;
    }
    /** Whether every workload of the namespace is STRICT (namespace policy, else the mesh-wide one). */
    isStrict(namespace) {
        let strict = this.strictCache.get(namespace);
        if (strict === undefined) {
            const own = namespace === this.root ? this.meshMode : this.agreedMode(this.namespaceWide.get(namespace), this.meshMode);
            strict = own === STRICT && !this.relaxed.has(namespace);
            this.strictCache.set(namespace, strict);
        }
        return strict;
    }
    /** Whether the namespace itself declares STRICT (not only inherits it). */
    declaresStrict(namespace) {
        return this.namespaceWide.get(namespace)?.some((pa) => modeOf(pa.spec) === STRICT) === true && this.isStrict(namespace);
    }
    agreedMode(policies, inherited) {
        if (!policies || policies.length === 0)
            return inherited;
        const modes = new Set(policies.map((pa) => modeOf(pa.spec) ?? inherited));
        return modes.size === 1 ? [...modes][0] : undefined;
    }
}
exports.PeerAuthenticationScopes = PeerAuthenticationScopes;
function modeOf(spec) {
    const mode = (0, resource_1.asString)((0, resource_1.asObject)(spec.mtls).mode);
    return mode === '' || mode === 'UNSET' ? undefined : mode;
}
function relaxesMtls(spec) {
    const mode = modeOf(spec);
    if (mode !== undefined && mode !== STRICT)
        return true;
    const ports = (0, resource_1.asObject)(spec.portLevelMtls);
    for (const key in ports) {
        const m = (0, resource_1.asString)((0, resource_1.asObject)(ports[key]).mode);
        if (m !== '' && m !== 'UNSET' && m !== STRICT)
            return true;
    }
    return false;
}
function analyzeMtls(model, out) {
    const root = model.mesh.rootNamespace;
    const scopes = new PeerAuthenticationScopes(model, root);
    reportDuplicatePolicies(scopes, root, out);
    checkDestinationRules(model, scopes, out);
    checkOptOuts(model, scopes, root, out);
}
function reportDuplicatePolicies(scopes, root, out) {
    for (const [ns, list] of scopes.groups) {
        if (list.length < 2)
            continue;
        const names = list.map((pa) => pa.name).sort().join(', ');
        const scope = ns === root ? 'mesh-wide (root namespace)' : `namespace-wide in "${ns}"`;
        for (const pa of list) {
            out.push(pa.finding(codes_1.MULTIPLE_NAMESPACE_WIDE_PEER_AUTHENTICATIONS, 'spec.selector', `several PeerAuthentications without selector are ${scope} (${names}); Istio applies only the oldest, ` +
                'which depends on apply order: keep exactly one (conventionally named "default")'));
        }
    }
}
/** The namespace is known to give its pods sidecars (labels), or declares STRICT itself when its labels are unknown. */
function strictSidecarNamespace(model, scopes, namespace) {
    const ns = model.namespaces.get(namespace);
    if (ns)
        return (0, namespaces_1.meshModeOf)(ns.labels) === namespaces_1.MeshMode.SIDECAR && scopes.isStrict(namespace);
    return scopes.declaresStrict(namespace);
}
function checkDestinationRules(model, scopes, out) {
    for (const dr of model.destinationRules) {
        const host = (0, resource_1.asString)(dr.spec.host);
        const target = host ? (0, hosts_1.clusterNamespaceOf)(dr.ns, host) : undefined;
        if (target === undefined || !strictSidecarNamespace(model, scopes, target))
            continue;
        const report = (policy, path) => {
            const mode = (0, resource_1.asString)((0, resource_1.asObject)((0, resource_1.asObject)(policy).tls).mode);
            if (mode !== 'DISABLE' && mode !== 'SIMPLE')
                return;
            out.push(dr.finding(codes_1.STRICT_MTLS_DISABLED_BY_DESTINATION_RULE, `${path}.tls.mode`, `tls.mode ${mode} makes clients send ${mode === 'DISABLE' ? 'plaintext' : 'their own TLS instead of Istio mTLS'} ` +
                `to "${host}", whose namespace "${target}" requires STRICT mTLS, so every request is refused; remove the tls ` +
                'block (auto mTLS picks ISTIO_MUTUAL) or set mode ISTIO_MUTUAL'));
        };
        const checkPolicy = (policy, path) => {
            report(policy, path);
            (0, resource_1.asArray)((0, resource_1.asObject)(policy).portLevelSettings).forEach((p, i) => report(p, `${path}.portLevelSettings[${i}]`));
        };
        checkPolicy(dr.spec.trafficPolicy, 'spec.trafficPolicy');
        (0, resource_1.asArray)(dr.spec.subsets).forEach((s, i) => checkPolicy((0, resource_1.asObject)(s).trafficPolicy, `spec.subsets[${i}].trafficPolicy`));
    }
}
function checkOptOuts(model, scopes, root, out) {
    for (const w of model.workloads) {
        const namespace = w.res.ns;
        if (namespace === root || (0, namespaces_1.isIgnoredNamespace)(namespace) || (0, namespaces_1.isIstioControlPlane)(w.labels))
            continue;
        if (!scopes.isStrict(namespace) || (0, workloads_1.hasProxyContainer)(w))
            continue;
        const ns = model.namespaces.get(namespace);
        const mode = ns ? (0, namespaces_1.meshModeOf)(ns.labels) : undefined;
        let optOut;
        if (mode === namespaces_1.MeshMode.AMBIENT) {
            if (w.labels[namespaces_1.DATAPLANE_MODE_LABEL] === 'none')
                optOut = `label ${namespaces_1.DATAPLANE_MODE_LABEL}=none`;
        }
        else if ((mode === undefined || mode === namespaces_1.MeshMode.SIDECAR) && (0, namespaces_1.optsOutOfSidecar)(w.labels, w.annotations)) {
            optOut = `${w.labels[namespaces_1.SIDECAR_INJECT] !== undefined ? 'label' : 'annotation'} ${namespaces_1.SIDECAR_INJECT}=false`;
        }
        if (!optOut)
            continue;
        const where = optOut.startsWith('annotation') ? 'annotations' : 'labels';
        out.push(w.res.finding(codes_1.STRICT_NAMESPACE_WORKLOAD_WITHOUT_PROXY, `${(0, workloads_1.podMetadataPath)(w)}.${where}`, `this workload opts out of the mesh (${optOut}) in namespace "${namespace}", where mTLS is STRICT: its ` +
            'plaintext calls to meshed workloads are refused; remove the opt-out, or move it to a namespace without STRICT mTLS'));
    }
}
//# sourceMappingURL=mtls.js.map