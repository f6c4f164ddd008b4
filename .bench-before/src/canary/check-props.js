"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkCanaryServiceProps = checkCanaryServiceProps;
/**
 * The types of every CanaryService prop, nested ones included, checked before any is used: plain JavaScript callers
 * have no compiler, and a wrong type must be a clear error naming the prop (`'stable.resources.cpu.request' must be
 * a Cpu ...`), never a TypeError from deep inside, a value silently dropped, or one written through into the output.
 * Ranges, formats and the enums the construct checks itself (protocol, imagePullPolicy) stay with the code that
 * uses each prop; this module only makes sure the rest get the right types.
 */
const cdk8s_1 = require("cdk8s");
const prop_types_1 = require("../shared/prop-types");
const modes_1 = require("../security/modes");
const routing_api_1 = require("../routing/routing-api");
const env_value_1 = require("./env-value");
const probe_1 = require("./probe");
const route_match_1 = require("./route-match");
const traffic_policy_1 = require("./traffic-policy");
/** The props without null entries (null means "not set"), after checking every prop's type. */
function checkCanaryServiceProps(errors, given) {
    const props = (0, prop_types_1.propsObject)(errors, given);
    if (props.stable === undefined)
        throw errors.mustBe('stable', 'the stable version ({ version, image, ... })', props.stable);
    props.stable = checkVersion(errors, 'stable', props.stable);
    if (props.canary !== undefined)
        props.canary = checkVersion(errors, 'canary', props.canary);
    (0, prop_types_1.optionalArray)(errors, 'canaryMatches', props.canaryMatches, (prop, v) => (0, prop_types_1.optionalInstance)(errors, prop, route_match_1.RouteMatch, 'a RouteMatch (e.g. RouteMatch.header(...))', v) ?? missing(errors, prop, 'a RouteMatch'));
    duration(errors, 'timeout', props.timeout);
    const retries = (0, prop_types_1.optionalObject)(errors, 'retries', props.retries, 'a RetryPolicy ({ attempts, ... })');
    if (retries) {
        (0, prop_types_1.optionalNumber)(errors, 'retries.attempts', retries.attempts);
        duration(errors, 'retries.perTryTimeout', retries.perTryTimeout);
        duration(errors, 'retries.backoff', retries.backoff);
        (0, prop_types_1.optionalArray)(errors, 'retries.retryOn', retries.retryOn, (prop, v) => (0, prop_types_1.optionalString)(errors, prop, v) ?? missing(errors, prop, 'a string'));
    }
    numbersAndDurations(errors, 'connectionPool', props.connectionPool, ['maxConnections', 'http1MaxPendingRequests', 'http2MaxRequests', 'maxRequestsPerConnection', 'maxRetries'], ['connectTimeout', 'idleTimeout']);
    numbersAndDurations(errors, 'outlierDetection', props.outlierDetection, ['consecutive5xxErrors', 'consecutiveGatewayErrors', 'maxEjectionPercent', 'minHealthPercent'], ['interval', 'baseEjectionTime']);
    (0, prop_types_1.optionalInstance)(errors, 'loadBalancer', traffic_policy_1.LoadBalancer, 'a LoadBalancer (e.g. LoadBalancer.leastRequest())', props.loadBalancer);
    (0, prop_types_1.optionalEnum)(errors, 'tlsMode', 'TlsMode', traffic_policy_1.TlsMode, props.tlsMode);
    const proxy = (0, prop_types_1.optionalObject)(errors, 'proxyResources', props.proxyResources, 'a ProxyResources ({ cpuRequest, cpuLimit, memoryRequest, memoryLimit })');
    if (proxy) {
        for (const key of ['cpuRequest', 'cpuLimit'])
            cpu(errors, `proxyResources.${key}`, proxy[key], true);
        for (const key of ['memoryRequest', 'memoryLimit'])
            size(errors, `proxyResources.${key}`, proxy[key], true);
    }
    (0, prop_types_1.optionalString)(errors, 'serviceAccountName', props.serviceAccountName);
    (0, prop_types_1.optionalEnum)(errors, 'routingApi', 'RoutingApi', routing_api_1.RoutingApi, props.routingApi);
    (0, prop_types_1.optionalEnum)(errors, 'dataplane', 'DataplaneMode', modes_1.DataplaneMode, props.dataplane);
    return props;
}
function missing(errors, prop, what) {
    throw errors.mustBe(prop, what, undefined);
}
function duration(errors, prop, value) {
    (0, prop_types_1.optionalInstance)(errors, prop, cdk8s_1.Duration, 'a Duration (e.g. Duration.seconds(5))', value);
}
/**
 * A Cpu is recognized by its shape (one string `amount`), not its class: ours and every cdk8s-plus-NN's `Cpu` are
 * accepted (src/canary/resources.ts), and the library loads no cdk8s-plus at run time.
 */
function cpu(errors, prop, value, required = false) {
    if ((0, prop_types_1.unset)(value)) {
        if (required)
            missing(errors, prop, 'a Cpu');
        return;
    }
    if (typeof value !== 'object' || typeof value.amount !== 'string') {
        throw errors.mustBe(prop, 'a Cpu (e.g. Cpu.millis(100))', value);
    }
}
function size(errors, prop, value, required = false) {
    if ((0, prop_types_1.optionalInstance)(errors, prop, cdk8s_1.Size, 'a Size (e.g. Size.mebibytes(64))', value) === undefined && required)
        missing(errors, prop, 'a Size');
}
function numbersAndDurations(errors, prop, value, numbers, durations) {
    const o = (0, prop_types_1.optionalObject)(errors, prop, value);
    if (!o)
        return;
    for (const key of numbers)
        (0, prop_types_1.optionalNumber)(errors, `${prop}.${key}`, o[key]);
    for (const key of durations)
        duration(errors, `${prop}.${key}`, o[key]);
}
/** One version's props, checked, without null entries. */
function checkVersion(errors, p, value) {
    const given = (0, prop_types_1.optionalObject)(errors, p, value, 'a CanaryServiceVersion ({ version, image, ... })');
    if (!given)
        throw errors.mustBe(p, 'a CanaryServiceVersion ({ version, image, ... })', value);
    const v = {};
    for (const key of Object.keys(given))
        if (given[key] !== null)
            v[key] = given[key];
    (0, prop_types_1.optionalNumber)(errors, `${p}.replicas`, v.replicas);
    const resources = (0, prop_types_1.optionalObject)(errors, `${p}.resources`, v.resources, 'a ContainerResources ({ cpu: { request, limit }, memory: { request, limit } })');
    if (resources) {
        const cpuRange = (0, prop_types_1.optionalObject)(errors, `${p}.resources.cpu`, resources.cpu, 'a CpuResources ({ request, limit })');
        if (cpuRange)
            for (const key of ['request', 'limit'])
                cpu(errors, `${p}.resources.cpu.${key}`, cpuRange[key]);
        const memoryRange = (0, prop_types_1.optionalObject)(errors, `${p}.resources.memory`, resources.memory, 'a MemoryResources ({ request, limit })');
        if (memoryRange)
            for (const key of ['request', 'limit'])
                size(errors, `${p}.resources.memory.${key}`, memoryRange[key]);
        (0, prop_types_1.optionalObject)(errors, `${p}.resources.ephemeralStorage`, resources.ephemeralStorage);
    }
    const env = (0, prop_types_1.optionalObject)(errors, `${p}.env`, v.env, 'a map of EnvValue');
    for (const key of Object.keys(env ?? {})) {
        const item = env[key];
        if (!(item instanceof env_value_1.EnvValue))
            throw errors.mustBe(`${p}.env.${key}`, 'an EnvValue (EnvValue.fromValue(...), fromSecret, fromConfigMap, fromPodField)', item);
    }
    for (const key of ['command', 'args']) {
        (0, prop_types_1.optionalArray)(errors, `${p}.${key}`, v[key], (prop, item) => (0, prop_types_1.optionalString)(errors, prop, item) ?? missing(errors, prop, 'a string'));
    }
    (0, prop_types_1.optionalArray)(errors, `${p}.ports`, v.ports, (prop, item) => {
        const port = (0, prop_types_1.optionalObject)(errors, prop, item, 'an ExtraContainerPort ({ number, name })') ?? missing(errors, prop, 'an ExtraContainerPort');
        (0, prop_types_1.optionalNumber)(errors, `${prop}.number`, port.number);
        return (0, prop_types_1.optionalString)(errors, `${prop}.name`, port.name);
    });
    for (const key of ['readiness', 'liveness', 'startup']) {
        (0, prop_types_1.optionalInstance)(errors, `${p}.${key}`, probe_1.Probe, 'a Probe (Probe.httpGet, tcp, grpc, exec or none)', v[key]);
    }
    (0, prop_types_1.optionalStringMap)(errors, `${p}.podLabels`, v.podLabels);
    (0, prop_types_1.optionalStringMap)(errors, `${p}.podAnnotations`, v.podAnnotations);
    const security = (0, prop_types_1.optionalObject)(errors, `${p}.securityContext`, v.securityContext, 'a WorkloadSecurityOptions object');
    if (security) {
        for (const key of ['runAsNonRoot', 'readOnlyRootFilesystem'])
            (0, prop_types_1.optionalBoolean)(errors, `${p}.securityContext.${key}`, security[key]);
        for (const key of ['runAsUser', 'runAsGroup'])
            (0, prop_types_1.optionalNumber)(errors, `${p}.securityContext.${key}`, security[key]);
    }
    (0, prop_types_1.optionalBoolean)(errors, `${p}.automountServiceAccountToken`, v.automountServiceAccountToken);
    (0, prop_types_1.optionalObject)(errors, `${p}.proxyConfig`, v.proxyConfig);
    return v;
}
//# sourceMappingURL=check-props.js.map