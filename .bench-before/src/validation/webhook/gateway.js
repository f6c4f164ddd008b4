"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GATEWAY_SEMANTICS_ANNOTATION = void 0;
exports.validateGateway = validateGateway;
exports.validateServerTls = validateServerTls;
/** Gateway (networking.istio.io, any served version): servers, ports, hosts, bind addresses, TLS modes. */
const names_1 = require("../util/names");
const common_1 = require("./common");
const hosts_1 = require("./hosts");
const net_1 = require("./net");
const plain_json_1 = require("../util/plain-json");
/** `internal.istio.io/gateway-semantics: gateway`: a Gateway istiod generated from a Gateway API Gateway. */
exports.GATEWAY_SEMANTICS_ANNOTATION = 'internal.istio.io/gateway-semantics';
function validateGateway(r, spec) {
    const gatewaySemantics = r.annotation(exports.GATEWAY_SEMANTICS_ANNOTATION) === 'gateway';
    if (r.name !== '' && !gatewaySemantics && !(0, names_1.isIstioLabelName)(r.name)) {
        r.error('metadata.name', `invalid gateway name: "${r.name}" (must be a DNS-1123 label: no dots)`);
    }
    const servers = (0, plain_json_1.list)(spec.servers);
    if (servers.length === 0)
        r.error('spec.servers', 'gateway must have at least one server');
    const portNames = new Set();
    servers.forEach((server, i) => {
        const p = `spec.servers[${i}]`;
        if (server === null) {
            r.error(p, 'server may not be null');
            return;
        }
        if (!(0, plain_json_1.isObj)(server))
            return;
        validateServer(r, p, server, gatewaySemantics);
        if ((0, plain_json_1.isObj)(server.port)) {
            const name = (0, plain_json_1.str)(server.port.name);
            if (portNames.has(name))
                r.error(`${p}.port.name`, `port names in servers must be unique: duplicate name ${name}`);
            portNames.add(name);
            if (!(0, common_1.isHttpProtocol)((0, plain_json_1.str)(server.port.protocol)) && (0, plain_json_1.isObj)(server.tls) && server.tls.httpsRedirect === true) {
                r.warning(`${p}.tls.httpsRedirect`, 'tls.httpsRedirect should only be used with http servers');
            }
        }
    });
}
function validateServer(r, path, server, gatewaySemantics) {
    const hosts = (0, plain_json_1.list)(server.hosts);
    if (hosts.length === 0)
        r.error(`${path}.hosts`, 'server config must contain at least one host');
    hosts.forEach((host, i) => {
        if (typeof host !== 'string')
            return;
        for (const err of (0, hosts_1.namespacedHostErrors)(host, true, gatewaySemantics))
            r.error(`${path}.hosts[${i}]`, err);
    });
    const bind = (0, plain_json_1.str)(server.bind);
    const portOk = validateServerPort(r, `${path}.port`, server.port, bind);
    if (bind.startsWith(net_1.UNIX_ADDRESS_PREFIX)) {
        r.errorIf(`${path}.bind`, (0, net_1.unixAddressError)(bind.slice(net_1.UNIX_ADDRESS_PREFIX.length)));
        const number = (0, plain_json_1.int)((0, plain_json_1.isObj)(server.port) ? server.port.number : undefined) ?? 0;
        if (number !== 0)
            r.error(`${path}.port.number`, `port number must be 0 for unix domain socket (it has ${number})`);
    }
    else if (bind !== '') {
        r.errorIf(`${path}.bind`, (0, net_1.ipAddressError)(bind));
    }
    validateServerTls(r, `${path}.tls`, server.tls);
    if (!portOk || !(0, plain_json_1.isObj)(server.port))
        return;
    const protocol = (0, plain_json_1.str)(server.port.protocol);
    const tls = server.tls;
    if ((0, common_1.isTlsProtocol)(protocol) && !(0, plain_json_1.isObj)(tls)) {
        r.error(`${path}.tls`, `server must have TLS settings for HTTPS/TLS protocols (protocol "${protocol}")`);
    }
    else if (!(0, common_1.isTlsProtocol)(protocol) && (0, plain_json_1.isObj)(tls)) {
        if ((0, common_1.isHttpProtocol)(protocol)) {
            // A plain HTTP server may carry `tls` only for httpsRedirect (passthrough mode, no certificates).
            const mode = (0, plain_json_1.str)(tls.mode) || 'PASSTHROUGH';
            const passthrough = mode === 'PASSTHROUGH' || mode === 'AUTO_PASSTHROUGH';
            if (!passthrough || (0, plain_json_1.nonEmptyStr)(tls.caCertificates) || (0, plain_json_1.nonEmptyStr)(tls.privateKey) || (0, plain_json_1.nonEmptyStr)(tls.serverCertificate)) {
                r.error(`${path}.tls`, `server cannot have TLS settings for plain text HTTP ports (protocol "${protocol}")`);
            }
        }
        else {
            r.error(`${path}.tls`, `server cannot have TLS settings for non HTTPS/TLS ports (protocol "${protocol}")`);
        }
    }
}
/** Returns whether the port could be read and is valid enough to judge the TLS/protocol combination. */
function validateServerPort(r, path, port, bind) {
    if (!(0, plain_json_1.isObj)(port)) {
        r.error(path, 'port is required');
        return false;
    }
    let ok = true;
    const protocol = (0, plain_json_1.str)(port.protocol);
    if (!(0, common_1.isKnownProtocol)(protocol)) {
        r.error(`${path}.protocol`, `invalid protocol "${protocol}", supported protocols are HTTP, HTTP2, GRPC, GRPC-WEB, MONGO, REDIS, MYSQL, TCP`);
        ok = false;
    }
    const number = (0, plain_json_1.int)(port.number) ?? 0;
    if (number > 0 || !bind.startsWith(net_1.UNIX_ADDRESS_PREFIX)) {
        const err = (0, net_1.portError)(number);
        if (err) {
            r.error(`${path}.number`, err);
            ok = false;
        }
    }
    if (((0, plain_json_1.int)(port.targetPort) ?? 0) > 0) {
        r.error(`${path}.targetPort`, 'targetPort has no impact on Gateways');
        ok = false;
    }
    if ((0, plain_json_1.str)(port.name) === '') {
        r.error(`${path}.name`, `port name must be set (port ${number})`);
        ok = false;
    }
    return ok;
}
// Envoy's cipher names istiod knows (pkg/config/security ValidCipherSuites).
const VALID_CIPHER_SUITES = new Set([
    'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384',
    'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-CHACHA20-POLY1305', 'ECDHE-RSA-CHACHA20-POLY1305',
    'ECDHE-ECDSA-AES128-SHA', 'ECDHE-RSA-AES128-SHA', 'AES128-GCM-SHA256', 'AES256-GCM-SHA384', 'AES128-SHA',
    'ECDHE-ECDSA-AES256-SHA', 'ECDHE-RSA-AES256-SHA', 'AES256-SHA', 'DES-CBC3-SHA',
]);
/** Unknown and repeated cipher suites are dropped by istiod with a warning; `ALL` and `[a|b]` groups pass. */
function warnCipherSuites(r, path, suites) {
    const invalid = [];
    const duplicate = [];
    const seen = new Set();
    for (const s of suites) {
        if (typeof s !== 'string')
            continue;
        const special = s === '' || s === 'ALL' || !/^[A-Za-z0-9]/.test(s);
        if (!special && !VALID_CIPHER_SUITES.has(s))
            invalid.push(s);
        else if (seen.has(s))
            duplicate.push(s);
        seen.add(s);
    }
    if (invalid.length > 0)
        r.warning(path, `ignoring invalid cipher suites: [${invalid.join(' ')}]`);
    if (duplicate.length > 0)
        r.warning(path, `ignoring duplicate cipher suites: [${duplicate.join(' ')}]`);
}
/** How many of the four certificate sources a server sets (istiod allows one). */
function certificateSources(tls) {
    let n = 0;
    if ((0, plain_json_1.nonEmptyStr)(tls.serverCertificate) || (0, plain_json_1.nonEmptyStr)(tls.privateKey))
        n++;
    if ((0, plain_json_1.nonEmptyStr)(tls.credentialName))
        n++;
    if ((0, plain_json_1.nonEmptyList)(tls.credentialNames))
        n++;
    if ((0, plain_json_1.nonEmptyList)(tls.tlsCertificates))
        n++;
    return n;
}
/** ServerTLSSettings (validateTLSOptions): what each mode needs and excludes. Also used by Sidecar ingress. */
function validateServerTls(r, path, tls) {
    if (!(0, plain_json_1.isObj)(tls))
        return;
    const mode = (0, plain_json_1.str)(tls.mode) || 'PASSTHROUGH';
    const minVersion = (0, plain_json_1.str)(tls.minProtocolVersion);
    if ((minVersion === 'TLSV1_0' || minVersion === 'TLSV1_1') && !(0, plain_json_1.nonEmptyList)(tls.cipherSuites)) {
        r.warning(`${path}.minProtocolVersion`, 'TLS version below TLSV1_2 require setting compatible ciphers as by default they no longer include compatible ciphers.');
    }
    warnCipherSuites(r, `${path}.cipherSuites`, (0, plain_json_1.list)(tls.cipherSuites));
    if (mode === 'ISTIO_MUTUAL') {
        for (const [field, what] of [['serverCertificate', 'server certificate'], ['privateKey', 'private key'],
            ['caCertificates', 'CA bundle'], ['tlsCertificates', 'tlsCertificates'], ['credentialName', 'credentialName'],
            ['credentialNames', 'credentialNames']]) {
            if ((0, plain_json_1.nonEmptyStr)(tls[field]) || (0, plain_json_1.nonEmptyList)(tls[field])) {
                r.error(`${path}.${field}`, `ISTIO_MUTUAL TLS cannot have associated ${what}`);
            }
        }
        return;
    }
    const passthrough = mode === 'PASSTHROUGH' || mode === 'AUTO_PASSTHROUGH';
    if (passthrough && (['caCrl', 'serverCertificate', 'privateKey', 'caCertificates', 'credentialName']
        .some((f) => (0, plain_json_1.nonEmptyStr)(tls[f])) || (0, plain_json_1.nonEmptyList)(tls.credentialNames) || (0, plain_json_1.nonEmptyList)(tls.tlsCertificates))) {
        r.warning(path, `${mode} mode does not use certificates, they will be ignored`);
    }
    if (certificateSources(tls) > 1) {
        r.error(path, 'only one of credential_name, credential_names, server_certificate/private_key, tls_certificates should be specified');
    }
    const mutual = mode === 'MUTUAL' || mode === 'OPTIONAL_MUTUAL';
    if (mode === 'SIMPLE' || mutual) {
        // Certificates fetched from a secret (credentialName / credentialNames) need nothing inline.
        if ((0, plain_json_1.nonEmptyStr)(tls.credentialName) || (0, plain_json_1.nonEmptyList)(tls.credentialNames))
            return;
        validateInlineCertificates(r, path, tls, mutual);
    }
    if ((0, plain_json_1.nonEmptyStr)(tls.caCrl)) {
        if ((0, plain_json_1.nonEmptyStr)(tls.credentialName)) {
            r.error(`${path}.caCrl`, 'CRL is not supported with credentialName. CRL has to be specified in the credential');
        }
        if (mode === 'SIMPLE')
            r.error(`${path}.caCrl`, 'CRL is not supported with SIMPLE TLS');
    }
}
function validateInlineCertificates(r, path, tls, mutual) {
    const label = mutual ? 'MUTUAL' : 'SIMPLE';
    const certs = (0, plain_json_1.list)(tls.tlsCertificates);
    if (certs.length > 2)
        r.warning(`${path}.tlsCertificates`, `${label} TLS can support up to 2 server certificates`);
    if (certs.length > 0) {
        certs.forEach((c, i) => {
            if (!(0, plain_json_1.isObj)(c))
                return;
            if (!(0, plain_json_1.nonEmptyStr)(c.serverCertificate))
                r.error(`${path}.tlsCertificates[${i}].serverCertificate`, `${label} TLS requires a server certificate`);
            if (!(0, plain_json_1.nonEmptyStr)(c.privateKey))
                r.error(`${path}.tlsCertificates[${i}].privateKey`, `${label} TLS requires a private key`);
        });
    }
    else {
        if (!(0, plain_json_1.nonEmptyStr)(tls.serverCertificate))
            r.error(`${path}.serverCertificate`, `${label} TLS requires a server certificate`);
        if (!(0, plain_json_1.nonEmptyStr)(tls.privateKey))
            r.error(`${path}.privateKey`, `${label} TLS requires a private key`);
    }
    const hasCa = (0, plain_json_1.nonEmptyStr)(tls.caCertificates) || (0, plain_json_1.nonEmptyStr)(tls.caCertCredentialName) ||
        certs.some((c) => (0, plain_json_1.isObj)(c) && (0, plain_json_1.nonEmptyStr)(c.caCertificates));
    if (mutual && !hasCa)
        r.error(`${path}.caCertificates`, 'MUTUAL TLS requires a client CA bundle');
}
//# sourceMappingURL=gateway.js.map