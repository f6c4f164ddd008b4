"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LoadBalancer = exports.TlsMode = void 0;
const cdk8s_1 = require("cdk8s");
const prop_types_1 = require("../shared/prop-types");
const durations_1 = require("../shared/durations");
const http_names_1 = require("./http-names");
const istio_networking_istio_io_1 = require("../../imports/istio-networking.istio.io");
/** mTLS between the client sidecars and this service (DestinationRule tls.mode). */
var TlsMode;
(function (TlsMode) {
    /** Istio mutual TLS with the workload certificates (what auto mTLS already picks for sidecar pods). */
    TlsMode["ISTIO_MUTUAL"] = "ISTIO_MUTUAL";
    /** Plain text. Breaks calls to pods whose namespace or mesh requires STRICT mTLS. */
    TlsMode["DISABLE"] = "DISABLE";
})(TlsMode || (exports.TlsMode = TlsMode = {}));
var Balancer;
(function (Balancer) {
    Balancer[Balancer["ROUND_ROBIN"] = 0] = "ROUND_ROBIN";
    Balancer[Balancer["LEAST_REQUEST"] = 1] = "LEAST_REQUEST";
    Balancer[Balancer["RANDOM"] = 2] = "RANDOM";
    Balancer[Balancer["HEADER"] = 3] = "HEADER";
    Balancer[Balancer["COOKIE"] = 4] = "COOKIE";
    Balancer[Balancer["SOURCE_IP"] = 5] = "SOURCE_IP";
    Balancer[Balancer["QUERY_PARAMETER"] = 6] = "QUERY_PARAMETER";
})(Balancer || (Balancer = {}));
/** How each client sidecar spreads requests over the pods of one version (DestinationRule loadBalancer). */
class LoadBalancer {
    kind;
    name;
    ttl;
    static roundRobin() {
        return new LoadBalancer(Balancer.ROUND_ROBIN);
    }
    /** Istio's default. */
    static leastRequest() {
        return new LoadBalancer(Balancer.LEAST_REQUEST);
    }
    static random() {
        return new LoadBalancer(Balancer.RANDOM);
    }
    /**
     * The same value of header `name` reaches the same pod within a version (not the same version: the
     * canary weight is applied before hashing).
     */
    static consistentHashByHeader(name) {
        new prop_types_1.FactoryArgs('LoadBalancer.consistentHashByHeader').string('name', name);
        return new LoadBalancer(Balancer.HEADER, name);
    }
    /**
     * Pins clients to a pod by cookie `name`; the sidecar sets it when absent (with `ttl`; 0 = session cookie).
     * @param ttl default: no cookie is generated, only an existing one is hashed
     */
    static consistentHashByCookie(name, ttl) {
        const args = new prop_types_1.FactoryArgs('LoadBalancer.consistentHashByCookie');
        args.string('name', name);
        ttl = args.optionalInstance('ttl', cdk8s_1.Duration, 'a Duration (e.g. Duration.hours(1))', ttl);
        return new LoadBalancer(Balancer.COOKIE, name, ttl);
    }
    static consistentHashBySourceIp() {
        return new LoadBalancer(Balancer.SOURCE_IP);
    }
    static consistentHashByQueryParameter(name) {
        new prop_types_1.FactoryArgs('LoadBalancer.consistentHashByQueryParameter').string('name', name);
        return new LoadBalancer(Balancer.QUERY_PARAMETER, name);
    }
    constructor(kind, name, ttl) {
        this.kind = kind;
        this.name = name;
        this.ttl = ttl;
    }
    /** @internal */
    _toIstio(errors, prop, http) {
        const needsHttp = () => {
            if (!http)
                throw errors.mustBe(prop, 'round robin, least request, random or source-IP hashing with protocol TCP', Balancer[this.kind]);
        };
        switch (this.kind) {
            case Balancer.ROUND_ROBIN: return { simple: istio_networking_istio_io_1.DestinationRuleSpecTrafficPolicyLoadBalancerSimple.ROUND_UNDERSCORE_ROBIN };
            case Balancer.LEAST_REQUEST: return { simple: istio_networking_istio_io_1.DestinationRuleSpecTrafficPolicyLoadBalancerSimple.LEAST_UNDERSCORE_REQUEST };
            case Balancer.RANDOM: return { simple: istio_networking_istio_io_1.DestinationRuleSpecTrafficPolicyLoadBalancerSimple.RANDOM };
            case Balancer.SOURCE_IP: return { consistentHash: { useSourceIp: true } };
            case Balancer.HEADER: {
                needsHttp();
                const error = (0, http_names_1.headerNameError)(this.name);
                if (error)
                    throw errors.invalid(prop, error);
                return { consistentHash: { httpHeaderName: this.name } };
            }
            case Balancer.COOKIE: {
                needsHttp();
                const error = (0, http_names_1.cookieNameError)(this.name);
                if (error)
                    throw errors.invalid(prop, error);
                const ttl = this.ttl === undefined ? undefined : (0, durations_1.istioDurationOrZero)(errors, `${prop}.ttl`, this.ttl);
                return { consistentHash: { httpCookie: { name: this.name, ...(ttl === undefined ? {} : { ttl }) } } };
            }
            case Balancer.QUERY_PARAMETER:
                needsHttp();
                if (typeof this.name !== 'string' || this.name === '')
                    throw errors.mustBe(prop, 'hashing on a non-empty query parameter name', this.name);
                return { consistentHash: { httpQueryParameterName: this.name } };
        }
    }
}
exports.LoadBalancer = LoadBalancer;
//# sourceMappingURL=traffic-policy.js.map