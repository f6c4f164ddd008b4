"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RestartPolicyRule = void 0;
exports.checkPodSpec = checkPodSpec;
const names_1 = require("../util/names");
const plain_json_1 = require("../util/plain-json");
const fields_1 = require("./fields");
const quantity_1 = require("./quantity");
const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];
const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];
const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
const LIFECYCLE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'];
/** Which restartPolicy values a kind's pods may use (from its controller's rules). */
var RestartPolicyRule;
(function (RestartPolicyRule) {
    RestartPolicyRule[RestartPolicyRule["ANY"] = 0] = "ANY";
    RestartPolicyRule[RestartPolicyRule["ALWAYS"] = 1] = "ALWAYS";
    RestartPolicyRule[RestartPolicyRule["ON_FAILURE_OR_NEVER"] = 2] = "ON_FAILURE_OR_NEVER";
})(RestartPolicyRule || (exports.RestartPolicyRule = RestartPolicyRule = {}));
function checkPodSpec(spec, path, run, restart) {
    const containers = (0, fields_1.objectItems)(spec.containers);
    if (containers.length === 0)
        run.error(`${path}.containers`, fields_1.REQUIRED);
    const volumes = checkVolumes(spec, path, run);
    const names = new Set();
    for (const [c, i] of containers)
        checkContainer(c, `${path}.containers[${i}]`, run, names, false, volumes);
    for (const [c, i] of (0, fields_1.objectItems)(spec.initContainers))
        checkContainer(c, `${path}.initContainers[${i}]`, run, names, true, volumes);
    checkRestartPolicy(spec.restartPolicy, `${path}.restartPolicy`, run, restart);
}
/** Volume names (DNS-1123 labels, unique); returns the names mounts may refer to. */
function checkVolumes(spec, path, run) {
    const names = new Set();
    for (const [v, i] of (0, fields_1.objectItems)(spec.volumes)) {
        const at = `${path}.volumes[${i}].name`;
        if (typeof v.name !== 'string' || v.name === '') {
            run.error(at, fields_1.REQUIRED);
            continue;
        }
        const err = (0, names_1.dns1123LabelError)(v.name);
        if (err)
            run.error(at, (0, fields_1.invalid)(v.name, err));
        else if (names.has(v.name))
            run.error(at, `Duplicate value: ${JSON.stringify(v.name)}`);
        else
            names.add(v.name);
    }
    return names;
}
function checkVolumeMounts(c, path, run, volumes) {
    const mountPaths = new Set();
    for (const [m, i] of (0, fields_1.objectItems)(c.volumeMounts)) {
        const at = `${path}.volumeMounts[${i}]`;
        if (typeof m.name === 'string' && m.name !== '' && !volumes.has(m.name))
            run.error(`${at}.name`, `Not found: ${JSON.stringify(m.name)}`);
        if (typeof m.mountPath !== 'string' || m.mountPath === '')
            run.error(`${at}.mountPath`, fields_1.REQUIRED);
        else if (mountPaths.has(m.mountPath))
            run.error(`${at}.mountPath`, (0, fields_1.invalid)(m.mountPath, 'must be unique'));
        else
            mountPaths.add(m.mountPath);
        if (m.subPath !== undefined && m.subPathExpr !== undefined)
            run.error(`${at}.subPathExpr`, (0, fields_1.invalid)(m.subPathExpr, 'subPathExpr and subPath are mutually exclusive'));
    }
}
const ENV_SOURCES = ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef'];
function checkEnv(c, path, run) {
    for (const [e, i] of (0, fields_1.objectItems)(c.env)) {
        const at = `${path}.env[${i}]`;
        if (typeof e.name !== 'string' || e.name === '')
            run.error(`${at}.name`, fields_1.REQUIRED);
        else if (!/^[\x20-\x7e]+$/.test(e.name) || e.name.includes('=')) {
            run.error(`${at}.name`, (0, fields_1.invalid)(e.name, "a valid environment variable name must consist only of printable ASCII characters other than '='"));
        }
        if (!(0, plain_json_1.isObj)(e.valueFrom))
            continue;
        const sources = ENV_SOURCES.filter((k) => (0, plain_json_1.isObj)((0, plain_json_1.obj)(e.valueFrom)[k]));
        if (typeof e.value === 'string' && e.value !== '') {
            run.error(`${at}.valueFrom`, 'Invalid value: "": may not be specified when `value` is not empty');
        }
        else if (sources.length === 0) {
            run.error(`${at}.valueFrom`, 'Invalid value: "": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`');
        }
        else if (sources.length > 1) {
            run.error(`${at}.valueFrom`, 'Invalid value: "": may not have more than one field specified at a time');
        }
    }
    for (const [e, i] of (0, fields_1.objectItems)(c.envFrom)) {
        const set = ['configMapRef', 'secretRef'].filter((k) => (0, plain_json_1.isObj)(e[k]));
        if (set.length !== 1)
            run.error(`${path}.envFrom[${i}]`, 'Invalid value: "": must specify one of: `configMapRef` or `secretRef`');
    }
}
function checkRestartPolicy(value, path, run, rule) {
    // The API server defaults an absent restartPolicy to Always before validating.
    const policy = value === undefined || value === null || value === '' ? 'Always' : value;
    switch (rule) {
        case RestartPolicyRule.ALWAYS:
            if (policy !== 'Always')
                run.error(path, `Unsupported value: ${JSON.stringify(policy)}: supported values: "Always"`);
            break;
        case RestartPolicyRule.ON_FAILURE_OR_NEVER:
            if (policy === 'Always')
                run.error(path, `${fields_1.REQUIRED}: valid values: "OnFailure", "Never"`);
            else
                (0, fields_1.checkEnum)(run, path, policy, ['OnFailure', 'Never']);
            break;
        default:
            (0, fields_1.checkEnum)(run, path, policy, RESTART_POLICIES);
    }
}
function checkContainer(c, path, run, names, init, volumes) {
    const name = c.name;
    if (typeof name !== 'string' || name === '') {
        run.error(`${path}.name`, fields_1.REQUIRED);
    }
    else {
        const err = (0, names_1.dns1123LabelError)(name);
        if (err)
            run.error(`${path}.name`, (0, fields_1.invalid)(name, err));
        if (names.has(name))
            run.error(`${path}.name`, `Duplicate value: ${JSON.stringify(name)}`);
        names.add(name);
    }
    if (typeof c.image !== 'string' || c.image === '')
        run.error(`${path}.image`, fields_1.REQUIRED);
    const sidecar = init && c.restartPolicy === 'Always';
    if (!init && c.restartPolicy !== undefined)
        run.error(`${path}.restartPolicy`, 'Forbidden: may not be set for non-init containers');
    if (init && c.restartPolicy !== undefined && c.restartPolicy !== 'Always') {
        run.error(`${path}.restartPolicy`, `Unsupported value: ${JSON.stringify(c.restartPolicy)}: supported values: "Always"`);
    }
    (0, fields_1.checkEnum)(run, `${path}.imagePullPolicy`, c.imagePullPolicy, ['Always', 'IfNotPresent', 'Never']);
    checkContainerPorts(c, path, run);
    for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
        if (!(0, plain_json_1.isObj)(c[probe]))
            continue;
        if (init && !sidecar) {
            run.error(`${path}.${probe}`, 'Forbidden: may not be set for init containers without restartPolicy=Always');
            continue;
        }
        checkProbe((0, plain_json_1.obj)(c[probe]), `${path}.${probe}`, run, probe);
    }
    const lifecycle = (0, plain_json_1.obj)(c.lifecycle);
    for (const hook of ['postStart', 'preStop']) {
        if ((0, plain_json_1.isObj)(lifecycle[hook]))
            checkHandler((0, plain_json_1.obj)(lifecycle[hook]), `${path}.lifecycle.${hook}`, run, LIFECYCLE_HANDLERS);
    }
    checkResources((0, plain_json_1.obj)(c.resources), `${path}.resources`, run);
    checkVolumeMounts(c, path, run, volumes);
    checkEnv(c, path, run);
}
function checkContainerPorts(c, path, run) {
    const portNames = new Set();
    for (const [p, i] of (0, fields_1.objectItems)(c.ports)) {
        const portPath = `${path}.ports[${i}]`;
        if (typeof p.name === 'string' && p.name !== '') {
            for (const e of (0, fields_1.portNameErrors)(p.name))
                run.error(`${portPath}.name`, (0, fields_1.invalid)(p.name, e));
            if (portNames.has(p.name))
                run.error(`${portPath}.name`, `Duplicate value: ${JSON.stringify(p.name)}`);
            portNames.add(p.name);
        }
        (0, fields_1.checkPortNumber)(run, `${portPath}.containerPort`, p.containerPort, true);
        if (p.hostPort !== undefined && p.hostPort !== 0)
            (0, fields_1.checkPortNumber)(run, `${portPath}.hostPort`, p.hostPort, false);
        (0, fields_1.checkEnum)(run, `${portPath}.protocol`, p.protocol, PROTOCOLS);
    }
}
function checkHandler(h, path, run, handlers) {
    const set = handlers.filter((k) => (0, plain_json_1.isObj)(h[k]));
    if (set.length === 0) {
        run.error(path, `${fields_1.REQUIRED}: must specify a handler type`);
        return;
    }
    for (const extra of set.slice(1))
        run.error(`${path}.${extra}`, 'Forbidden: may not specify more than 1 handler type');
    const httpGet = (0, plain_json_1.obj)(h.httpGet);
    if ((0, plain_json_1.isObj)(h.httpGet)) {
        (0, fields_1.checkNumberOrPortName)(run, `${path}.httpGet.port`, httpGet.port);
        (0, fields_1.checkEnum)(run, `${path}.httpGet.scheme`, httpGet.scheme, ['HTTP', 'HTTPS']);
    }
    if ((0, plain_json_1.isObj)(h.tcpSocket))
        (0, fields_1.checkNumberOrPortName)(run, `${path}.tcpSocket.port`, (0, plain_json_1.obj)(h.tcpSocket).port);
    if ((0, plain_json_1.isObj)(h.grpc))
        (0, fields_1.checkPortNumber)(run, `${path}.grpc.port`, (0, plain_json_1.obj)(h.grpc).port, true);
    if ((0, plain_json_1.isObj)(h.exec) && !Array.isArray((0, plain_json_1.obj)(h.exec).command))
        run.error(`${path}.exec.command`, fields_1.REQUIRED);
}
function checkProbe(p, path, run, which) {
    checkHandler(p, path, run, PROBE_HANDLERS);
    for (const f of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold']) {
        (0, fields_1.checkNonNegative)(run, `${path}.${f}`, p[f]);
    }
    if (which !== 'readinessProbe' && typeof p.successThreshold === 'number' && p.successThreshold !== 1) {
        run.error(`${path}.successThreshold`, (0, fields_1.invalid)(p.successThreshold, 'must be 1'));
    }
    if (which === 'readinessProbe' && p.terminationGracePeriodSeconds !== undefined) {
        run.error(`${path}.terminationGracePeriodSeconds`, (0, fields_1.invalid)(p.terminationGracePeriodSeconds, 'must not be set for readinessProbes'));
    }
}
function checkResources(r, path, run) {
    const limits = (0, plain_json_1.obj)(r.limits);
    const requests = (0, plain_json_1.obj)(r.requests);
    const parsed = (map, at) => {
        const out = new Map();
        for (const [name, raw] of Object.entries(map)) {
            const q = (0, quantity_1.parseQuantity)(raw);
            if (q === undefined)
                run.error(`${at}[${name}]`, (0, fields_1.invalid)(raw, quantity_1.QUANTITY_FORMAT_ERROR));
            else if (q < 0)
                run.error(`${at}[${name}]`, (0, fields_1.invalid)(raw, 'must be greater than or equal to 0'));
            else
                out.set(name, q);
        }
        return out;
    };
    const l = parsed(limits, `${path}.limits`);
    const q = parsed(requests, `${path}.requests`);
    for (const [name, request] of q) {
        const limit = l.get(name);
        if (limit !== undefined && request > limit) {
            run.error(`${path}.requests`, (0, fields_1.invalid)(requests[name], `must be less than or equal to ${name} limit of ${String(limits[name])}`));
        }
    }
}
//# sourceMappingURL=pod-spec.js.map