/** Gateway (networking.istio.io, any served version): servers, ports, hosts, bind addresses, TLS modes. */
import { ALNUM } from '../util/chars';
import { isIstioLabelName } from '../util/names';
import { isHttpProtocol, isKnownProtocol, isTlsProtocol, presentMessage } from './common';
import { namespacedHostErrors } from './hosts';
import { ipAddressError, portError, UNIX_ADDRESS_PREFIX, unixAddressError } from './net';
import { int, isObj, list, nonEmptyList, nonEmptyStr, Obj, str } from '../util/plain-json';
import { WebhookReport } from './report';

/** `internal.istio.io/gateway-semantics: gateway`: a Gateway istiod generated from a Gateway API Gateway. */
export const GATEWAY_SEMANTICS_ANNOTATION = 'internal.istio.io/gateway-semantics';

export function validateGateway(r: WebhookReport, spec: Obj): void {
  const gatewaySemantics = r.annotation(GATEWAY_SEMANTICS_ANNOTATION) === 'gateway';
  if (r.name !== '' && !gatewaySemantics && !isIstioLabelName(r.name)) {
    r.error('metadata.name', `invalid gateway name: "${r.name}" (must be a DNS-1123 label: no dots)`);
  }
  const servers = list(spec.servers);
  if (servers.length === 0) r.error('spec.servers', 'gateway must have at least one server');
  const portNames = new Set<string>();
  servers.forEach((server, i) => {
    const p = `spec.servers[${i}]`;
    if (!presentMessage(r, p, server, 'server may not be null')) return;
    validateServer(r, p, server, gatewaySemantics);
    if (isObj(server.port)) {
      const name = str(server.port.name);
      if (portNames.has(name)) r.error(`${p}.port.name`, `port names in servers must be unique: duplicate name ${name}`);
      portNames.add(name);
      if (!isHttpProtocol(str(server.port.protocol)) && isObj(server.tls) && server.tls.httpsRedirect === true) {
        r.warning(`${p}.tls.httpsRedirect`, 'tls.httpsRedirect should only be used with http servers');
      }
    }
  });
}

function validateServer(r: WebhookReport, path: string, server: Obj, gatewaySemantics: boolean): void {
  const hosts = list(server.hosts);
  if (hosts.length === 0) r.error(`${path}.hosts`, 'server config must contain at least one host');
  hosts.forEach((host, i) => {
    if (typeof host !== 'string') return;
    for (const err of namespacedHostErrors(host, true, gatewaySemantics)) r.error(`${path}.hosts[${i}]`, err);
  });
  const bind = str(server.bind);
  const portOk = validateServerPort(r, `${path}.port`, server.port, bind);
  if (bind.startsWith(UNIX_ADDRESS_PREFIX)) {
    r.errorIf(`${path}.bind`, unixAddressError(bind.slice(UNIX_ADDRESS_PREFIX.length)));
    const number = int(isObj(server.port) ? server.port.number : undefined) ?? 0;
    if (number !== 0) r.error(`${path}.port.number`, `port number must be 0 for unix domain socket (it has ${number})`);
  } else if (bind !== '') {
    r.errorIf(`${path}.bind`, ipAddressError(bind));
  }
  validateServerTls(r, `${path}.tls`, server.tls);
  if (!portOk || !isObj(server.port)) return;
  const protocol = str(server.port.protocol);
  const tls = server.tls;
  if (isTlsProtocol(protocol) && !isObj(tls)) {
    r.error(`${path}.tls`, `server must have TLS settings for HTTPS/TLS protocols (protocol "${protocol}")`);
  } else if (!isTlsProtocol(protocol) && isObj(tls)) {
    if (isHttpProtocol(protocol)) {
      // A plain HTTP server may carry `tls` only for httpsRedirect (passthrough mode, no certificates).
      const mode = str(tls.mode) || 'PASSTHROUGH';
      const passthrough = mode === 'PASSTHROUGH' || mode === 'AUTO_PASSTHROUGH';
      if (!passthrough || nonEmptyStr(tls.caCertificates) || nonEmptyStr(tls.privateKey) || nonEmptyStr(tls.serverCertificate)) {
        r.error(`${path}.tls`, `server cannot have TLS settings for plain text HTTP ports (protocol "${protocol}")`);
      }
    } else {
      r.error(`${path}.tls`, `server cannot have TLS settings for non HTTPS/TLS ports (protocol "${protocol}")`);
    }
  }
}

/** Returns whether the port could be read and is valid enough to judge the TLS/protocol combination. */
function validateServerPort(r: WebhookReport, path: string, port: unknown, bind: string): boolean {
  if (!isObj(port)) {
    r.error(path, 'port is required');
    return false;
  }
  let ok = true;
  const protocol = str(port.protocol);
  if (!isKnownProtocol(protocol)) {
    r.error(`${path}.protocol`, `invalid protocol "${protocol}", supported protocols are HTTP, HTTP2, GRPC, GRPC-WEB, MONGO, REDIS, MYSQL, TCP`);
    ok = false;
  }
  const number = int(port.number) ?? 0;
  if (number > 0 || !bind.startsWith(UNIX_ADDRESS_PREFIX)) {
    const err = portError(number);
    if (err) {
      r.error(`${path}.number`, err);
      ok = false;
    }
  }
  if ((int(port.targetPort) ?? 0) > 0) {
    r.error(`${path}.targetPort`, 'targetPort has no impact on Gateways');
    ok = false;
  }
  if (str(port.name) === '') {
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
function warnCipherSuites(r: WebhookReport, path: string, suites: readonly unknown[]): void {
  const invalid: string[] = [];
  const duplicate: string[] = [];
  const seen = new Set<string>();
  for (const s of suites) {
    if (typeof s !== 'string') continue;
    const special = s === '' || s === 'ALL' || !ALNUM.has(s.charCodeAt(0));
    if (!special && !VALID_CIPHER_SUITES.has(s)) invalid.push(s);
    else if (seen.has(s)) duplicate.push(s);
    seen.add(s);
  }
  if (invalid.length > 0) r.warning(path, `ignoring invalid cipher suites: [${invalid.join(' ')}]`);
  if (duplicate.length > 0) r.warning(path, `ignoring duplicate cipher suites: [${duplicate.join(' ')}]`);
}

/** How many of the four certificate sources a server sets (istiod allows one). */
function certificateSources(tls: Obj): number {
  let n = 0;
  if (nonEmptyStr(tls.serverCertificate) || nonEmptyStr(tls.privateKey)) n++;
  if (nonEmptyStr(tls.credentialName)) n++;
  if (nonEmptyList(tls.credentialNames)) n++;
  if (nonEmptyList(tls.tlsCertificates)) n++;
  return n;
}

/** ServerTLSSettings (validateTLSOptions): what each mode needs and excludes. Also used by Sidecar ingress. */
export function validateServerTls(r: WebhookReport, path: string, tls: unknown): void {
  if (!isObj(tls)) return;
  const mode = str(tls.mode) || 'PASSTHROUGH';
  const minVersion = str(tls.minProtocolVersion);
  if ((minVersion === 'TLSV1_0' || minVersion === 'TLSV1_1') && !nonEmptyList(tls.cipherSuites)) {
    r.warning(`${path}.minProtocolVersion`,
      'TLS version below TLSV1_2 require setting compatible ciphers as by default they no longer include compatible ciphers.');
  }
  warnCipherSuites(r, `${path}.cipherSuites`, list(tls.cipherSuites));
  if (mode === 'ISTIO_MUTUAL') {
    for (const [field, what] of [['serverCertificate', 'server certificate'], ['privateKey', 'private key'],
      ['caCertificates', 'CA bundle'], ['tlsCertificates', 'tlsCertificates'], ['credentialName', 'credentialName'],
      ['credentialNames', 'credentialNames']]) {
      if (nonEmptyStr(tls[field]) || nonEmptyList(tls[field])) {
        r.error(`${path}.${field}`, `ISTIO_MUTUAL TLS cannot have associated ${what}`);
      }
    }
    return;
  }
  const passthrough = mode === 'PASSTHROUGH' || mode === 'AUTO_PASSTHROUGH';
  if (passthrough && (['caCrl', 'serverCertificate', 'privateKey', 'caCertificates', 'credentialName']
    .some((f) => nonEmptyStr(tls[f])) || nonEmptyList(tls.credentialNames) || nonEmptyList(tls.tlsCertificates))) {
    r.warning(path, `${mode} mode does not use certificates, they will be ignored`);
  }
  if (certificateSources(tls) > 1) {
    r.error(path, 'only one of credential_name, credential_names, server_certificate/private_key, tls_certificates should be specified');
  }
  const mutual = mode === 'MUTUAL' || mode === 'OPTIONAL_MUTUAL';
  if (mode === 'SIMPLE' || mutual) {
    // Certificates fetched from a secret (credentialName / credentialNames) need nothing inline.
    if (nonEmptyStr(tls.credentialName) || nonEmptyList(tls.credentialNames)) return;
    validateInlineCertificates(r, path, tls, mutual);
  }
  if (nonEmptyStr(tls.caCrl)) {
    if (nonEmptyStr(tls.credentialName)) {
      r.error(`${path}.caCrl`, 'CRL is not supported with credentialName. CRL has to be specified in the credential');
    }
    if (mode === 'SIMPLE') r.error(`${path}.caCrl`, 'CRL is not supported with SIMPLE TLS');
  }
}

function validateInlineCertificates(r: WebhookReport, path: string, tls: Obj, mutual: boolean): void {
  const label = mutual ? 'MUTUAL' : 'SIMPLE';
  const certs = list(tls.tlsCertificates);
  if (certs.length > 2) r.warning(`${path}.tlsCertificates`, `${label} TLS can support up to 2 server certificates`);
  if (certs.length > 0) {
    certs.forEach((c, i) => {
      if (!isObj(c)) return;
      if (!nonEmptyStr(c.serverCertificate)) r.error(`${path}.tlsCertificates[${i}].serverCertificate`, `${label} TLS requires a server certificate`);
      if (!nonEmptyStr(c.privateKey)) r.error(`${path}.tlsCertificates[${i}].privateKey`, `${label} TLS requires a private key`);
    });
  } else {
    if (!nonEmptyStr(tls.serverCertificate)) r.error(`${path}.serverCertificate`, `${label} TLS requires a server certificate`);
    if (!nonEmptyStr(tls.privateKey)) r.error(`${path}.privateKey`, `${label} TLS requires a private key`);
  }
  const hasCa = nonEmptyStr(tls.caCertificates) || nonEmptyStr(tls.caCertCredentialName) ||
    certs.some((c) => isObj(c) && nonEmptyStr(c.caCertificates));
  if (mutual && !hasCa) r.error(`${path}.caCertificates`, 'MUTUAL TLS requires a client CA bundle');
}
