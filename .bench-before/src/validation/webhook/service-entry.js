"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateServiceEntry = validateServiceEntry;
/** ServiceEntry (networking.istio.io, any served version): hosts, addresses, ports, resolution vs endpoints. */
const common_1 = require("./common");
const hosts_1 = require("./hosts");
const net_1 = require("./net");
const plain_json_1 = require("../util/plain-json");
function validateServiceEntry(r, spec) {
    const resolution = (0, plain_json_1.str)(spec.resolution) || 'NONE';
    const endpoints = (0, plain_json_1.list)(spec.endpoints);
    if ((0, plain_json_1.isObj)(spec.workloadSelector) && endpoints.length > 0) {
        r.error('spec', 'only one of WorkloadSelector or Endpoints is allowed in Service Entry');
    }
    (0, common_1.validateWorkloadSelector)(r, 'spec.workloadSelector', spec.workloadSelector, 'labels', 'service entry: workload selector specified without labels, will be applied to all services in namespace');
    const hosts = (0, plain_json_1.list)(spec.hosts).filter((h) => typeof h === 'string');
    if ((0, plain_json_1.list)(spec.hosts).length === 0)
        r.error('spec.hosts', 'service entry must have at least one host');
    hosts.forEach((host, i) => {
        r.errorIf(`spec.hosts[${i}]`, host === '*' ? 'invalid host * (a ServiceEntry cannot select every host)' : (0, hosts_1.wildcardDomainError)(host));
        // `*foo.com` is accepted but matches differently from what it suggests; `*.foo.com` is meant.
        if (resolution !== 'DYNAMIC_DNS' && host.length > 1 && host.startsWith('*') && !host.startsWith('*.')) {
            r.warning(`spec.hosts[${i}]`, `partial wildcard "${host}" not allowed (use "*.${host.slice(1).replace(/^[-.]/, '')}")`);
        }
    });
    let cidr = false;
    (0, plain_json_1.list)(spec.addresses).forEach((a, i) => {
        if (typeof a !== 'string')
            return;
        cidr = cidr || a.includes('/');
        r.errorIf(`spec.addresses[${i}]`, (0, net_1.ipSubnetError)(a));
    });
    if (cidr && resolution !== 'NONE' && resolution !== 'STATIC') {
        r.error('spec.resolution', `CIDR addresses are allowed only for NONE/STATIC resolution types (resolution is ${resolution})`);
    }
    const portNames = validatePorts(r, spec);
    warnAddresslessTcpPorts(r, spec, resolution);
    validateResolution(r, spec, resolution, endpoints, hosts, portNames);
    if (resolution !== 'NONE' && hosts.length > 1) {
        const plain = (0, plain_json_1.list)(spec.ports).some((p) => (0, plain_json_1.isObj)(p) && !(0, common_1.isHttpProtocol)((0, plain_json_1.str)(p.protocol)) && !(0, common_1.isTlsProtocol)((0, plain_json_1.str)(p.protocol)));
        if (plain)
            r.error('spec.ports', 'multiple hosts provided with non-HTTP, non-TLS ports');
    }
    (0, common_1.validateExportTo)(r, spec.exportTo, true, false);
}
function validatePorts(r, spec) {
    const names = new Set();
    const numbers = new Set();
    (0, plain_json_1.list)(spec.ports).forEach((port, i) => {
        const p = `spec.ports[${i}]`;
        if (port === null) {
            r.error(p, 'service entry port may not be null');
            return;
        }
        if (!(0, plain_json_1.isObj)(port))
            return;
        const name = (0, plain_json_1.str)(port.name);
        const number = (0, plain_json_1.int)(port.number) ?? 0;
        if (names.has(name))
            r.error(`${p}.name`, `service entry port name "${name}" already defined`);
        names.add(name);
        if (numbers.has(number))
            r.error(`${p}.number`, `service entry port ${number} already defined`);
        numbers.add(number);
        const target = (0, plain_json_1.int)(port.targetPort) ?? 0;
        if (target !== 0)
            r.errorIf(`${p}.targetPort`, (0, net_1.portError)(target));
        r.errorIf(`${p}.name`, (0, common_1.portNameError)(name));
        r.errorIf(`${p}.protocol`, (0, common_1.protocolError)((0, plain_json_1.str)(port.protocol)));
        r.errorIf(`${p}.number`, (0, net_1.portError)(number));
    });
    return names;
}
function validateResolution(r, spec, resolution, endpoints, hosts, portNames) {
    if (resolution === 'NONE') {
        if (endpoints.length > 0)
            r.error('spec.endpoints', 'no endpoints should be provided for resolution type none');
        if ((0, plain_json_1.isObj)(spec.workloadSelector))
            r.warning('spec.workloadSelector', 'workloadSelector should not be set when resolution mode is NONE');
        return;
    }
    if (resolution === 'DYNAMIC_DNS') {
        validateDynamicDns(r, spec, hosts, endpoints);
        return;
    }
    if (resolution === 'DNS' || resolution === 'DNS_ROUND_ROBIN') {
        // istiod reports the first such host only.
        const bad = endpoints.length === 0 ? hosts.findIndex((h) => (0, hosts_1.fqdnError)(h) !== undefined) : -1;
        if (bad >= 0) {
            r.error(`spec.hosts[${bad}]`, `hosts must be FQDN or contain only prefix wildcards if no endpoints are provided for resolution mode ${resolution}, ${hosts[bad]}`);
        }
        if (resolution === 'DNS_ROUND_ROBIN' && endpoints.length > 1) {
            r.error('spec.endpoints', `there must only be 0 or 1 endpoint for resolution mode ${resolution}`);
        }
        const tcpPort = (0, plain_json_1.list)(spec.ports).some((p) => (0, plain_json_1.isObj)(p) && isTcpFamily((0, plain_json_1.str)(p.protocol)));
        if ((0, plain_json_1.list)(spec.addresses).length > 0 && hosts.length > 1 && tcpPort) {
            r.warning('spec.hosts', 'service entry can not have more than one host specified simultaneously with address and tcp port');
        }
    }
    if (resolution !== 'STATIC' && resolution !== 'DNS' && resolution !== 'DNS_ROUND_ROBIN')
        return;
    endpoints.forEach((e, i) => {
        const p = `spec.endpoints[${i}]`;
        if (e === null) {
            r.error(p, 'endpoint cannot be nil');
            return;
        }
        if ((0, plain_json_1.isObj)(e))
            validateEndpoint(r, p, e, resolution === 'STATIC', portNames);
    });
}
/** An endpoint: an IP or unix socket for STATIC resolution, an IP or FQDN for DNS resolution. */
function validateEndpoint(r, path, e, isStatic, portNames) {
    const address = (0, plain_json_1.str)(e.address);
    if (isStatic && address === '') {
        if ((0, plain_json_1.str)(e.network) === '')
            r.error(`${path}.address`, 'address is required');
    }
    else if (isStatic && address.startsWith(net_1.UNIX_ADDRESS_PREFIX)) {
        r.errorIf(`${path}.address`, (0, net_1.unixAddressError)(address.slice(net_1.UNIX_ADDRESS_PREFIX.length)));
        if ((0, plain_json_1.entries)(e.ports).length > 0)
            r.error(`${path}.ports`, `unix endpoint ${address} must not include ports`);
        if (portNames.size !== 1)
            r.error(path, 'exactly 1 service port required for unix endpoints');
    }
    else if (!(0, net_1.isIpAddress)(address)) {
        if (isStatic)
            r.error(`${path}.address`, `endpoint address "${address}" is not a valid IP address`);
        else if ((0, hosts_1.fqdnError)(address) !== undefined)
            r.error(`${path}.address`, `endpoint address "${address}" is not a valid FQDN or an IP address`);
    }
    for (const [name, port] of (0, plain_json_1.entries)(e.ports)) {
        const p = (0, plain_json_1.keyPath)(`${path}.ports`, name);
        const number = (0, plain_json_1.int)(port);
        if (!portNames.has(name))
            r.error(p, `endpoint port ${name}: ${(0, plain_json_1.toText)(port)} is not defined by the service entry`);
        r.errorIf(p, (0, common_1.portNameError)(name));
        if (number !== undefined)
            r.errorIf(p, (0, net_1.portError)(number));
    }
    (0, common_1.validateLabels)(r, `${path}.labels`, e.labels);
}
const DYNAMIC_DNS_PROTOCOLS = new Set(['HTTP', 'TLS', 'GRPC', 'HTTP2']);
const USE_WAYPOINT_LABEL = 'istio.io/use-waypoint';
/**
 * DYNAMIC_DNS: Envoy resolves each request's host on the fly, so hosts must be wildcards, there are no
 * addresses or endpoints, and only protocols that carry the host (HTTP, TLS SNI) work.
 */
function validateDynamicDns(r, spec, hosts, endpoints) {
    const mode = 'DYNAMIC_DNS';
    if (hosts.length === 0)
        r.error('spec.hosts', `at least one wildcard host must be provided for resolution type ${mode}`);
    hosts.forEach((host, i) => {
        if (!host.startsWith('*'))
            r.error(`spec.hosts[${i}]`, `host must be wildcarded for resolution mode ${mode}`);
    });
    if ((0, plain_json_1.list)(spec.addresses).length > 0) {
        r.error('spec.addresses', `addresses cannot be set for resolution type ${mode}. HTTP route domains will only be generatedfrom the hosts field values`);
    }
    if (endpoints.length > 0) {
        r.error('spec.endpoints', `endpoints cannot be set for resolution type ${mode}. Destination IP address determined from hostsfield values`);
    }
    (0, plain_json_1.list)(spec.ports).forEach((port, i) => {
        if ((0, plain_json_1.isObj)(port) && !DYNAMIC_DNS_PROTOCOLS.has((0, plain_json_1.str)(port.protocol).toUpperCase())) {
            r.error(`spec.ports[${i}].protocol`, `only HTTP, TLS, GRPC, and HTTP2 protocols are supported for resolution type ${mode}`);
        }
    });
    const waypoint = r.label(USE_WAYPOINT_LABEL);
    if ((0, plain_json_1.str)(spec.location) === 'MESH_INTERNAL' && waypoint !== undefined && waypoint !== '' && waypoint !== 'none') {
        r.error('spec.location', `location MESH_INTERNAL with resolution type ${mode} is not supported when using waypoints`);
    }
}
const TCP_FAMILY = new Set(['tcp', 'https', 'tls', 'mongo', 'redis', 'mysql']);
function isTcpFamily(protocol) {
    return TCP_FAMILY.has(protocol.toLowerCase());
}
const AUTOALLOCATE_LABEL = 'networking.istio.io/enable-autoallocate-ip';
/**
 * Without addresses, a TCP port can only be told apart by IP when istiod allocates one (the default for every
 * resolution but NONE, unless the object opts out): otherwise istiod warns per TCP (or unset) port.
 */
function warnAddresslessTcpPorts(r, spec, resolution) {
    if ((0, plain_json_1.list)(spec.addresses).length > 0)
        return;
    if (resolution !== 'NONE' && r.label(AUTOALLOCATE_LABEL) !== 'false')
        return;
    (0, plain_json_1.list)(spec.ports).forEach((p, i) => {
        if (!(0, plain_json_1.isObj)(p))
            return;
        const protocol = (0, plain_json_1.str)(p.protocol);
        if (protocol === '' || protocol === 'TCP') {
            r.warning(`spec.ports[${i}]`, 'addresses are required for ports serving TCP (or unset) protocol when IP Autoallocation is not enabled');
        }
    });
}
//# sourceMappingURL=service-entry.js.map