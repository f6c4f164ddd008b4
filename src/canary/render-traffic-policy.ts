import type { Duration } from 'cdk8s';
import { istioDuration } from '../shared/durations';
import { isEnumValue } from '../shared/enum-check';
import { checkInteger, PropErrors } from '../shared/prop-errors';
import { ConnectionPoolSettings, LoadBalancer, OutlierDetectionSettings, TlsMode } from './traffic-policy';
import { OutlierDetectionJson, TrafficPolicyJson } from './emitted-json';
import {
  DestinationRuleSpecTrafficPolicyConnectionPool,
  DestinationRuleSpecTrafficPolicyTlsMode,
} from '../../imports/istio-networking.istio.io';

const INT32_MAX = 2147483647;
const UINT32_MAX = 4294967295;

/** Inputs of the DestinationRule traffic policy, as CanaryServiceProps carries them. */
export interface TrafficPolicyInputs {
  readonly connectionPool?: ConnectionPoolSettings;
  readonly outlierDetection?: OutlierDetectionSettings;
  readonly loadBalancer?: LoadBalancer;
  readonly tlsMode?: TlsMode;
}

/** The DestinationRule trafficPolicy, or undefined when nothing is set (istiod rejects an empty one). */
export function renderTrafficPolicy(errors: PropErrors, inputs: TrafficPolicyInputs, http: boolean): TrafficPolicyJson | undefined {
  const policy: { -readonly [K in keyof TrafficPolicyJson]: TrafficPolicyJson[K] } = {};
  if (inputs.connectionPool !== undefined) policy.connectionPool = renderConnectionPool(errors, inputs.connectionPool);
  if (inputs.outlierDetection !== undefined) policy.outlierDetection = renderOutlierDetection(errors, inputs.outlierDetection);
  if (inputs.loadBalancer !== undefined) policy.loadBalancer = inputs.loadBalancer._toIstio(errors, 'loadBalancer', http);
  if (inputs.tlsMode !== undefined) {
    if (!isEnumValue(TlsMode, inputs.tlsMode)) throw errors.mustBe('tlsMode', 'TlsMode.ISTIO_MUTUAL or TlsMode.DISABLE', inputs.tlsMode);
    policy.tls = { mode: inputs.tlsMode === TlsMode.DISABLE ? DestinationRuleSpecTrafficPolicyTlsMode.DISABLE : DestinationRuleSpecTrafficPolicyTlsMode.ISTIO_UNDERSCORE_MUTUAL };
  }
  return Object.keys(policy).length > 0 ? policy : undefined;
}

function renderConnectionPool(errors: PropErrors, c: ConnectionPoolSettings): DestinationRuleSpecTrafficPolicyConnectionPool {
  const count = (field: keyof ConnectionPoolSettings, max: number) =>
    c[field] === undefined ? undefined : checkInteger(errors, `connectionPool.${field}`, c[field] as number, 0, max);
  const duration = (field: 'connectTimeout' | 'idleTimeout') =>
    c[field] === undefined ? undefined : istioDuration(errors, `connectionPool.${field}`, c[field] as Duration);
  const tcp = compact({ maxConnections: count('maxConnections', INT32_MAX), connectTimeout: duration('connectTimeout') });
  const httpPool = compact({
    http1MaxPendingRequests: count('http1MaxPendingRequests', INT32_MAX),
    http2MaxRequests: count('http2MaxRequests', INT32_MAX),
    maxRequestsPerConnection: count('maxRequestsPerConnection', INT32_MAX),
    maxRetries: count('maxRetries', INT32_MAX),
    idleTimeout: duration('idleTimeout'),
  });
  if (!tcp && !httpPool) throw errors.mustBe('connectionPool', 'a ConnectionPoolSettings with at least one field set', c);
  return { ...(tcp ? { tcp } : {}), ...(httpPool ? { http: httpPool } : {}) };
}

function renderOutlierDetection(errors: PropErrors, o: OutlierDetectionSettings): OutlierDetectionJson {
  const int = (field: keyof OutlierDetectionSettings, max: number) =>
    o[field] === undefined ? undefined : checkInteger(errors, `outlierDetection.${field}`, o[field] as number, 0, max);
  const duration = (field: 'interval' | 'baseEjectionTime') =>
    o[field] === undefined ? undefined : istioDuration(errors, `outlierDetection.${field}`, o[field] as Duration);
  const out = compact({
    consecutive5xxErrors: int('consecutive5xxErrors', UINT32_MAX),
    consecutiveGatewayErrors: int('consecutiveGatewayErrors', UINT32_MAX),
    interval: duration('interval'),
    baseEjectionTime: duration('baseEjectionTime'),
    maxEjectionPercent: int('maxEjectionPercent', 100),
    minHealthPercent: int('minHealthPercent', 100),
  });
  if (!out) throw errors.mustBe('outlierDetection', 'an OutlierDetectionSettings with at least one field set', o);
  return out;
}

/** The object without its undefined fields, or undefined when none is left. */
function compact<T extends object>(obj: T): T | undefined {
  const out: { [key: string]: unknown } = {};
  for (const [key, value] of Object.entries(obj)) if (value !== undefined) out[key] = value;
  return Object.keys(out).length > 0 ? (out as T) : undefined;
}
