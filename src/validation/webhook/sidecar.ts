/**
 * Sidecar (networking.istio.io, any served version): egress listeners and their `namespace/dnsName` hosts,
 * ingress listeners, workloadSelector, outbound traffic policy.
 */
import {
  isHttpProtocol, isTlsProtocol, portNameError, presentMessage, protocolError, validateWorkloadSelector,
} from './common';
import { validateDestination } from './destination';
import { validateServerTls } from './gateway';
import { fqdnError, namespacedHostErrors } from './hosts';
import { ipAddressError, portError, UNIX_ADDRESS_PREFIX, unixAddressError } from './net';
import { hasObj, int, isObj, list, nonEmptyList, Obj, obj, present, str } from '../util/plain-json';
import { WebhookReport } from './report';
import { validateConnectionPool } from './traffic-policy';
import { isSignedDigits } from '../util/chars';
import { re2Pattern } from '../util/re2';

export function validateSidecar(r: WebhookReport, spec: Obj): void {
  // istiod stops at selector errors; an empty selector is allowed (it selects the whole namespace).
  if (!validateWorkloadSelector(r, 'spec.workloadSelector', spec.workloadSelector, 'labels',
    'sidecar: workload selector specified without labels, will be applied to all services in namespace')) return;
  if (!nonEmptyList(spec.egress) && !nonEmptyList(spec.ingress) && !hasObj(spec, 'outboundTrafficPolicy') &&
      !hasObj(spec, 'inboundConnectionPool')) {
    r.error('spec', 'sidecar: empty configuration provided (set egress, ingress, outboundTrafficPolicy or inboundConnectionPool)');
    return;
  }
  validateIngress(r, spec.ingress);
  validateConnectionPool(r, 'spec.inboundConnectionPool', spec.inboundConnectionPool);
  validateEgress(r, spec.egress);
  validateOutboundTrafficPolicy(r, spec.outboundTrafficPolicy);
}

function validatePortNameAndProtocol(r: WebhookReport, path: string, port: Obj): void {
  const name = str(port.name);
  if (name !== '') r.errorIf(`${path}.name`, portNameError(name));
  r.errorIf(`${path}.protocol`, protocolError(str(port.protocol)));
}

function validateIngress(r: WebhookReport, ingress: unknown): void {
  const ports = new Set<number>();
  list(ingress).forEach((listener, i) => {
    const p = `spec.ingress[${i}]`;
    if (!presentMessage(r, p, listener, 'sidecar: ingress may not be null')) return;
    if (!isObj(listener.port)) {
      if (!present(listener.port)) r.error(`${p}.port`, 'sidecar: port is required for ingress listeners');
      return;
    }
    const port = listener.port;
    const number = int(port.number) ?? 0;
    if ((int(port.targetPort) ?? 0) > 0) r.error(`${p}.port.targetPort`, 'targetPort has no impact on Sidecars');
    validatePortNameAndProtocol(r, `${p}.port`, port);
    r.errorIf(`${p}.port.number`, portError(number));
    const bind = str(listener.bind);
    if (bind !== '') r.errorIf(`${p}.bind`, ipAddressError(bind));
    if (ports.has(number)) r.error(`${p}.port.number`, `sidecar: ports on IP bound listeners must be unique (port ${number} repeats)`);
    ports.add(number);
    validateDefaultEndpoint(r, `${p}.defaultEndpoint`, str(listener.defaultEndpoint));
    validateIngressTls(r, `${p}.tls`, listener.tls, str(port.protocol));
    validateConnectionPool(r, `${p}.connectionPool`, listener.connectionPool);
    const protocol = str(port.protocol);
    if (isObj(listener.connectionPool) && isObj(listener.connectionPool.http) && !isHttpProtocol(protocol)) {
      r.warning(`${p}.connectionPool.http`, `sidecar: HTTP connection pool settings are configured for port ${number} ` +
        `(${JSON.stringify(str(port.name))}) but its protocol is not HTTP (${protocol}); only TCP settings will apply`);
    }
  });
}

const LOOPBACK_OR_ANY = new Set(['127.0.0.1', '0.0.0.0', '::1', '::']);

/** `127.0.0.1:<port>`, `0.0.0.0:<port>`, `[::1]:<port>`, `[::]:<port>`, `:<port>` or `unix://<path>`. */
// `[ipv6]:port` or `host:port`, neither part holding ':', '[' or ']'.
const HOST_PORT = re2Pattern('^(?:\\[([^\\]]*)\\]|([^:\\[\\]]*)):([^:\\[\\]]*)$');

function validateDefaultEndpoint(r: WebhookReport, path: string, endpoint: string): void {
  if (endpoint === '') return;
  if (endpoint.startsWith(UNIX_ADDRESS_PREFIX)) {
    r.errorIf(path, unixAddressError(endpoint.slice(UNIX_ADDRESS_PREFIX.length)));
    return;
  }
  const m = HOST_PORT.exec(endpoint);
  if (!m) {
    r.error(path, `address ${endpoint}: defaultEndpoint must be of form host:port`);
    return;
  }
  const host = m[1] ?? m[2] ?? '';
  if (host !== '' && !LOOPBACK_OR_ANY.has(host)) {
    r.error(path, `sidecar: defaultEndpoint "${endpoint}" must be of form 127.0.0.1:<port>,0.0.0.0:<port>,[::1]:port,[::]:port,unix://filepath, or unset`);
  }
  if (!isSignedDigits(m[3] as string)) r.error(path, `sidecar: defaultEndpoint port (${m[3]}) is not a number`);
  else r.errorIf(path, portError(Number(m[3])));
}

function validateIngressTls(r: WebhookReport, path: string, tls: unknown, protocol: string): void {
  if (!isObj(tls)) return;
  if (nonEmptyList(tls.subjectAltNames)) r.error(`${path}.subjectAltNames`, 'sidecar: subjectAltNames is not supported in ingress tls');
  if (tls.httpsRedirect === true) r.error(`${path}.httpsRedirect`, 'sidecar: httpsRedirect is not supported');
  if (str(tls.credentialName) !== '') r.error(`${path}.credentialName`, 'sidecar: credentialName is not currently supported');
  if (nonEmptyList(tls.credentialNames)) r.error(`${path}.credentialNames`, 'sidecar: credentialNames is not currently supported');
  if (nonEmptyList(tls.tlsCertificates)) r.error(`${path}.tlsCertificates`, 'sidecar: tls_certificates is not currently supported');
  const mode = str(tls.mode);
  if (mode === 'ISTIO_MUTUAL' || mode === 'AUTO_PASSTHROUGH') {
    r.error(`${path}.mode`, `configuration is invalid: cannot set mode to ${mode} in sidecar ingress tls`);
  }
  if (!isTlsProtocol(protocol)) r.error(path, `server cannot have TLS settings for non HTTPS/TLS ports (protocol "${protocol}")`);
  validateServerTls(r, path, tls);
}

function validateEgress(r: WebhookReport, egress: unknown): void {
  const listeners = list(egress);
  const ports = new Set<number>();
  const sockets = new Set<string>();
  listeners.forEach((listener, i) => {
    const p = `spec.egress[${i}]`;
    if (!presentMessage(r, p, listener, 'egress listener may not be null')) return;
    if (!isObj(listener.port)) {
      // The listener without a port catches everything not bound elsewhere: it must come last (hence be unique).
      if (i !== listeners.length - 1) {
        r.error(p, 'sidecar: the egress listener with empty port should be the last listener in the list (only one listener may have no port)');
      }
    } else {
      const port = listener.port;
      const number = int(port.number) ?? 0;
      const bind = str(listener.bind);
      if ((int(port.targetPort) ?? 0) > 0) r.error(`${p}.port.targetPort`, 'sidecar: targetPort has no impact on Sidecars');
      validatePortNameAndProtocol(r, `${p}.port`, port);
      if (number === 0) {
        if (!bind.startsWith(UNIX_ADDRESS_PREFIX)) {
          r.error(`${p}.bind`, 'sidecar: ports with 0 value must have a unix domain socket bind address');
        } else {
          r.errorIf(`${p}.bind`, unixAddressError(bind.slice(UNIX_ADDRESS_PREFIX.length)));
        }
        const capture = str(listener.captureMode);
        if (capture !== '' && capture !== 'DEFAULT' && capture !== 'NONE') {
          r.error(`${p}.captureMode`, 'sidecar: captureMode must be DEFAULT/NONE for unix domain socket listeners');
        }
        if (sockets.has(bind)) r.error(`${p}.bind`, 'sidecar: unix domain socket values for listeners must be unique');
        sockets.add(bind);
      } else {
        r.errorIf(`${p}.port.number`, portError(number));
        if (bind !== '') r.errorIf(`${p}.bind`, ipAddressError(bind));
        if (ports.has(number)) r.error(`${p}.port.number`, `sidecar: ports on IP bound listeners must be unique (port ${number} repeats)`);
        ports.add(number);
      }
    }
    validateEgressHosts(r, `${p}.hosts`, listener.hosts);
  });
}

function validateEgressHosts(r: WebhookReport, path: string, hosts: unknown): void {
  const items = list(hosts);
  if (items.length === 0) {
    r.error(path, 'sidecar: egress listener must contain at least one host');
    return;
  }
  const own = r.namespace === '' ? '.' : r.namespace;
  const byNamespace = new Map<string, Set<string>>();
  items.forEach((host, i) => {
    if (typeof host !== 'string') return;
    const p = `${path}[${i}]`;
    const slash = host.indexOf('/');
    if (slash >= 0) {
      const ns = host.slice(0, slash) === '.' ? own : host.slice(0, slash);
      const name = host.slice(slash + 1);
      let names = byNamespace.get(ns);
      if (!names) byNamespace.set(ns, (names = new Set()));
      if (name !== '*' ? names.has(name) || names.has('*') : names.size > 0) {
        r.warning(p, `duplicated egress host: ${host}`);
      }
      names.add(name);
    }
    for (const err of namespacedHostErrors(host, false, false)) r.error(p, err);
  });
  if (byNamespace.get('*')?.has('*') && byNamespace.size !== 1) {
    r.warning(path, '`*/*` host select all resources, no other hosts can be added');
  }
}

function validateOutboundTrafficPolicy(r: WebhookReport, policy: unknown): void {
  if (!isObj(policy) || !isObj(policy.egressProxy)) return;
  const path = 'spec.outboundTrafficPolicy';
  if (str(policy.mode) !== 'ALLOW_ANY') {
    r.error(`${path}.egressProxy`, 'sidecar: egress_proxy must be set only with ALLOW_ANY outbound_traffic_policy mode');
    return;
  }
  const proxy = policy.egressProxy;
  r.errorIf(`${path}.egressProxy.host`, fqdnError(str(proxy.host)));
  if (!isObj(proxy.port)) {
    r.error(`${path}.egressProxy.port`, 'sidecar: egress_proxy port must be non-nil');
    return;
  }
  validateDestination(r, `${path}.egressProxy`, obj(proxy));
}
