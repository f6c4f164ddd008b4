/**
 * DestinationRule traffic policies (DR level, subset level, port level): connection pool, outlier detection,
 * load balancer, client TLS, tunnel; also the connection pools of Sidecar ingress listeners.
 */
import { presentMessage, validateDuration, wrappedNumber } from './common';
import { fqdnError } from './hosts';
import { isIpAddress, portError } from './net';
import { entries, hasObj, int, isObj, keyPath, list, nonEmptyList, nonEmptyStr, num, Obj, obj, present, str } from '../util/plain-json';
import { WebhookReport } from './report';

export function validateTrafficPolicy(r: WebhookReport, path: string, policy: unknown): void {
  if (!isObj(policy)) return;
  const fields = ['outlierDetection', 'connectionPool', 'loadBalancer', 'tls', 'tunnel', 'proxyProtocol', 'retryBudget'];
  if (!fields.some((f) => hasObj(policy, f)) && !nonEmptyList(policy.portLevelSettings)) {
    r.error(path, 'traffic policy must have at least one field (remove the empty trafficPolicy)');
    return;
  }
  if (hasObj(policy, 'tunnel') && hasObj(policy, 'proxyProtocol')) {
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

function validatePortTrafficPolicies(r: WebhookReport, path: string, settings: unknown): void {
  list(settings).forEach((s, i) => {
    const p = `${path}[${i}]`;
    if (!presentMessage(r, p, s, 'traffic policy may not be null')) return;
    if (!isObj(s.port)) r.error(`${p}.port`, 'portTrafficPolicy must have valid port');
    if (!['outlierDetection', 'connectionPool', 'loadBalancer', 'tls'].some((f) => hasObj(s, f))) {
      r.error(p, 'port traffic policy must have at least one field');
      return;
    }
    validateOutlierDetection(r, `${p}.outlierDetection`, s.outlierDetection);
    validateConnectionPool(r, `${p}.connectionPool`, s.connectionPool);
    validateLoadBalancer(r, `${p}.loadBalancer`, s.loadBalancer);
    validateClientTls(r, `${p}.tls`, s.tls);
  });
}

function nonNegative(r: WebhookReport, path: string, o: Obj, field: string, what: string): void {
  const v = int(o[field]);
  if (v !== undefined && v < 0) r.error(`${path}.${field}`, `${what} must be non-negative (it has ${v})`);
}

export function validateConnectionPool(r: WebhookReport, path: string, pool: unknown): void {
  if (!isObj(pool)) return;
  if (!hasObj(pool, 'http') && !hasObj(pool, 'tcp')) {
    r.error(path, 'connection pool must have at least one field');
    return;
  }
  if (isObj(pool.http)) {
    const http = pool.http;
    const p = `${path}.http`;
    nonNegative(r, p, http, 'http1MaxPendingRequests', 'http1 max pending requests');
    nonNegative(r, p, http, 'http2MaxRequests', 'http2 max requests');
    nonNegative(r, p, http, 'maxRequestsPerConnection', 'max requests per connection');
    nonNegative(r, p, http, 'maxRetries', 'max retries');
    nonNegative(r, p, http, 'maxConcurrentStreams', 'max concurrent streams');
    if (present(http.idleTimeout)) validateDuration(r, `${p}.idleTimeout`, http.idleTimeout);
    if (http.h2UpgradePolicy === 'UPGRADE' && http.useClientProtocol === true) {
      r.error(p, 'use client protocol must not be true when H2UpgradePolicy is UPGRADE');
    }
  }
  if (isObj(pool.tcp)) {
    const tcp = pool.tcp;
    const p = `${path}.tcp`;
    nonNegative(r, p, tcp, 'maxConnections', 'max connections');
    if (present(tcp.connectTimeout)) validateDuration(r, `${p}.connectTimeout`, tcp.connectTimeout);
    if (present(tcp.maxConnectionDuration)) validateDuration(r, `${p}.maxConnectionDuration`, tcp.maxConnectionDuration);
    // An idle timeout of 0 disables it, so only other values must follow the millisecond rule.
    if (typeof tcp.idleTimeout === 'string' && !isZeroDuration(tcp.idleTimeout)) {
      validateDuration(r, `${p}.idleTimeout`, tcp.idleTimeout);
    }
    const keepalive = obj(tcp.tcpKeepalive);
    if (present(keepalive.time)) validateDuration(r, `${p}.tcpKeepalive.time`, keepalive.time);
    if (present(keepalive.interval)) validateDuration(r, `${p}.tcpKeepalive.interval`, keepalive.interval);
  }
}

/** `^[+-]?0+(\.0*)?[a-zµμ]*$`: a zero in any unit (or a unit istiod rejects elsewhere). */
function isZeroDuration(value: string): boolean {
  let i = value[0] === '+' || value[0] === '-' ? 1 : 0;
  const zerosStart = i;
  while (value[i] === '0') i++;
  if (i === zerosStart) return false;
  if (value[i] === '.') {
    i++;
    while (value[i] === '0') i++;
  }
  for (; i < value.length; i++) {
    const c = value[i];
    if (!((c >= 'a' && c <= 'z') || c === 'µ' || c === 'μ')) return false;
  }
  return true;
}

function percentError(value: number): string | undefined {
  return value >= 0 && value <= 100 ? undefined : `percentage ${value} is not in range 0..100`;
}

function validateOutlierDetection(r: WebhookReport, path: string, outlier: unknown): void {
  if (!isObj(outlier)) return;
  if (present(outlier.baseEjectionTime)) validateDuration(r, `${path}.baseEjectionTime`, outlier.baseEjectionTime);
  if (present(outlier.interval)) validateDuration(r, `${path}.interval`, outlier.interval);
  const consecutiveErrors = int(outlier.consecutiveErrors);
  if (consecutiveErrors !== undefined && consecutiveErrors !== 0) {
    r.warning(`${path}.consecutiveErrors`,
      'outlier detection consecutive errors is deprecated, use consecutiveGatewayErrors or consecutive5xxErrors instead');
  }
  const localOrigin = wrappedNumber(outlier.consecutiveLocalOriginFailures);
  if (outlier.splitExternalLocalOriginErrors !== true && localOrigin !== undefined && localOrigin > 0) {
    r.error(`${path}.consecutiveLocalOriginFailures`,
      'outlier detection consecutive local origin failures is specified, but split external local origin errors is set to false');
  }
  for (const field of ['maxEjectionPercent', 'minHealthPercent']) {
    const v = int(outlier[field]);
    if (v !== undefined) r.errorIf(`${path}.${field}`, percentError(v));
  }
}

function isPrime(n: number): boolean {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
}

function validateLoadBalancer(r: WebhookReport, path: string, lb: unknown): void {
  if (!isObj(lb)) return;
  const hash = lb.consistentHash;
  if (isObj(hash)) validateConsistentHash(r, `${path}.consistentHash`, hash);
  validateLocalityLb(r, `${path}.localityLbSetting`, lb.localityLbSetting);
  validateWarmup(r, `${path}.warmup`, lb.warmup);
  if (present(lb.warmupDurationSecs)) validateDuration(r, `${path}.warmupDurationSecs`, lb.warmupDurationSecs);
}

function validateConsistentHash(r: WebhookReport, path: string, hash: Obj): void {
  if (isObj(hash.httpCookie)) {
    const cookie = hash.httpCookie;
    if (str(cookie.name) === '') r.error(`${path}.httpCookie.name`, 'name required for HttpCookie');
    const seen = new Set<string>();
    list(cookie.attributes).forEach((a, i) => {
      if (!isObj(a)) return;
      const name = str(a.name);
      if (name === '') r.error(`${path}.httpCookie.attributes[${i}].name`, 'cookie attribute name cannot be empty');
      else if (seen.has(name)) r.error(`${path}.httpCookie.attributes[${i}].name`, `duplicate cookie attribute name "${name}"`);
      seen.add(name);
    });
  }
  const minRing = int(hash.minimumRingSize);
  if (minRing !== undefined && minRing !== 0) {
    r.warning(`${path}.minimumRingSize`, "consistent hash MinimumRingSize is deprecated, use ConsistentHashLB's RingHash configuration instead");
    if (hasObj(hash, 'ringHash') || hasObj(hash, 'maglev')) {
      r.error(path, 'only one of MinimumRingSize or Maglev/Ringhash can be specified');
    }
  }
  if (isObj(hash.maglev)) {
    const size = hash.maglev.tableSize === undefined ? 0 : int(hash.maglev.tableSize);
    const p = `${path}.maglev.tableSize`;
    if (size !== undefined) {
      if (size === 0) r.error(p, 'tableSize must be set for maglev');
      if (size >= 5000011) r.error(p, `tableSize ${size} must be less than 5000011 for maglev`);
      if (!isPrime(size)) r.error(p, `tableSize ${size} must be a prime number for maglev`);
    }
  }
}

function validateWarmup(r: WebhookReport, path: string, warmup: unknown): void {
  if (!isObj(warmup)) return;
  if (!present(warmup.duration)) r.error(`${path}.duration`, 'warmup duration is required');
  else validateDuration(r, `${path}.duration`, warmup.duration);
  const minimum = wrappedNumber(warmup.minimumPercent);
  if (minimum !== undefined && (minimum < 0 || minimum > 100)) {
    r.error(`${path}.minimumPercent`, `warmup minimumPercent ${minimum} must be between 0 and 100`);
  }
  const aggression = wrappedNumber(warmup.aggression);
  if (aggression !== undefined && aggression < 1) r.error(`${path}.aggression`, `warmup aggression ${aggression} must be >= 1`);
}

const TOPOLOGY_LABELS = new Set(['topology.kubernetes.io/region', 'topology.kubernetes.io/zone', 'topology.istio.io/subzone']);

function localitiesError(localities: readonly string[]): string | undefined {
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
export function warnFailoverWithoutOutlierDetection(r: WebhookReport, path: string, policy: unknown): void {
  const setting = obj(obj(obj(policy).loadBalancer).localityLbSetting);
  if (!nonEmptyList(setting.failover) && !nonEmptyList(setting.failoverPriority)) return;
  if (!hasObj(obj(policy), 'outlierDetection')) {
    r.warning(`${path}.loadBalancer.localityLbSetting`, 'outlier detection policy must be provided for failover');
  }
}

function validateLocalityLb(r: WebhookReport, path: string, setting: unknown): void {
  if (!isObj(setting)) return;
  const distribute = list(setting.distribute);
  const failover = list(setting.failover);
  if (distribute.length > 0 && failover.length > 0) {
    r.error(path, "can not simultaneously specify 'distribute' and 'failover'");
    return;
  }
  if (failover.length > 0) {
    for (const priority of list(setting.failoverPriority)) {
      if (typeof priority === 'string' && TOPOLOGY_LABELS.has(priority)) {
        r.error(`${path}.failoverPriority`, `can not simultaneously set 'failover' and topology label '${priority}' in 'failover_priority'`);
        return;
      }
    }
  }
  const sources: string[] = [];
  for (let i = 0; i < distribute.length; i++) {
    const d = obj(distribute[i]);
    const p = `${path}.distribute[${i}]`;
    sources.push(str(d.from));
    let total = 0;
    const targets: string[] = [];
    for (const [locality, weight] of entries(d.to)) {
      targets.push(locality);
      const w = num(weight) ?? 0;
      if (w <= 0 || w > 100) {
        r.error(keyPath(`${p}.to`, locality), `locality weight ${w} must be in range [1, 100]`);
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
    if (!isObj(f)) return;
    const from = str(f.from);
    const to = str(f.to);
    const p = `${path}.failover[${i}]`;
    if (from === to) r.error(p, `locality lb failover settings must specify different regions (from and to are both "${from}")`);
    if (from.includes('/') || to.includes('/')) r.error(p, 'locality lb failover only specify region');
    if (from.includes('*') || to.includes('*')) r.error(p, "locality lb failover region should not contain '*' wildcard");
  });
}

/** ClientTLSSettings (agent ValidateTLS): credential sources that exclude each other, MUTUAL's certificate + key. */
function validateClientTls(r: WebhookReport, path: string, tls: unknown): void {
  if (!isObj(tls)) return;
  const mode = str(tls.mode);
  r.errorIf(`${path}.credentialName`, configMapCredentialError(str(tls.credentialName), r.namespace));
  const skipVerify = wrappedBool(tls.insecureSkipVerify);
  const hasSans = nonEmptyList(tls.subjectAltNames);
  if (skipVerify) {
    if (mode === 'SIMPLE' && (nonEmptyStr(tls.caCertificates) || nonEmptyStr(tls.credentialName) || hasSans)) {
      r.error(path, 'cannot specify CaCertificates or CredentialName or SubjectAltNames when InsecureSkipVerify is set true');
    }
    if (mode === 'MUTUAL' && (nonEmptyStr(tls.caCertificates) || hasSans)) {
      r.error(path, 'cannot specify CaCertificates or SubjectAltNames when InsecureSkipVerify is set true');
    }
  }
  if ((mode === 'SIMPLE' || mode === 'MUTUAL') && nonEmptyStr(tls.credentialName)) {
    if (['clientCertificate', 'caCertificates', 'privateKey', 'caCrl'].some((f) => nonEmptyStr(tls[f]))) {
      r.error(path, 'cannot specify client certificates or CA certificate or CA CRL If credentialName is set');
    }
    return;
  }
  if (mode === 'MUTUAL') {
    if (!nonEmptyStr(tls.clientCertificate)) r.error(`${path}.clientCertificate`, 'client certificate required for mutual tls');
    if (!nonEmptyStr(tls.privateKey)) r.error(`${path}.privateKey`, 'private key required for mutual tls');
  }
}

const CONFIGMAP_CREDENTIAL = 'configmap://';

/** `configmap://<namespace>/<name>`: a CA bundle from a ConfigMap of the DestinationRule's own namespace. */
function configMapCredentialError(credentialName: string, namespace: string): string | undefined {
  if (!credentialName.startsWith(CONFIGMAP_CREDENTIAL)) return undefined;
  const resource = credentialName.slice(CONFIGMAP_CREDENTIAL.length);
  const prefix = 'invalid configmap:// credentialName:';
  const slash = resource.indexOf('/');
  if (slash < 0 || resource.indexOf('/', slash + 1) >= 0) {
    return `${prefix} invalid resource name ${JSON.stringify(resource)}. Expected namespace and name`;
  }
  if (slash === 0) return `${prefix} invalid resource name ${JSON.stringify(resource)}. Expected namespace`;
  if (slash === resource.length - 1) return `${prefix} invalid resource name ${JSON.stringify(resource)}. Expected name`;
  const ns = resource.slice(0, slash);
  if (namespace !== '' && ns !== namespace) return `${prefix} namespace must match the configuration namespace ${JSON.stringify(namespace)}`;
  return undefined;
}

function wrappedBool(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  return isObj(v) && v.value === true;
}

function validateTunnel(r: WebhookReport, path: string, tunnel: unknown): void {
  if (!isObj(tunnel)) return;
  const protocol = str(tunnel.protocol);
  if (protocol !== '' && protocol !== 'CONNECT' && protocol !== 'POST') {
    r.error(`${path}.protocol`, `tunnel protocol "${protocol}" must be "CONNECT" or "POST"`);
  }
  const host = str(tunnel.targetHost);
  const fqdn = fqdnError(host);
  if (fqdn !== undefined && !isIpAddress(host)) {
    r.error(`${path}.targetHost`, `tunnel target host must be valid FQDN or IP address: ${fqdn}`);
  }
  const port = tunnel.targetPort === undefined ? 0 : int(tunnel.targetPort);
  if (port !== undefined) {
    const err = portError(port);
    if (err) r.error(`${path}.targetPort`, `tunnel target port is invalid: ${err}`);
  }
}
