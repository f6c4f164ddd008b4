"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateSidecar = validateSidecar;
/**
 * Sidecar (networking.istio.io, any served version): egress listeners and their `namespace/dnsName` hosts,
 * ingress listeners, workloadSelector, outbound traffic policy.
 */
const common_1 = require("./common");
const destination_1 = require("./destination");
const gateway_1 = require("./gateway");
const hosts_1 = require("./hosts");
const net_1 = require("./net");
const plain_json_1 = require("../util/plain-json");
const traffic_policy_1 = require("./traffic-policy");
function validateSidecar(r, spec) {
    // istiod stops at selector errors; an empty selector is allowed (it selects the whole namespace).
    if (!(0, common_1.validateWorkloadSelector)(r, 'spec.workloadSelector', spec.workloadSelector, 'labels', 'sidecar: workload selector specified without labels, will be applied to all services in namespace'))
        return;
    if (!(0, plain_json_1.nonEmptyList)(spec.egress) && !(0, plain_json_1.nonEmptyList)(spec.ingress) && !(0, plain_json_1.hasObj)(spec, 'outboundTrafficPolicy') &&
        !(0, plain_json_1.hasObj)(spec, 'inboundConnectionPool')) {
        r.error('spec', 'sidecar: empty configuration provided (set egress, ingress, outboundTrafficPolicy or inboundConnectionPool)');
        return;
    }
    validateIngress(r, spec.ingress);
    (0, traffic_policy_1.validateConnectionPool)(r, 'spec.inboundConnectionPool', spec.inboundConnectionPool);
    validateEgress(r, spec.egress);
    validateOutboundTrafficPolicy(r, spec.outboundTrafficPolicy);
}
function validatePortNameAndProtocol(r, path, port) {
    const name = (0, plain_json_1.str)(port.name);
    if (name !== '')
        r.errorIf(`${path}.name`, (0, common_1.portNameError)(name));
    r.errorIf(`${path}.protocol`, (0, common_1.protocolError)((0, plain_json_1.str)(port.protocol)));
}
function validateIngress(r, ingress) {
    const ports = new Set();
    (0, plain_json_1.list)(ingress).forEach((listener, i) => {
        const p = `spec.ingress[${i}]`;
        if (listener === null) {
            r.error(p, 'sidecar: ingress may not be null');
            return;
        }
        if (!(0, plain_json_1.isObj)(listener))
            return;
        if (!(0, plain_json_1.isObj)(listener.port)) {
            if (!(0, plain_json_1.present)(listener.port))
                r.error(`${p}.port`, 'sidecar: port is required for ingress listeners');
            return;
        }
        const port = listener.port;
        const number = (0, plain_json_1.int)(port.number) ?? 0;
        if (((0, plain_json_1.int)(port.targetPort) ?? 0) > 0)
            r.error(`${p}.port.targetPort`, 'targetPort has no impact on Sidecars');
        validatePortNameAndProtocol(r, `${p}.port`, port);
        r.errorIf(`${p}.port.number`, (0, net_1.portError)(number));
        const bind = (0, plain_json_1.str)(listener.bind);
        if (bind !== '')
            r.errorIf(`${p}.bind`, (0, net_1.ipAddressError)(bind));
        if (ports.has(number))
            r.error(`${p}.port.number`, `sidecar: ports on IP bound listeners must be unique (port ${number} repeats)`);
        ports.add(number);
        validateDefaultEndpoint(r, `${p}.defaultEndpoint`, (0, plain_json_1.str)(listener.defaultEndpoint));
        validateIngressTls(r, `${p}.tls`, listener.tls, (0, plain_json_1.str)(port.protocol));
        (0, traffic_policy_1.validateConnectionPool)(r, `${p}.connectionPool`, listener.connectionPool);
        const protocol = (0, plain_json_1.str)(port.protocol);
        if ((0, plain_json_1.isObj)(listener.connectionPool) && (0, plain_json_1.isObj)(listener.connectionPool.http) && !(0, common_1.isHttpProtocol)(protocol)) {
            r.warning(`${p}.connectionPool.http`, `sidecar: HTTP connection pool settings are configured for port ${number} ` +
                `(${JSON.stringify((0, plain_json_1.str)(port.name))}) but its protocol is not HTTP (${protocol}); only TCP settings will apply`);
        }
    });
}
const LOOPBACK_OR_ANY = new Set(['127.0.0.1', '0.0.0.0', '::1', '::']);
/** `127.0.0.1:<port>`, `0.0.0.0:<port>`, `[::1]:<port>`, `[::]:<port>`, `:<port>` or `unix://<path>`. */
function validateDefaultEndpoint(r, path, endpoint) {
    if (endpoint === '')
        return;
    if (endpoint.startsWith(net_1.UNIX_ADDRESS_PREFIX)) {
        r.errorIf(path, (0, net_1.unixAddressError)(endpoint.slice(net_1.UNIX_ADDRESS_PREFIX.length)));
        return;
    }
    const m = /^(?:\[([^\]]*)\]|([^:[\]]*)):([^:[\]]*)$/.exec(endpoint);
    if (!m) {
        r.error(path, `address ${endpoint}: defaultEndpoint must be of form host:port`);
        return;
    }
    const host = m[1] ?? m[2];
    if (host !== '' && !LOOPBACK_OR_ANY.has(host)) {
        r.error(path, `sidecar: defaultEndpoint "${endpoint}" must be of form 127.0.0.1:<port>,0.0.0.0:<port>,[::1]:port,[::]:port,unix://filepath, or unset`);
    }
    if (!/^[+-]?\d+$/.test(m[3]))
        r.error(path, `sidecar: defaultEndpoint port (${m[3]}) is not a number`);
    else
        r.errorIf(path, (0, net_1.portError)(Number(m[3])));
}
function validateIngressTls(r, path, tls, protocol) {
    if (!(0, plain_json_1.isObj)(tls))
        return;
    if ((0, plain_json_1.nonEmptyList)(tls.subjectAltNames))
        r.error(`${path}.subjectAltNames`, 'sidecar: subjectAltNames is not supported in ingress tls');
    if (tls.httpsRedirect === true)
        r.error(`${path}.httpsRedirect`, 'sidecar: httpsRedirect is not supported');
    if ((0, plain_json_1.str)(tls.credentialName) !== '')
        r.error(`${path}.credentialName`, 'sidecar: credentialName is not currently supported');
    if ((0, plain_json_1.nonEmptyList)(tls.credentialNames))
        r.error(`${path}.credentialNames`, 'sidecar: credentialNames is not currently supported');
    if ((0, plain_json_1.nonEmptyList)(tls.tlsCertificates))
        r.error(`${path}.tlsCertificates`, 'sidecar: tls_certificates is not currently supported');
    const mode = (0, plain_json_1.str)(tls.mode);
    if (mode === 'ISTIO_MUTUAL' || mode === 'AUTO_PASSTHROUGH') {
        r.error(`${path}.mode`, `configuration is invalid: cannot set mode to ${mode} in sidecar ingress tls`);
    }
    if (!(0, common_1.isTlsProtocol)(protocol))
        r.error(path, `server cannot have TLS settings for non HTTPS/TLS ports (protocol "${protocol}")`);
    (0, gateway_1.validateServerTls)(r, path, tls);
}
function validateEgress(r, egress) {
    const listeners = (0, plain_json_1.list)(egress);
    const ports = new Set();
    const sockets = new Set();
    listeners.forEach((listener, i) => {
        const p = `spec.egress[${i}]`;
        if (listener === null) {
            r.error(p, 'egress listener may not be null');
            return;
        }
        if (!(0, plain_json_1.isObj)(listener))
            return;
        if (!(0, plain_json_1.isObj)(listener.port)) {
            // The listener without a port catches everything not bound elsewhere: it must come last (hence be unique).
            if (i !== listeners.length - 1) {
                r.error(p, 'sidecar: the egress listener with empty port should be the last listener in the list (only one listener may have no port)');
            }
        }
        else {
            const port = listener.port;
            const number = (0, plain_json_1.int)(port.number) ?? 0;
            const bind = (0, plain_json_1.str)(listener.bind);
            if (((0, plain_json_1.int)(port.targetPort) ?? 0) > 0)
                r.error(`${p}.port.targetPort`, 'sidecar: targetPort has no impact on Sidecars');
            validatePortNameAndProtocol(r, `${p}.port`, port);
            if (number === 0) {
                if (!bind.startsWith(net_1.UNIX_ADDRESS_PREFIX)) {
                    r.error(`${p}.bind`, 'sidecar: ports with 0 value must have a unix domain socket bind address');
                }
                else {
                    r.errorIf(`${p}.bind`, (0, net_1.unixAddressError)(bind.slice(net_1.UNIX_ADDRESS_PREFIX.length)));
                }
                const capture = (0, plain_json_1.str)(listener.captureMode);
                if (capture !== '' && capture !== 'DEFAULT' && capture !== 'NONE') {
                    r.error(`${p}.captureMode`, 'sidecar: captureMode must be DEFAULT/NONE for unix domain socket listeners');
                }
                if (sockets.has(bind))
                    r.error(`${p}.bind`, 'sidecar: unix domain socket values for listeners must be unique');
                sockets.add(bind);
            }
            else {
                r.errorIf(`${p}.port.number`, (0, net_1.portError)(number));
                if (bind !== '')
                    r.errorIf(`${p}.bind`, (0, net_1.ipAddressError)(bind));
                if (ports.has(number))
                    r.error(`${p}.port.number`, `sidecar: ports on IP bound listeners must be unique (port ${number} repeats)`);
                ports.add(number);
            }
        }
        validateEgressHosts(r, `${p}.hosts`, listener.hosts);
    });
}
function validateEgressHosts(r, path, hosts) {
    const items = (0, plain_json_1.list)(hosts);
    if (items.length === 0) {
        r.error(path, 'sidecar: egress listener must contain at least one host');
        return;
    }
    const own = r.namespace === '' ? '.' : r.namespace;
    const byNamespace = new Map();
    items.forEach((host, i) => {
        if (typeof host !== 'string')
            return;
        const p = `${path}[${i}]`;
        const slash = host.indexOf('/');
        if (slash >= 0) {
            const ns = host.slice(0, slash) === '.' ? own : host.slice(0, slash);
            const name = host.slice(slash + 1);
            let names = byNamespace.get(ns);
            if (!names)
                byNamespace.set(ns, (names = new Set()));
            if (name !== '*' ? names.has(name) || names.has('*') : names.size > 0) {
                r.warning(p, `duplicated egress host: ${host}`);
            }
            names.add(name);
        }
        for (const err of (0, hosts_1.namespacedHostErrors)(host, false, false))
            r.error(p, err);
    });
    if (byNamespace.get('*')?.has('*') && byNamespace.size !== 1) {
        r.warning(path, '`*/*` host select all resources, no other hosts can be added');
    }
}
function validateOutboundTrafficPolicy(r, policy) {
    if (!(0, plain_json_1.isObj)(policy) || !(0, plain_json_1.isObj)(policy.egressProxy))
        return;
    const path = 'spec.outboundTrafficPolicy';
    if ((0, plain_json_1.str)(policy.mode) !== 'ALLOW_ANY') {
        r.error(`${path}.egressProxy`, 'sidecar: egress_proxy must be set only with ALLOW_ANY outbound_traffic_policy mode');
        return;
    }
    const proxy = policy.egressProxy;
    r.errorIf(`${path}.egressProxy.host`, (0, hosts_1.fqdnError)((0, plain_json_1.str)(proxy.host)));
    if (!(0, plain_json_1.isObj)(proxy.port)) {
        r.error(`${path}.egressProxy.port`, 'sidecar: egress_proxy port must be non-nil');
        return;
    }
    (0, destination_1.validateDestination)(r, `${path}.egressProxy`, (0, plain_json_1.obj)(proxy));
}
//# sourceMappingURL=sidecar.js.map