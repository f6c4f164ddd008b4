/**
 * The types of every CanaryService prop, nested ones included, checked before any is used: plain JavaScript callers
 * have no compiler, and a wrong type must be a clear error naming the prop (`'stable.resources.cpu.request' must be
 * a Cpu ...`), never a TypeError from deep inside, a value silently dropped, or one written through into the output.
 * Ranges, formats and the enums the construct checks itself (protocol, imagePullPolicy) stay with the code that
 * uses each prop; this module only makes sure the rest get the right types.
 */
import { Duration, Size } from 'cdk8s';
import { PropErrors } from '../shared/prop-errors';
import {
  optionalArray, optionalBoolean, optionalEnum, optionalInstance, optionalNumber, optionalObject, optionalString,
  optionalStringMap, propsObject, unset,
} from '../shared/prop-types';
import { DataplaneMode } from '../security/modes';
import { RoutingApi } from '../routing/routing-api';
import { CanaryServiceVersion } from './canary-service-version';
import { EnvValue } from './env-value';
import { Probe } from './probe';
import { RouteMatch } from './route-match';
import { LoadBalancer, TlsMode } from './traffic-policy';

/** The props without null entries (null means "not set"), after checking every prop's type. */
export function checkCanaryServiceProps<T extends object>(errors: PropErrors, given: T): T {
  const props = propsObject(errors, given) as { [key: string]: unknown };
  if (props.stable === undefined) throw errors.mustBe('stable', 'the stable version ({ version, image, ... })', props.stable);
  props.stable = checkVersion(errors, 'stable', props.stable);
  if (props.canary !== undefined) props.canary = checkVersion(errors, 'canary', props.canary);
  optionalArray(errors, 'canaryMatches', props.canaryMatches,
    (prop, v) => optionalInstance(errors, prop, RouteMatch, 'a RouteMatch (e.g. RouteMatch.header(...))', v) ?? missing(errors, prop, 'a RouteMatch'));
  duration(errors, 'timeout', props.timeout);
  const retries = optionalObject(errors, 'retries', props.retries, 'a RetryPolicy ({ attempts, ... })');
  if (retries) {
    optionalNumber(errors, 'retries.attempts', retries.attempts);
    duration(errors, 'retries.perTryTimeout', retries.perTryTimeout);
    duration(errors, 'retries.backoff', retries.backoff);
    optionalArray(errors, 'retries.retryOn', retries.retryOn, (prop, v) => optionalString(errors, prop, v) ?? missing(errors, prop, 'a string'));
  }
  numbersAndDurations(errors, 'connectionPool', props.connectionPool,
    ['maxConnections', 'http1MaxPendingRequests', 'http2MaxRequests', 'maxRequestsPerConnection', 'maxRetries'], ['connectTimeout', 'idleTimeout']);
  numbersAndDurations(errors, 'outlierDetection', props.outlierDetection,
    ['consecutive5xxErrors', 'consecutiveGatewayErrors', 'maxEjectionPercent', 'minHealthPercent'], ['interval', 'baseEjectionTime']);
  optionalInstance(errors, 'loadBalancer', LoadBalancer, 'a LoadBalancer (e.g. LoadBalancer.leastRequest())', props.loadBalancer);
  optionalEnum(errors, 'tlsMode', 'TlsMode', TlsMode, props.tlsMode);
  const proxy = optionalObject(errors, 'proxyResources', props.proxyResources, 'a ProxyResources ({ cpuRequest, cpuLimit, memoryRequest, memoryLimit })');
  if (proxy) {
    for (const key of ['cpuRequest', 'cpuLimit']) cpu(errors, `proxyResources.${key}`, proxy[key], true);
    for (const key of ['memoryRequest', 'memoryLimit']) size(errors, `proxyResources.${key}`, proxy[key], true);
  }
  optionalString(errors, 'serviceAccountName', props.serviceAccountName);
  optionalEnum(errors, 'routingApi', 'RoutingApi', RoutingApi, props.routingApi);
  optionalEnum(errors, 'dataplane', 'DataplaneMode', DataplaneMode, props.dataplane);
  return props as T;
}

function missing(errors: PropErrors, prop: string, what: string): never {
  throw errors.mustBe(prop, what, undefined);
}

function duration(errors: PropErrors, prop: string, value: unknown): void {
  optionalInstance(errors, prop, Duration, 'a Duration (e.g. Duration.seconds(5))', value);
}

/**
 * A Cpu is recognized by its shape (one string `amount`), not its class: ours and every cdk8s-plus-NN's `Cpu` are
 * accepted (src/canary/resources.ts), and the library loads no cdk8s-plus at run time.
 */
function cpu(errors: PropErrors, prop: string, value: unknown, required = false): void {
  if (unset(value)) {
    if (required) missing(errors, prop, 'a Cpu');
    return;
  }
  if (typeof value !== 'object' || typeof (value as { amount?: unknown }).amount !== 'string') {
    throw errors.mustBe(prop, 'a Cpu (e.g. Cpu.millis(100))', value);
  }
}

function size(errors: PropErrors, prop: string, value: unknown, required = false): void {
  if (optionalInstance(errors, prop, Size, 'a Size (e.g. Size.mebibytes(64))', value) === undefined && required) missing(errors, prop, 'a Size');
}

function numbersAndDurations(errors: PropErrors, prop: string, value: unknown, numbers: string[], durations: string[]): void {
  const o = optionalObject(errors, prop, value);
  if (!o) return;
  for (const key of numbers) optionalNumber(errors, `${prop}.${key}`, o[key]);
  for (const key of durations) duration(errors, `${prop}.${key}`, o[key]);
}

/** One version's props, checked, without null entries. */
function checkVersion(errors: PropErrors, p: string, value: unknown): CanaryServiceVersion {
  const given = optionalObject(errors, p, value, 'a CanaryServiceVersion ({ version, image, ... })');
  if (!given) throw errors.mustBe(p, 'a CanaryServiceVersion ({ version, image, ... })', value);
  const v: { [key: string]: unknown } = {};
  for (const key of Object.keys(given)) if (given[key] !== null) v[key] = given[key];
  optionalNumber(errors, `${p}.replicas`, v.replicas);
  const resources = optionalObject(errors, `${p}.resources`, v.resources, 'a ContainerResources ({ cpu: { request, limit }, memory: { request, limit } })');
  if (resources) {
    const cpuRange = optionalObject(errors, `${p}.resources.cpu`, resources.cpu, 'a CpuResources ({ request, limit })');
    if (cpuRange) for (const key of ['request', 'limit']) cpu(errors, `${p}.resources.cpu.${key}`, cpuRange[key]);
    const memoryRange = optionalObject(errors, `${p}.resources.memory`, resources.memory, 'a MemoryResources ({ request, limit })');
    if (memoryRange) for (const key of ['request', 'limit']) size(errors, `${p}.resources.memory.${key}`, memoryRange[key]);
    optionalObject(errors, `${p}.resources.ephemeralStorage`, resources.ephemeralStorage);
  }
  const env = optionalObject(errors, `${p}.env`, v.env, 'a map of EnvValue');
  for (const key of Object.keys(env ?? {})) {
    const item = (env as { [key: string]: unknown })[key];
    if (!(item instanceof EnvValue)) throw errors.mustBe(`${p}.env.${key}`, 'an EnvValue (EnvValue.fromValue(...), fromSecret, fromConfigMap, fromPodField)', item);
  }
  for (const key of ['command', 'args']) {
    optionalArray(errors, `${p}.${key}`, v[key], (prop, item) => optionalString(errors, prop, item) ?? missing(errors, prop, 'a string'));
  }
  optionalArray(errors, `${p}.ports`, v.ports, (prop, item) => {
    const port = optionalObject(errors, prop, item, 'an ExtraContainerPort ({ number, name })') ?? missing(errors, prop, 'an ExtraContainerPort');
    optionalNumber(errors, `${prop}.number`, port.number);
    return optionalString(errors, `${prop}.name`, port.name);
  });
  for (const key of ['readiness', 'liveness', 'startup']) {
    optionalInstance(errors, `${p}.${key}`, Probe, 'a Probe (Probe.httpGet, tcp, grpc, exec or none)', v[key]);
  }
  optionalStringMap(errors, `${p}.podLabels`, v.podLabels);
  optionalStringMap(errors, `${p}.podAnnotations`, v.podAnnotations);
  const security = optionalObject(errors, `${p}.securityContext`, v.securityContext, 'a WorkloadSecurityOptions object');
  if (security) {
    for (const key of ['runAsNonRoot', 'readOnlyRootFilesystem']) optionalBoolean(errors, `${p}.securityContext.${key}`, security[key]);
    for (const key of ['runAsUser', 'runAsGroup']) optionalNumber(errors, `${p}.securityContext.${key}`, security[key]);
  }
  optionalBoolean(errors, `${p}.automountServiceAccountToken`, v.automountServiceAccountToken);
  optionalObject(errors, `${p}.proxyConfig`, v.proxyConfig);
  return v as unknown as CanaryServiceVersion;
}
