/** ServiceEntry (networking.istio.io, any served version): hosts, addresses, ports, resolution vs endpoints. */
import {
  isHttpProtocol, isTlsProtocol, portNameError, presentMessage, protocolError, validateExportTo, validateLabels, validateWorkloadSelector,
} from './common';
import { fqdnError, wildcardDomainError } from './hosts';
import { ipSubnetError, isIpAddress, portError, UNIX_ADDRESS_PREFIX, unixAddressError } from './net';
import { entries, int, isObj, keyPath, list, Obj, str, toText } from '../util/plain-json';
import { WebhookReport } from './report';

export function validateServiceEntry(r: WebhookReport, spec: Obj): void {
  const resolution = str(spec.resolution) || 'NONE';
  const endpoints = list(spec.endpoints);
  if (isObj(spec.workloadSelector) && endpoints.length > 0) {
    r.error('spec', 'only one of WorkloadSelector or Endpoints is allowed in Service Entry');
  }
  validateWorkloadSelector(r, 'spec.workloadSelector', spec.workloadSelector, 'labels',
    'service entry: workload selector specified without labels, will be applied to all services in namespace');
  const hosts = list(spec.hosts).filter((h): h is string => typeof h === 'string');
  if (list(spec.hosts).length === 0) r.error('spec.hosts', 'service entry must have at least one host');
  hosts.forEach((host, i) => {
    r.errorIf(`spec.hosts[${i}]`, host === '*' ? 'invalid host * (a ServiceEntry cannot select every host)' : wildcardDomainError(host));
    // `*foo.com` is accepted but matches differently from what it suggests; `*.foo.com` is meant.
    if (resolution !== 'DYNAMIC_DNS' && host.length > 1 && host.startsWith('*') && !host.startsWith('*.')) {
      r.warning(`spec.hosts[${i}]`, `partial wildcard "${host}" not allowed (use "*.${host.slice(host[1] === '-' || host[1] === '.' ? 2 : 1)}")`);
    }
  });
  let cidr = false;
  list(spec.addresses).forEach((a, i) => {
    if (typeof a !== 'string') return;
    cidr = cidr || a.includes('/');
    r.errorIf(`spec.addresses[${i}]`, ipSubnetError(a));
  });
  if (cidr && resolution !== 'NONE' && resolution !== 'STATIC') {
    r.error('spec.resolution', `CIDR addresses are allowed only for NONE/STATIC resolution types (resolution is ${resolution})`);
  }
  const portNames = validatePorts(r, spec);
  warnAddresslessTcpPorts(r, spec, resolution);
  validateResolution(r, spec, resolution, endpoints, hosts, portNames);
  if (resolution !== 'NONE' && hosts.length > 1) {
    const plain = list(spec.ports).some((p) => isObj(p) && !isHttpProtocol(str(p.protocol)) && !isTlsProtocol(str(p.protocol)));
    if (plain) r.error('spec.ports', 'multiple hosts provided with non-HTTP, non-TLS ports');
  }
  validateExportTo(r, spec.exportTo, true, false);
}

function validatePorts(r: WebhookReport, spec: Obj): Set<string> {
  const names = new Set<string>();
  const numbers = new Set<number>();
  list(spec.ports).forEach((port, i) => {
    const p = `spec.ports[${i}]`;
    if (!presentMessage(r, p, port, 'service entry port may not be null')) return;
    const name = str(port.name);
    const number = int(port.number) ?? 0;
    if (names.has(name)) r.error(`${p}.name`, `service entry port name "${name}" already defined`);
    names.add(name);
    if (numbers.has(number)) r.error(`${p}.number`, `service entry port ${number} already defined`);
    numbers.add(number);
    const target = int(port.targetPort) ?? 0;
    if (target !== 0) r.errorIf(`${p}.targetPort`, portError(target));
    r.errorIf(`${p}.name`, portNameError(name));
    r.errorIf(`${p}.protocol`, protocolError(str(port.protocol)));
    r.errorIf(`${p}.number`, portError(number));
  });
  return names;
}

function validateResolution(r: WebhookReport, spec: Obj, resolution: string, endpoints: readonly unknown[],
  hosts: readonly string[], portNames: Set<string>): void {
  if (resolution === 'NONE') {
    if (endpoints.length > 0) r.error('spec.endpoints', 'no endpoints should be provided for resolution type none');
    if (isObj(spec.workloadSelector)) r.warning('spec.workloadSelector', 'workloadSelector should not be set when resolution mode is NONE');
    return;
  }
  if (resolution === 'DYNAMIC_DNS') {
    validateDynamicDns(r, spec, hosts, endpoints);
    return;
  }
  if (resolution === 'DNS' || resolution === 'DNS_ROUND_ROBIN') {
    // istiod reports the first such host only.
    const bad = endpoints.length === 0 ? hosts.findIndex((h) => fqdnError(h) !== undefined) : -1;
    if (bad >= 0) {
      r.error(`spec.hosts[${bad}]`, `hosts must be FQDN or contain only prefix wildcards if no endpoints are provided for resolution mode ${resolution}, ${hosts[bad]}`);
    }
    if (resolution === 'DNS_ROUND_ROBIN' && endpoints.length > 1) {
      r.error('spec.endpoints', `there must only be 0 or 1 endpoint for resolution mode ${resolution}`);
    }
    const tcpPort = list(spec.ports).some((p) => isObj(p) && isTcpFamily(str(p.protocol)));
    if (list(spec.addresses).length > 0 && hosts.length > 1 && tcpPort) {
      r.warning('spec.hosts', 'service entry can not have more than one host specified simultaneously with address and tcp port');
    }
  }
  if (resolution !== 'STATIC' && resolution !== 'DNS' && resolution !== 'DNS_ROUND_ROBIN') return;
  endpoints.forEach((e, i) => {
    const p = `spec.endpoints[${i}]`;
    if (presentMessage(r, p, e, 'endpoint cannot be nil')) validateEndpoint(r, p, e, resolution === 'STATIC', portNames);
  });
}

/** An endpoint: an IP or unix socket for STATIC resolution, an IP or FQDN for DNS resolution. */
function validateEndpoint(r: WebhookReport, path: string, e: Obj, isStatic: boolean, portNames: Set<string>): void {
  const address = str(e.address);
  if (isStatic && address === '') {
    if (str(e.network) === '') r.error(`${path}.address`, 'address is required');
  } else if (isStatic && address.startsWith(UNIX_ADDRESS_PREFIX)) {
    r.errorIf(`${path}.address`, unixAddressError(address.slice(UNIX_ADDRESS_PREFIX.length)));
    if (entries(e.ports).length > 0) r.error(`${path}.ports`, `unix endpoint ${address} must not include ports`);
    if (portNames.size !== 1) r.error(path, 'exactly 1 service port required for unix endpoints');
  } else if (!isIpAddress(address)) {
    if (isStatic) r.error(`${path}.address`, `endpoint address "${address}" is not a valid IP address`);
    else if (fqdnError(address) !== undefined) r.error(`${path}.address`, `endpoint address "${address}" is not a valid FQDN or an IP address`);
  }
  for (const [name, port] of entries(e.ports)) {
    const p = keyPath(`${path}.ports`, name);
    const number = int(port);
    if (!portNames.has(name)) r.error(p, `endpoint port ${name}: ${toText(port)} is not defined by the service entry`);
    r.errorIf(p, portNameError(name));
    if (number !== undefined) r.errorIf(p, portError(number));
  }
  validateLabels(r, `${path}.labels`, e.labels);
}

const DYNAMIC_DNS_PROTOCOLS = new Set(['HTTP', 'TLS', 'GRPC', 'HTTP2']);
const USE_WAYPOINT_LABEL = 'istio.io/use-waypoint';

/**
 * DYNAMIC_DNS: Envoy resolves each request's host on the fly, so hosts must be wildcards, there are no
 * addresses or endpoints, and only protocols that carry the host (HTTP, TLS SNI) work.
 */
function validateDynamicDns(r: WebhookReport, spec: Obj, hosts: readonly string[], endpoints: readonly unknown[]): void {
  const mode = 'DYNAMIC_DNS';
  if (hosts.length === 0) r.error('spec.hosts', `at least one wildcard host must be provided for resolution type ${mode}`);
  hosts.forEach((host, i) => {
    if (!host.startsWith('*')) r.error(`spec.hosts[${i}]`, `host must be wildcarded for resolution mode ${mode}`);
  });
  if (list(spec.addresses).length > 0) {
    r.error('spec.addresses', `addresses cannot be set for resolution type ${mode}. HTTP route domains will only be generatedfrom the hosts field values`);
  }
  if (endpoints.length > 0) {
    r.error('spec.endpoints', `endpoints cannot be set for resolution type ${mode}. Destination IP address determined from hostsfield values`);
  }
  list(spec.ports).forEach((port, i) => {
    if (isObj(port) && !DYNAMIC_DNS_PROTOCOLS.has(str(port.protocol).toUpperCase())) {
      r.error(`spec.ports[${i}].protocol`, `only HTTP, TLS, GRPC, and HTTP2 protocols are supported for resolution type ${mode}`);
    }
  });
  const waypoint = r.label(USE_WAYPOINT_LABEL);
  if (str(spec.location) === 'MESH_INTERNAL' && waypoint !== undefined && waypoint !== '' && waypoint !== 'none') {
    r.error('spec.location', `location MESH_INTERNAL with resolution type ${mode} is not supported when using waypoints`);
  }
}

const TCP_FAMILY = new Set(['tcp', 'https', 'tls', 'mongo', 'redis', 'mysql']);

function isTcpFamily(protocol: string): boolean {
  return TCP_FAMILY.has(protocol.toLowerCase());
}

const AUTOALLOCATE_LABEL = 'networking.istio.io/enable-autoallocate-ip';

/**
 * Without addresses, a TCP port can only be told apart by IP when istiod allocates one (the default for every
 * resolution but NONE, unless the object opts out): otherwise istiod warns per TCP (or unset) port.
 */
function warnAddresslessTcpPorts(r: WebhookReport, spec: Obj, resolution: string): void {
  if (list(spec.addresses).length > 0) return;
  if (resolution !== 'NONE' && r.label(AUTOALLOCATE_LABEL) !== 'false') return;
  list(spec.ports).forEach((p, i) => {
    if (!isObj(p)) return;
    const protocol = str(p.protocol);
    if (protocol === '' || protocol === 'TCP') {
      r.warning(`spec.ports[${i}]`, 'addresses are required for ports serving TCP (or unset) protocol when IP Autoallocation is not enabled');
    }
  });
}
