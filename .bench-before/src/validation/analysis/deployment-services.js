"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.analyzeDeploymentServices = analyzeDeploymentServices;
const codes_1 = require("./codes");
const labels_1 = require("./labels");
const namespaces_1 = require("./namespaces");
const resource_1 = require("./resource");
const service_ports_1 = require("./service-ports");
const workloads_1 = require("./workloads");
const plain_json_1 = require("../util/plain-json");
function analyzeDeploymentServices(model, out) {
    const servicesOf = new Map();
    for (const svc of model.services) {
        const selector = (0, resource_1.asStringMap)(svc.spec.selector);
        if ((0, labels_1.isEmptyMap)(selector))
            continue;
        for (const w of model.workloadIndex.select(svc.ns, selector)) {
            if (w.res.kind !== 'Deployment')
                continue;
            const list = servicesOf.get(w);
            if (list)
                list.push(svc);
            else
                servicesOf.set(w, [svc]);
        }
    }
    for (const [w, services] of servicesOf) {
        if ((0, namespaces_1.isIgnoredNamespace)(w.res.ns) || (0, namespaces_1.isIstioControlPlane)(w.res.labels))
            continue;
        // Waypoints (and other gateways Istio deploys) serve Istio's own ports; only application Deployments in the mesh
        // have their inbound listeners built from these Services.
        if ((0, service_ports_1.isGatewayManaged)(w.res.labels) || !(0, workloads_1.isInMesh)(w, model.namespaces.get(w.res.ns)?.labels, model.closedWorld))
            continue;
        // Both checks are about several Services meeting on one pod (a single Service may expose 53/TCP and 53/UDP).
        if (services.length < 2)
            continue;
        checkProtocols(w, services, out);
        checkTargetPorts(w, services, out);
    }
}
function checkProtocols(w, services, out) {
    const byPort = new Map();
    for (const svc of services) {
        for (const p of (0, resource_1.asArray)(svc.spec.ports)) {
            const port = (0, resource_1.asObject)(p);
            const number = (0, plain_json_1.toNumber)(port.port);
            const protocol = (0, resource_1.asString)(port.protocol) || 'TCP';
            let protocols = byPort.get(number);
            if (!protocols)
                byPort.set(number, protocols = new Map());
            const names = protocols.get(protocol);
            if (names)
                names.push(svc.name);
            else
                protocols.set(protocol, [svc.name]);
        }
    }
    for (const [port, protocols] of byPort) {
        if (protocols.size < 2 || new Set([...protocols.values()].flat()).size < 2)
            continue;
        const detail = [...protocols].map(([protocol, names]) => `${protocol} (${names.join(', ')})`).join(' vs ');
        out.push(w.res.finding(codes_1.DEPLOYMENT_ASSOCIATED_TO_MULTIPLE_SERVICES, 'spec.template.metadata.labels', `the Services selecting this Deployment expose port ${port} with different protocols: ${detail}; a pod port ` +
            'can serve one protocol only, so use one protocol per port number (or separate the pods)'));
    }
}
function checkTargetPorts(w, services, out) {
    const containerPorts = new Map();
    for (const c of (0, resource_1.asArray)(w.podSpec.containers)) {
        for (const p of (0, resource_1.asArray)((0, resource_1.asObject)(c).ports)) {
            const port = (0, resource_1.asObject)(p);
            if (typeof port.name === 'string')
                containerPorts.set(port.name, (0, plain_json_1.toText)(port.containerPort));
        }
    }
    const byTarget = new Map();
    for (const svc of services) {
        for (const p of (0, resource_1.asArray)(svc.spec.ports)) {
            const port = (0, resource_1.asObject)(p);
            const number = (0, plain_json_1.toNumber)(port.port);
            const raw = port.targetPort === undefined || port.targetPort === 0 || port.targetPort === '' ?
                String(number) : (0, plain_json_1.toText)(port.targetPort);
            const target = containerPorts.get(raw) ?? raw;
            let entry = byTarget.get(target);
            if (!entry)
                byTarget.set(target, entry = { ports: new Set(), services: new Set() });
            entry.ports.add(number);
            entry.services.add(svc.name);
        }
    }
    for (const [target, { ports, services: names }] of byTarget) {
        if (ports.size < 2 || names.size < 2)
            continue;
        out.push(w.res.finding(codes_1.DEPLOYMENT_CONFLICTING_PORTS, 'spec.template.metadata.labels', `Services ${[...names].sort().join(', ')} send target port ${target} of this Deployment through different ` +
            `service ports (${[...ports].join(', ')}); Istio keeps one of them per target port, so give every Service ` +
            'the same port number for it'));
    }
}
//# sourceMappingURL=deployment-services.js.map