"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateWorkloadEntry = validateWorkloadEntry;
exports.validateWorkloadGroup = validateWorkloadGroup;
/**
 * WorkloadEntry and WorkloadGroup (networking.istio.io, any served version), as istiod's ValidateWorkloadEntry /
 * ValidateWorkloadGroup check them: the address (IP, FQDN or unix socket), named ports, labels, and the
 * WorkloadGroup readiness probe.
 */
const common_1 = require("./common");
const hosts_1 = require("./hosts");
const http_names_1 = require("./http-names");
const net_1 = require("./net");
const plain_json_1 = require("../util/plain-json");
function validateWorkloadEntry(r, spec) {
    const address = (0, plain_json_1.str)(spec.address);
    if (address === '') {
        if ((0, plain_json_1.str)(spec.network) === '') {
            r.error('spec.address', 'address is required');
            return;
        }
        r.warning('spec.address', `address is unset with network "${(0, plain_json_1.str)(spec.network)}"`);
    }
    // Without a ServiceEntry the resolution is unknown, so an FQDN is as good as an IP.
    if (address.startsWith(net_1.UNIX_ADDRESS_PREFIX)) {
        r.errorIf('spec.address', (0, net_1.unixAddressError)(address.slice(net_1.UNIX_ADDRESS_PREFIX.length)));
        if ((0, plain_json_1.entries)(spec.ports).length > 0)
            r.error('spec.ports', `unix endpoint ${address} must not include ports`);
    }
    else if (address !== '' && !(0, net_1.isIpAddress)(address) && (0, hosts_1.fqdnError)(address) !== undefined) {
        r.error('spec.address', `endpoint address "${address}" is not a valid FQDN or an IP address`);
    }
    for (const [name, port] of (0, plain_json_1.entries)(spec.ports)) {
        const p = (0, plain_json_1.keyPath)('spec.ports', name);
        r.errorIf(p, (0, common_1.portNameError)(name));
        const number = (0, plain_json_1.int)(port);
        if (number !== undefined)
            r.errorIf(p, (0, net_1.portError)(number));
    }
    (0, common_1.validateLabels)(r, 'spec.labels', spec.labels);
}
function validateWorkloadGroup(r, spec) {
    // The template is not checked like a WorkloadEntry: istiod fills in its address when a workload registers.
    if (!(0, plain_json_1.isObj)(spec.template))
        r.error('spec.template', 'template is required');
    if ((0, plain_json_1.isObj)(spec.metadata))
        (0, common_1.validateLabels)(r, 'spec.metadata.labels', spec.metadata.labels);
    if ((0, plain_json_1.isObj)(spec.probe))
        validateProbe(r, 'spec.probe', spec.probe);
}
const PROBE_COUNTERS = ['periodSeconds', 'initialDelaySeconds', 'timeoutSeconds', 'successThreshold', 'failureThreshold'];
const HEALTH_CHECKS = ['httpGet', 'tcpSocket', 'exec', 'grpc'];
function validateProbe(r, path, probe) {
    for (const field of PROBE_COUNTERS) {
        const value = (0, plain_json_1.num)(probe[field]);
        if (value !== undefined && value < 0)
            r.error(`${path}.${field}`, `${field} must be non-negative (it has ${value})`);
    }
    const method = HEALTH_CHECKS.find((m) => (0, plain_json_1.isObj)(probe[m]));
    if (method === undefined) {
        r.error(path, `readiness probe needs a health check method: one of ${HEALTH_CHECKS.join(', ')}`);
        return;
    }
    const check = probe[method];
    const p = `${path}.${method}`;
    if (method === 'exec') {
        if ((0, plain_json_1.list)(check.command).length === 0)
            r.error(`${p}.command`, 'exec.command is required');
        return;
    }
    r.errorIf(`${p}.port`, (0, net_1.portError)((0, plain_json_1.int)(check.port) ?? 0));
    if (method !== 'httpGet')
        return;
    const scheme = (0, plain_json_1.str)(check.scheme);
    if (scheme !== '' && scheme !== 'HTTP' && scheme !== 'HTTPS') {
        r.error(`${p}.scheme`, `httpGet.scheme must be one of "HTTP", "HTTPS" (it has "${scheme}")`);
    }
    (0, plain_json_1.list)(check.httpHeaders).forEach((h, i) => {
        if ((0, plain_json_1.isObj)(h))
            r.errorIf(`${p}.httpHeaders[${i}].name`, (0, http_names_1.headerNameError)((0, plain_json_1.str)(h.name)));
    });
}
//# sourceMappingURL=workload-entry.js.map