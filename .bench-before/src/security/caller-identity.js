"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CallerIdentity = void 0;
const prop_errors_1 = require("../shared/prop-errors");
const names_1 = require("../validation/util/names");
const prop_types_1 = require("../shared/prop-types");
/** The service account of the ingress gateway that `istioctl install` (profile default or demo) deploys. */
const ISTIOCTL_GATEWAY_SERVICE_ACCOUNT = 'istio-ingressgateway-service-account';
/**
 * A caller that a `StrictMtlsNamespace` with `denyByDefault` lets in (`allowFrom`). Namespace and service-account
 * identities come from the caller's mTLS certificate, so they only match callers in the mesh; callers outside it
 * (a Prometheus or an ingress controller without a sidecar, the API server calling a webhook) have no identity and
 * can only be let in by port (`anySourceOnPort`), on a port that also accepts plaintext (a PERMISSIVE port
 * exception).
 */
class CallerIdentity {
    namespaceName;
    serviceAccountName;
    port;
    /** Every workload in the namespace `namespace` (rendered as `source.namespaces`). */
    static namespace(namespace) {
        new prop_types_1.FactoryArgs('CallerIdentity.namespace').string('namespace', namespace);
        const error = (0, names_1.dns1123LabelError)(namespace);
        if (error)
            throw prop_errors_1.PropErrors.forFactory('CallerIdentity.namespace').about('namespace', error);
        return new CallerIdentity(namespace, undefined, undefined);
    }
    /**
     * Workloads running as the service account `serviceAccount` in `namespace` (rendered as the SPIFFE principal
     * `<trustDomain>/ns/<namespace>/sa/<serviceAccount>` in `source.principals`).
     */
    static serviceAccount(namespace, serviceAccount) {
        const args = new prop_types_1.FactoryArgs('CallerIdentity.serviceAccount');
        args.string('namespace', namespace);
        args.string('serviceAccount', serviceAccount);
        const nsError = (0, names_1.dns1123LabelError)(namespace);
        if (nsError)
            throw prop_errors_1.PropErrors.forFactory('CallerIdentity.serviceAccount').about('namespace', nsError);
        const saError = (0, names_1.dns1123SubdomainError)(serviceAccount);
        if (saError)
            throw prop_errors_1.PropErrors.forFactory('CallerIdentity.serviceAccount').about('serviceAccount', saError);
        return new CallerIdentity(namespace, serviceAccount, undefined);
    }
    /**
     * An Istio ingress gateway, by its service account. The defaults are those of `istioctl install`; a gateway
     * installed with the `istio/gateway` Helm chart runs as its release name (e.g. `istio-ingressgateway`), and one
     * that Istio deploys for a Gateway API `Gateway` as `<gateway name>-istio` in the Gateway's namespace.
     * @param serviceAccount default 'istio-ingressgateway-service-account'
     * @param namespace default 'istio-system'
     */
    static ingressGateway(serviceAccount = ISTIOCTL_GATEWAY_SERVICE_ACCOUNT, namespace = 'istio-system') {
        const nsError = (0, names_1.dns1123LabelError)(namespace);
        if (nsError)
            throw prop_errors_1.PropErrors.forFactory('CallerIdentity.ingressGateway').about('namespace', nsError);
        const saError = (0, names_1.dns1123SubdomainError)(serviceAccount);
        if (saError)
            throw prop_errors_1.PropErrors.forFactory('CallerIdentity.ingressGateway').about('serviceAccount', saError);
        return new CallerIdentity(namespace, serviceAccount, undefined);
    }
    /**
     * A monitoring stack that runs in the mesh (e.g. Prometheus with an Istio sidecar and its certificates) in
     * `namespace`. A Prometheus outside the mesh has no identity: scrape Istio's merged metrics port 15020
     * (the default, which neither mTLS nor authorization policies cover) or use `anySourceOnPort` with a
     * PERMISSIVE port exception.
     * @param namespace default 'monitoring'
     */
    static monitoringNamespace(namespace = 'monitoring') {
        const error = (0, names_1.dns1123LabelError)(namespace);
        if (error)
            throw prop_errors_1.PropErrors.forFactory('CallerIdentity.monitoringNamespace').about('namespace', error);
        return new CallerIdentity(namespace, undefined, undefined);
    }
    /**
     * Any source, with or without a mesh identity, on container port `port` of the namespace's workloads
     * (rendered as a rule with `to.operation.ports` and no `from`). Callers outside the mesh reach the port only
     * when it also accepts plaintext: give it a PERMISSIVE port exception (or keep the namespace PERMISSIVE during a
     * migration).
     */
    static anySourceOnPort(port) {
        if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) {
            throw prop_errors_1.PropErrors.forFactory('CallerIdentity.anySourceOnPort').mustBe('port', 'an integer from 1 to 65535 (a container port)', port);
        }
        return new CallerIdentity(undefined, undefined, port);
    }
    constructor(
    /** The caller's namespace; undefined for a port rule. */
    namespaceName, 
    /** The caller's service account; undefined for "any workload in the namespace" and for a port rule. */
    serviceAccountName, 
    /** The container port open to any source; undefined for identity callers. */
    port) {
        this.namespaceName = namespaceName;
        this.serviceAccountName = serviceAccountName;
        this.port = port;
    }
    /**
     * The principal for a service-account caller, undefined for the other kinds.
     * @internal
     */
    _principal(trustDomain) {
        if (this.serviceAccountName === undefined)
            return undefined;
        return `${trustDomain}/ns/${this.namespaceName}/sa/${this.serviceAccountName}`;
    }
    /** A key that is equal for equal callers. @internal */
    get _key() {
        return this.port !== undefined ? `port:${this.port}` : `${this.namespaceName}/${this.serviceAccountName ?? ''}`;
    }
}
exports.CallerIdentity = CallerIdentity;
//# sourceMappingURL=caller-identity.js.map