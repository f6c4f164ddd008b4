"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cpuMillis = cpuMillis;
exports.memoryKibibytes = memoryKibibytes;
exports.cpuQuantity = cpuQuantity;
exports.memoryQuantity = memoryQuantity;
exports.containerResources = containerResources;
exports.proxyResourceAnnotations = proxyResourceAnnotations;
/** Kubernetes quantities for CPU and memory, checked, and the sidecar resource annotations. */
const cdk8s_1 = require("cdk8s");
const istio_names_1 = require("../validation/util/istio-names");
const resources_1 = require("./resources");
const CPU = /^(\d+(?:\.\d+)?|\.\d+)(m?)$/;
/** A CPU amount in whole millicores (Kubernetes keeps CPU to 1m precision). */
function cpuMillis(errors, prop, cpu) {
    const amount = typeof cpu?.amount === 'string' ? cpu.amount : String(cpu?.amount);
    const m = CPU.exec(amount);
    const millis = m ? Math.round(Number(m[1]) * (m[2] === 'm' ? 1 : 1000) * 1e6) / 1e6 : NaN;
    if (!Number.isInteger(millis) || millis < 1) {
        throw errors.mustBe(prop, 'a positive CPU amount in whole millicores (e.g. Cpu.millis(250), Cpu.units(1))', amount);
    }
    return millis;
}
/** A memory size in whole KiB. */
function memoryKibibytes(errors, prop, size) {
    let kib = NaN;
    try {
        kib = size.toKibibytes({ rounding: cdk8s_1.SizeRoundingBehavior.NONE });
    }
    catch {
        kib = NaN;
    }
    if (!Number.isInteger(kib) || kib < 1) {
        throw errors.mustBe(prop, 'a positive memory size in whole KiB (e.g. Size.mebibytes(256))', describeSize(size));
    }
    return kib;
}
function cpuQuantity(millis) {
    return millis % 1000 === 0 ? String(millis / 1000) : `${millis}m`;
}
function memoryQuantity(kib) {
    return kib % 1024 === 0 ? `${kib / 1024}Mi` : `${kib}Ki`;
}
/**
 * Container resources: each block the user gives (cpu, memory, ephemeralStorage) replaces the default block
 * as a whole, so a request is never paired with a default limit below it.
 */
function containerResources(errors, prop, given) {
    const cpu = given?.cpu ?? resources_1.DEFAULT_RESOURCES.cpu;
    const memory = given?.memory ?? resources_1.DEFAULT_RESOURCES.memory;
    const storage = given?.ephemeralStorage;
    const requests = {};
    const limits = {};
    const pair = (name, request, limit, render) => {
        if (request !== undefined && limit !== undefined && request > limit) {
            throw errors.mustBe(`${prop}.${name === 'ephemeral-storage' ? 'ephemeralStorage' : name}.request`, `at most the limit (${render(limit)})`, render(request));
        }
        if (request !== undefined)
            requests[name] = render(request);
        if (limit !== undefined)
            limits[name] = render(limit);
    };
    pair('cpu', cpu?.request && cpuMillis(errors, `${prop}.cpu.request`, cpu.request), cpu?.limit && cpuMillis(errors, `${prop}.cpu.limit`, cpu.limit), cpuQuantity);
    pair('memory', memory?.request && memoryKibibytes(errors, `${prop}.memory.request`, memory.request), memory?.limit && memoryKibibytes(errors, `${prop}.memory.limit`, memory.limit), memoryQuantity);
    pair('ephemeral-storage', storage?.request && memoryKibibytes(errors, `${prop}.ephemeralStorage.request`, storage.request), storage?.limit && memoryKibibytes(errors, `${prop}.ephemeralStorage.limit`, storage.limit), memoryQuantity);
    const out = {};
    if (Object.keys(requests).length > 0)
        out.requests = requests;
    if (Object.keys(limits).length > 0)
        out.limits = limits;
    return out;
}
/** The four `sidecar.istio.io/proxy*` pod annotations. */
function proxyResourceAnnotations(errors, given) {
    const cpuRequest = cpuMillis(errors, 'proxyResources.cpuRequest', given.cpuRequest);
    const cpuLimit = cpuMillis(errors, 'proxyResources.cpuLimit', given.cpuLimit);
    const memoryRequest = memoryKibibytes(errors, 'proxyResources.memoryRequest', given.memoryRequest);
    const memoryLimit = memoryKibibytes(errors, 'proxyResources.memoryLimit', given.memoryLimit);
    if (cpuRequest > cpuLimit)
        throw errors.mustBe('proxyResources.cpuRequest', `at most 'cpuLimit' (${cpuQuantity(cpuLimit)})`, cpuQuantity(cpuRequest));
    if (memoryRequest > memoryLimit) {
        throw errors.mustBe('proxyResources.memoryRequest', `at most 'memoryLimit' (${memoryQuantity(memoryLimit)})`, memoryQuantity(memoryRequest));
    }
    return {
        [istio_names_1.PROXY_CPU]: cpuQuantity(cpuRequest),
        [istio_names_1.PROXY_CPU_LIMIT]: cpuQuantity(cpuLimit),
        [istio_names_1.PROXY_MEMORY]: memoryQuantity(memoryRequest),
        [istio_names_1.PROXY_MEMORY_LIMIT]: memoryQuantity(memoryLimit),
    };
}
function describeSize(size) {
    try {
        return size.asString();
    }
    catch {
        return String(size);
    }
}
//# sourceMappingURL=quantities.js.map