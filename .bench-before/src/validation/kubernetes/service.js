"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkService = checkService;
const names_1 = require("../util/names");
const plain_json_1 = require("../util/plain-json");
const fields_1 = require("./fields");
const TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'];
function checkService(o, run) {
    const spec = (0, plain_json_1.obj)(o.spec);
    const type = spec.type ?? 'ClusterIP';
    (0, fields_1.checkEnum)(run, 'spec.type', spec.type, TYPES);
    const headless = spec.clusterIP === 'None' || ((0, plain_json_1.list)(spec.clusterIPs).length === 1 && (0, plain_json_1.list)(spec.clusterIPs)[0] === 'None');
    const ports = (0, fields_1.objectItems)(spec.ports);
    if (ports.length === 0 && !headless && type !== 'ExternalName')
        run.error('spec.ports', fields_1.REQUIRED);
    const names = new Set();
    const pairs = new Set();
    for (const [p, i] of ports) {
        const path = `spec.ports[${i}]`;
        if (typeof p.name !== 'string' || p.name === '') {
            if (ports.length > 1)
                run.error(`${path}.name`, fields_1.REQUIRED);
        }
        else {
            const err = (0, names_1.dns1123LabelError)(p.name);
            if (err)
                run.error(`${path}.name`, (0, fields_1.invalid)(p.name, err));
            if (names.has(p.name))
                run.error(`${path}.name`, `Duplicate value: ${JSON.stringify(p.name)}`);
            names.add(p.name);
        }
        (0, fields_1.checkPortNumber)(run, `${path}.port`, p.port, true);
        (0, fields_1.checkEnum)(run, `${path}.protocol`, p.protocol, ['TCP', 'UDP', 'SCTP']);
        if (p.targetPort !== undefined && p.targetPort !== 0 && p.targetPort !== '')
            (0, fields_1.checkNumberOrPortName)(run, `${path}.targetPort`, p.targetPort);
        const pair = `${String(p.protocol ?? 'TCP')}/${String(p.port)}`;
        if (pairs.has(pair))
            run.error(path, `Duplicate value: ${JSON.stringify({ port: p.port, protocol: p.protocol ?? 'TCP' })}`);
        pairs.add(pair);
        if (p.nodePort !== undefined && p.nodePort !== 0) {
            if (type === 'ClusterIP')
                run.error(`${path}.nodePort`, "Forbidden: may not be used when `type` is 'ClusterIP'");
            else
                (0, fields_1.checkPortNumber)(run, `${path}.nodePort`, p.nodePort, false);
        }
    }
    if ((type === 'LoadBalancer' || type === 'NodePort') && headless) {
        run.error('spec.clusterIPs[0]', `Invalid value: "None": may not be set to 'None' for ${type} services`);
    }
    if (type === 'ExternalName' && (typeof spec.externalName !== 'string' || spec.externalName === ''))
        run.error('spec.externalName', fields_1.REQUIRED);
    (0, fields_1.checkEnum)(run, 'spec.sessionAffinity', spec.sessionAffinity, ['ClientIP', 'None']);
    if (spec.sessionAffinity !== 'ClientIP' && spec.sessionAffinityConfig !== undefined) {
        run.error('spec.sessionAffinityConfig', 'Invalid value: "object": must not be set when session affinity is None');
    }
    if (type !== 'LoadBalancer' && (0, plain_json_1.list)(spec.loadBalancerSourceRanges).length > 0) {
        run.error('spec.loadBalancerSourceRanges', "Forbidden: may only be used when `type` is 'LoadBalancer'");
    }
    if ((type === 'ClusterIP' || type === 'ExternalName') && spec.externalTrafficPolicy !== undefined) {
        run.error('spec.externalTrafficPolicy', 'Invalid value: ' + JSON.stringify(spec.externalTrafficPolicy) + ': may only be set for externally-accessible services');
    }
}
//# sourceMappingURL=service.js.map