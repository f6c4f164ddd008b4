/**
 * The types of the CanaryService-level props, checked before any is used: plain JavaScript callers have no compiler,
 * and a wrong type must be a clear error naming the prop (`'retries.retryOn[0]' must be a string ...`), never a
 * TypeError from deep inside, a value silently dropped, or one written through into the output. Ranges, formats and
 * the enums the construct checks itself (protocol) stay with the code that uses each prop. The versions' pod spec
 * props (`stable.resources.cpu.request`, ...) are checked in one pass where they are rendered (version-workload.ts);
 * here each version is only made a props object without null entries.
 */
import { Duration } from 'cdk8s';
import { PropErrors } from '../shared/prop-errors';
import {
  optionalArray, optionalEnum, optionalInstance, optionalNumber, optionalObject, optionalString, propsObject,
} from '../shared/prop-types';
import { DataplaneMode } from '../security/modes';
import { RoutingApi } from '../routing/routing-api';
import { CanaryServiceVersion } from './canary-service-version';
import { cpuType, sizeType } from './quantities';
import { RouteMatch } from './route-match';
import { LoadBalancer, TlsMode } from './traffic-policy';

/** The props without null entries (null means "not set"), after checking every prop's type. */
export function checkCanaryServiceProps<T extends object>(errors: PropErrors, given: T): T {
  const props = propsObject(errors, given) as { [key: string]: unknown };
  if (props.stable === undefined) throw errors.mustBe('stable', 'the stable version ({ version, image, ... })', props.stable);
  props.stable = versionObject(errors, 'stable', props.stable);
  for (const role of ['canary', 'retiring']) if (props[role] !== undefined) props[role] = versionObject(errors, role, props[role]);
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
    for (const key of ['cpuRequest', 'cpuLimit']) cpuType(errors, `proxyResources.${key}`, proxy[key], true);
    for (const key of ['memoryRequest', 'memoryLimit']) sizeType(errors, `proxyResources.${key}`, proxy[key], true);
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

function numbersAndDurations(errors: PropErrors, prop: string, value: unknown, numbers: string[], durations: string[]): void {
  const o = optionalObject(errors, prop, value);
  if (!o) return;
  for (const key of numbers) optionalNumber(errors, `${prop}.${key}`, o[key]);
  for (const key of durations) duration(errors, `${prop}.${key}`, o[key]);
}

/**
 * One version's props object without its null entries (null means "not set"), before anything reads it. The pod
 * spec fields inside are checked where they are rendered (version-workload.ts and the modules it calls), type and
 * range together, so each has one check.
 */
function versionObject(errors: PropErrors, p: string, value: unknown): CanaryServiceVersion {
  const given = optionalObject(errors, p, value, 'a CanaryServiceVersion ({ version, image, ... })');
  if (!given) throw errors.mustBe(p, 'a CanaryServiceVersion ({ version, image, ... })', value);
  const v: { [key: string]: unknown } = {};
  for (const key of Object.keys(given)) if (given[key] !== null) v[key] = given[key];
  return v as unknown as CanaryServiceVersion;
}
