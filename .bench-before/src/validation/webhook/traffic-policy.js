"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateTrafficPolicy = validateTrafficPolicy;
exports.validateConnectionPool = validateConnectionPool;
exports.warnFailoverWithoutOutlierDetection = warnFailoverWithoutOutlierDetection;
/**
 * DestinationRule traffic policies (DR level, subset level, port level): connection pool, outlier detection,
 * load balancer, client TLS, tunnel; also the connection pools of Sidecar ingress listeners.
 */
const common_1 = require("./common");
const hosts_1 = require("./hosts");
const net_1 = require("./net");
const plain_json_1 = require("../util/plain-json");
function validateTrafficPolicy(r, path, policy) {
    if (!(0, plain_json_1.isObj)(policy))
        return;
    const fields = ['outlierDetection', 'connectionPool', 'loadBalancer', 'tls', 'tunnel', 'proxyProtocol', 'retryBudget'];
    if (!fields.some((f) => (0, plain_json_1.hasObj)(policy, f)) && !(0, plain_json_1.nonEmptyList)(policy.portLevelSettings)) {
        r.error(path, 'traffic policy must have at least one field (remove the empty trafficPolicy)');
        return;
    }
    if ((0, plain_json_1.hasObj)(policy, 'tunnel') && (0, plain_json_1.hasObj)(policy, 'proxyProtocol')) {
        r.error(path, 'tunnel and proxyProtocol must not be specified at the same time');
        return;
    }
    validateOutlierDetection(r, `${path}.outlierDetection`, policy.outlierDetection);
    validateConnectionPool(r, `${path}.connectionPool`, policy.connectionPool);
    validateLoadBalancer(r, `${path}.loadBalancer`, policy.loadBalancer);
    validateClientTls(r, `${path}.tls`, policy.tls);
    validatePortTrafficPolicies(r, `${path}.portLevelSettings`, policy.portLevelSettings);
    validateTunnel(r, `${path}.tunnel`, policy.tunnel);
}
function validatePortTrafficPolicies(r, path, settings) {
    (0, plain_json_1.list)(settings).forEach((s, i) => {
        const p = `${path}[${i}]`;
        if (s === null) {
            r.error(p, 'traffic policy may not be null');
            return;
        }
        if (!(0, plain_json_1.isObj)(s))
            return;
        if (!(0, plain_json_1.isObj)(s.port))
            r.error(`${p}.port`, 'portTrafficPolicy must have valid port');
        if (!['outlierDetection', 'connectionPool', 'loadBalancer', 'tls'].some((f) => (0, plain_json_1.hasObj)(s, f))) {
            r.error(p, 'port traffic policy must have at least one field');
            return;
        }
        validateOutlierDetection(r, `${p}.outlierDetection`, s.outlierDetection);
        validateConnectionPool(r, `${p}.connectionPool`, s.connectionPool);
        validateLoadBalancer(r, `${p}.loadBalancer`, s.loadBalancer);
        validateClientTls(r, `${p}.tls`, s.tls);
    });
}
function nonNegative(r, path, o, field, what) {
    const v = (0, plain_json_1.int)(o[field]);
    if (v !== undefined && v < 0)
        r.error(`${path}.${field}`, `${what} must be non-negative (it has ${v})`);
}
function validateConnectionPool(r, path, pool) {
    if (!(0, plain_json_1.isObj)(pool))
        return;
    if (!(0, plain_json_1.hasObj)(pool, 'http') && !(0, plain_json_1.hasObj)(pool, 'tcp')) {
        r.error(path, 'connection pool must have at least one field');
        return;
    }
    if ((0, plain_json_1.isObj)(pool.http)) {
        const http = pool.http;
        const p = `${path}.http`;
        nonNegative(r, p, http, 'http1MaxPendingRequests', 'http1 max pending requests');
        nonNegative(r, p, http, 'http2MaxRequests', 'http2 max requests');
        nonNegative(r, p, http, 'maxRequestsPerConnection', 'max requests per connection');
        nonNegative(r, p, http, 'maxRetries', 'max retries');
        nonNegative(r, p, http, 'maxConcurrentStreams', 'max concurrent streams');
        if ((0, plain_json_1.present)(http.idleTimeout))
            (0, common_1.validateDuration)(r, `${p}.idleTimeout`, http.idleTimeout);
        if (http.h2UpgradePolicy === 'UPGRADE' && http.useClientProtocol === true) {
            r.error(p, 'use client protocol must not be true when H2UpgradePolicy is UPGRADE');
        }
    }
    if ((0, plain_json_1.isObj)(pool.tcp)) {
        const tcp = pool.tcp;
        const p = `${path}.tcp`;
        nonNegative(r, p, tcp, 'maxConnections', 'max connections');
        if ((0, plain_json_1.present)(tcp.connectTimeout))
            (0, common_1.validateDuration)(r, `${p}.connectTimeout`, tcp.connectTimeout);
        if ((0, plain_json_1.present)(tcp.maxConnectionDuration))
            (0, common_1.validateDuration)(r, `${p}.maxConnectionDuration`, tcp.maxConnectionDuration);
        // An idle timeout of 0 disables it, so only other values must follow the millisecond rule.
        if (typeof tcp.idleTimeout === 'string' && !/^[+-]?0+(\.0*)?[a-zµμ]*$/.test(tcp.idleTimeout)) {
            (0, common_1.validateDuration)(r, `${p}.idleTimeout`, tcp.idleTimeout);
        }
        const keepalive = (0, plain_json_1.obj)(tcp.tcpKeepalive);
        if ((0, plain_json_1.present)(keepalive.time))
            (0, common_1.validateDuration)(r, `${p}.tcpKeepalive.time`, keepalive.time);
        if ((0, plain_json_1.present)(keepalive.interval))
            (0, common_1.validateDuration)(r, `${p}.tcpKeepalive.interval`, keepalive.interval);
    }
}
function percentError(value) {
    return value >= 0 && value <= 100 ? undefined : `percentage ${value} is not in range 0..100`;
}
function validateOutlierDetection(r, path, outlier) {
    if (!(0, plain_json_1.isObj)(outlier))
        return;
    if ((0, plain_json_1.present)(outlier.baseEjectionTime))
        (0, common_1.validateDuration)(r, `${path}.baseEjectionTime`, outlier.baseEjectionTime);
    if ((0, plain_json_1.present)(outlier.interval))
        (0, common_1.validateDuration)(r, `${path}.interval`, outlier.interval);
    const consecutiveErrors = (0, plain_json_1.int)(outlier.consecutiveErrors);
    if (consecutiveErrors !== undefined && consecutiveErrors !== 0) {
        r.warning(`${path}.consecutiveErrors`, 'outlier detection consecutive errors is deprecated, use consecutiveGatewayErrors or consecutive5xxErrors instead');
    }
    const localOrigin = (0, common_1.wrappedNumber)(outlier.consecutiveLocalOriginFailures);
    if (outlier.splitExternalLocalOriginErrors !== true && localOrigin !== undefined && localOrigin > 0) {
        r.error(`${path}.consecutiveLocalOriginFailures`, 'outlier detection consecutive local origin failures is specified, but split external local origin errors is set to false');
    }
    for (const field of ['maxEjectionPercent', 'minHealthPercent']) {
        const v = (0, plain_json_1.int)(outlier[field]);
        if (v !== undefined)
            r.errorIf(`${path}.${field}`, percentError(v));
    }
}
function isPrime(n) {
    if (n < 2)
        return false;
    for (let d = 2; d * d <= n; d++)
        if (n % d === 0)
            return false;
    return true;
}
function validateLoadBalancer(r, path, lb) {
    if (!(0, plain_json_1.isObj)(lb))
        return;
    const hash = lb.consistentHash;
    if ((0, plain_json_1.isObj)(hash))
        validateConsistentHash(r, `${path}.consistentHash`, hash);
    validateLocalityLb(r, `${path}.localityLbSetting`, lb.localityLbSetting);
    validateWarmup(r, `${path}.warmup`, lb.warmup);
    if ((0, plain_json_1.present)(lb.warmupDurationSecs))
        (0, common_1.validateDuration)(r, `${path}.warmupDurationSecs`, lb.warmupDurationSecs);
}
function validateConsistentHash(r, path, hash) {
    if ((0, plain_json_1.isObj)(hash.httpCookie)) {
        const cookie = hash.httpCookie;
        if ((0, plain_json_1.str)(cookie.name) === '')
            r.error(`${path}.httpCookie.name`, 'name required for HttpCookie');
        const seen = new Set();
        (0, plain_json_1.list)(cookie.attributes).forEach((a, i) => {
            if (!(0, plain_json_1.isObj)(a))
                return;
            const name = (0, plain_json_1.str)(a.name);
            if (name === '')
                r.error(`${path}.httpCookie.attributes[${i}].name`, 'cookie attribute name cannot be empty');
            else if (seen.has(name))
                r.error(`${path}.httpCookie.attributes[${i}].name`, `duplicate cookie attribute name "${name}"`);
            seen.add(name);
        });
    }
    const minRing = (0, plain_json_1.int)(hash.minimumRingSize);
    if (minRing !== undefined && minRing !== 0) {
        r.warning(`${path}.minimumRingSize`, "consistent hash MinimumRingSize is deprecated, use ConsistentHashLB's RingHash configuration instead");
        if ((0, plain_json_1.hasObj)(hash, 'ringHash') || (0, plain_json_1.hasObj)(hash, 'maglev')) {
            r.error(path, 'only one of MinimumRingSize or Maglev/Ringhash can be specified');
        }
    }
    if ((0, plain_json_1.isObj)(hash.maglev)) {
        const size = hash.maglev.tableSize === undefined ? 0 : (0, plain_json_1.int)(hash.maglev.tableSize);
        const p = `${path}.maglev.tableSize`;
        if (size !== undefined) {
            if (size === 0)
                r.error(p, 'tableSize must be set for maglev');
            if (size >= 5000011)
                r.error(p, `tableSize ${size} must be less than 5000011 for maglev`);
            if (!isPrime(size))
                r.error(p, `tableSize ${size} must be a prime number for maglev`);
        }
    }
}
function validateWarmup(r, path, warmup) {
    if (!(0, plain_json_1.isObj)(warmup))
        return;
    if (!(0, plain_json_1.present)(warmup.duration))
        r.error(`${path}.duration`, 'warmup duration is required');
    else
        (0, common_1.validateDuration)(r, `${path}.duration`, warmup.duration);
    const minimum = (0, common_1.wrappedNumber)(warmup.minimumPercent);
    if (minimum !== undefined && (minimum < 0 || minimum > 100)) {
        r.error(`${path}.minimumPercent`, `warmup minimumPercent ${minimum} must be between 0 and 100`);
    }
    const aggression = (0, common_1.wrappedNumber)(warmup.aggression);
    if (aggression !== undefined && aggression < 1)
        r.error(`${path}.aggression`, `warmup aggression ${aggression} must be >= 1`);
}
const TOPOLOGY_LABELS = new Set(['topology.kubernetes.io/region', 'topology.kubernetes.io/zone', 'topology.istio.io/subzone']);
function localitiesError(localities) {
    for (const locality of localities) {
        const stars = locality.split('*').length - 1;
        if (stars > 0 && (stars > 1 || !locality.endsWith('*'))) {
            return `locality ${locality} wildcard '*' number can not exceed 1 and must be in the end`;
        }
        if (locality === '' || locality.split('/').some((part) => part === '') || locality.split('/').length > 3) {
            return `locality ${locality} must not contain empty region/zone/subzone info`;
        }
    }
    return undefined;
}
/** Locality failover only happens when outlier detection ejects the unhealthy local endpoints. */
function warnFailoverWithoutOutlierDetection(r, path, policy) {
    const setting = (0, plain_json_1.obj)((0, plain_json_1.obj)((0, plain_json_1.obj)(policy).loadBalancer).localityLbSetting);
    if (!(0, plain_json_1.nonEmptyList)(setting.failover) && !(0, plain_json_1.nonEmptyList)(setting.failoverPriority))
        return;
    if (!(0, plain_json_1.hasObj)((0, plain_json_1.obj)(policy), 'outlierDetection')) {
        r.warning(`${path}.loadBalancer.localityLbSetting`, 'outlier detection policy must be provided for failover');
    }
}
function validateLocalityLb(r, path, setting) {
    if (!(0, plain_json_1.isObj)(setting))
        return;
    const distribute = (0, plain_json_1.list)(setting.distribute);
    const failover = (0, plain_json_1.list)(setting.failover);
    if (distribute.length > 0 && failover.length > 0) {
        r.error(path, "can not simultaneously specify 'distribute' and 'failover'");
        return;
    }
    if (failover.length > 0) {
        for (const priority of (0, plain_json_1.list)(setting.failoverPriority)) {
            if (typeof priority === 'string' && TOPOLOGY_LABELS.has(priority)) {
                r.error(`${path}.failoverPriority`, `can not simultaneously set 'failover' and topology label '${priority}' in 'failover_priority'`);
                return;
            }
        }
    }
    const sources = [];
    for (let i = 0; i < distribute.length; i++) {
        const d = (0, plain_json_1.obj)(distribute[i]);
        const p = `${path}.distribute[${i}]`;
        sources.push((0, plain_json_1.str)(d.from));
        let total = 0;
        const targets = [];
        for (const [locality, weight] of (0, plain_json_1.entries)(d.to)) {
            targets.push(locality);
            const w = (0, plain_json_1.num)(weight) ?? 0;
            if (w <= 0 || w > 100) {
                r.error((0, plain_json_1.keyPath)(`${p}.to`, locality), `locality weight ${w} must be in range [1, 100]`);
                return;
            }
            total += w;
        }
        if (total !== 100) {
            r.error(`${p}.to`, `total locality weight ${total} != 100`);
            return;
        }
        r.errorIf(`${p}.to`, localitiesError(targets));
    }
    r.errorIf(`${path}.distribute`, localitiesError(sources));
    failover.forEach((f, i) => {
        if (!(0, plain_json_1.isObj)(f))
            return;
        const from = (0, plain_json_1.str)(f.from);
        const to = (0, plain_json_1.str)(f.to);
        const p = `${path}.failover[${i}]`;
        if (from === to)
            r.error(p, `locality lb failover settings must specify different regions (from and to are both "${from}")`);
        if (from.includes('/') || to.includes('/'))
            r.error(p, 'locality lb failover only specify region');
        if (from.includes('*') || to.includes('*'))
            r.error(p, "locality lb failover region should not contain '*' wildcard");
    });
}
/** ClientTLSSettings (agent ValidateTLS): credential sources that exclude each other, MUTUAL's certificate + key. */
function validateClientTls(r, path, tls) {
    if (!(0, plain_json_1.isObj)(tls))
        return;
    const mode = (0, plain_json_1.str)(tls.mode);
    r.errorIf(`${path}.credentialName`, configMapCredentialError((0, plain_json_1.str)(tls.credentialName), r.namespace));
    const skipVerify = wrappedBool(tls.insecureSkipVerify);
    const hasSans = (0, plain_json_1.nonEmptyList)(tls.subjectAltNames);
    if (skipVerify) {
        if (mode === 'SIMPLE' && ((0, plain_json_1.nonEmptyStr)(tls.caCertificates) || (0, plain_json_1.nonEmptyStr)(tls.credentialName) || hasSans)) {
            r.error(path, 'cannot specify CaCertificates or CredentialName or SubjectAltNames when InsecureSkipVerify is set true');
        }
        if (mode === 'MUTUAL' && ((0, plain_json_1.nonEmptyStr)(tls.caCertificates) || hasSans)) {
            r.error(path, 'cannot specify CaCertificates or SubjectAltNames when InsecureSkipVerify is set true');
        }
    }
    if ((mode === 'SIMPLE' || mode === 'MUTUAL') && (0, plain_json_1.nonEmptyStr)(tls.credentialName)) {
        if (['clientCertificate', 'caCertificates', 'privateKey', 'caCrl'].some((f) => (0, plain_json_1.nonEmptyStr)(tls[f]))) {
            r.error(path, 'cannot specify client certificates or CA certificate or CA CRL If credentialName is set');
        }
        return;
    }
    if (mode === 'MUTUAL') {
        if (!(0, plain_json_1.nonEmptyStr)(tls.clientCertificate))
            r.error(`${path}.clientCertificate`, 'client certificate required for mutual tls');
        if (!(0, plain_json_1.nonEmptyStr)(tls.privateKey))
            r.error(`${path}.privateKey`, 'private key required for mutual tls');
    }
}
const CONFIGMAP_CREDENTIAL = 'configmap://';
/** `configmap://<namespace>/<name>`: a CA bundle from a ConfigMap of the DestinationRule's own namespace. */
function configMapCredentialError(credentialName, namespace) {
    if (!credentialName.startsWith(CONFIGMAP_CREDENTIAL))
        return undefined;
    const resource = credentialName.slice(CONFIGMAP_CREDENTIAL.length);
    const prefix = 'invalid configmap:// credentialName:';
    const slash = resource.indexOf('/');
    if (slash < 0 || resource.indexOf('/', slash + 1) >= 0) {
        return `${prefix} invalid resource name ${JSON.stringify(resource)}. Expected namespace and name`;
    }
    if (slash === 0)
        return `${prefix} invalid resource name ${JSON.stringify(resource)}. Expected namespace`;
    if (slash === resource.length - 1)
        return `${prefix} invalid resource name ${JSON.stringify(resource)}. Expected name`;
    const ns = resource.slice(0, slash);
    if (namespace !== '' && ns !== namespace)
        return `${prefix} namespace must match the configuration namespace ${JSON.stringify(namespace)}`;
    return undefined;
}
function wrappedBool(v) {
    if (typeof v === 'boolean')
        return v;
    return (0, plain_json_1.isObj)(v) && v.value === true;
}
function validateTunnel(r, path, tunnel) {
    if (!(0, plain_json_1.isObj)(tunnel))
        return;
    const protocol = (0, plain_json_1.str)(tunnel.protocol);
    if (protocol !== '' && protocol !== 'CONNECT' && protocol !== 'POST') {
        r.error(`${path}.protocol`, `tunnel protocol "${protocol}" must be "CONNECT" or "POST"`);
    }
    const host = (0, plain_json_1.str)(tunnel.targetHost);
    const fqdn = (0, hosts_1.fqdnError)(host);
    if (fqdn !== undefined && !(0, net_1.isIpAddress)(host)) {
        r.error(`${path}.targetHost`, `tunnel target host must be valid FQDN or IP address: ${fqdn}`);
    }
    const port = tunnel.targetPort === undefined ? 0 : (0, plain_json_1.int)(tunnel.targetPort);
    if (port !== undefined) {
        const err = (0, net_1.portError)(port);
        if (err)
            r.error(`${path}.targetPort`, `tunnel target port is invalid: ${err}`);
    }
}
//# sourceMappingURL=traffic-policy.js.map