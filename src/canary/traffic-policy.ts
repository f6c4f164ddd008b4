import type { Duration } from 'cdk8s';
import { istioDuration, istioDurationOrZero } from './durations';
import { checkInteger, PropErrors } from './errors';
import { cookieNameError, headerNameError } from './http-names';
import {
  DestinationRuleSpecTrafficPolicy,
  DestinationRuleSpecTrafficPolicyConnectionPool,
  DestinationRuleSpecTrafficPolicyLoadBalancer,
  DestinationRuleSpecTrafficPolicyLoadBalancerSimple,
  DestinationRuleSpecTrafficPolicyOutlierDetection,
  DestinationRuleSpecTrafficPolicyTlsMode,
} from '../../imports/istio-networking.istio.io';

const INT32_MAX = 2147483647;
const UINT32_MAX = 4294967295;

/** Limits on connections and requests from each client sidecar to the service (DestinationRule connectionPool). */
export interface ConnectionPoolSettings {
  /**
   * Maximum HTTP/1.1 and TCP connections to the service per client sidecar.
   * @default - Istio's default (2^32-1)
   */
  readonly maxConnections?: number;
  /**
   * TCP connect timeout (at least 1 ms, whole milliseconds).
   * @default - Istio's default (10s)
   */
  readonly connectTimeout?: Duration;
  /**
   * Maximum requests queued while waiting for a connection.
   * @default - Istio's default (2^32-1)
   */
  readonly http1MaxPendingRequests?: number;
  /**
   * Maximum concurrent requests to the service.
   * @default - Istio's default (2^32-1)
   */
  readonly http2MaxRequests?: number;
  /**
   * Maximum requests per connection; 1 disables keep-alive.
   * @default - unlimited
   */
  readonly maxRequestsPerConnection?: number;
  /**
   * Maximum concurrent retries to the service.
   * @default - Istio's default (2^32-1)
   */
  readonly maxRetries?: number;
  /**
   * Idle time after which an upstream HTTP connection is closed (at least 1 ms, whole milliseconds).
   * @default - 1 hour (Envoy)
   */
  readonly idleTimeout?: Duration;
}

/** Ejection of unhealthy endpoints from the load-balancing pool (DestinationRule outlierDetection). */
export interface OutlierDetectionSettings {
  /**
   * Consecutive 5xx responses (or connect errors) before an endpoint is ejected; 0 turns this check off.
   * @default - Istio's default (5)
   */
  readonly consecutive5xxErrors?: number;
  /**
   * Consecutive 502/503/504 responses before an endpoint is ejected; 0 turns this check off.
   * @default - off
   */
  readonly consecutiveGatewayErrors?: number;
  /**
   * Time between ejection sweeps (at least 1 ms, whole milliseconds).
   * @default - Istio's default (10s)
   */
  readonly interval?: Duration;
  /**
   * Minimum ejection time, multiplied by the number of ejections (at least 1 ms, whole milliseconds).
   * @default - Istio's default (30s)
   */
  readonly baseEjectionTime?: Duration;
  /**
   * Maximum percentage (0..100) of endpoints that can be ejected at once.
   * @default - Istio's default (10)
   */
  readonly maxEjectionPercent?: number;
  /**
   * Outlier detection stays on while at least this percentage (0..100) of endpoints is healthy.
   * @default - Istio's default (0)
   */
  readonly minHealthPercent?: number;
}

/** mTLS between the client sidecars and this service (DestinationRule tls.mode). */
export enum TlsMode {
  /** Istio mutual TLS with the workload certificates (what auto mTLS already picks for sidecar pods). */
  ISTIO_MUTUAL = 'ISTIO_MUTUAL',
  /** Plain text. Breaks calls to pods whose namespace or mesh requires STRICT mTLS. */
  DISABLE = 'DISABLE',
}

enum Balancer { ROUND_ROBIN, LEAST_REQUEST, RANDOM, HEADER, COOKIE, SOURCE_IP, QUERY_PARAMETER }

/** How each client sidecar spreads requests over the pods of one version (DestinationRule loadBalancer). */
export class LoadBalancer {
  public static roundRobin(): LoadBalancer {
    return new LoadBalancer(Balancer.ROUND_ROBIN);
  }

  /** Istio's default. */
  public static leastRequest(): LoadBalancer {
    return new LoadBalancer(Balancer.LEAST_REQUEST);
  }

  public static random(): LoadBalancer {
    return new LoadBalancer(Balancer.RANDOM);
  }

  /**
   * The same value of header `name` reaches the same pod within a version (not the same version: the
   * canary weight is applied before hashing).
   */
  public static consistentHashByHeader(name: string): LoadBalancer {
    return new LoadBalancer(Balancer.HEADER, name);
  }

  /**
   * Pins clients to a pod by cookie `name`; the sidecar sets it when absent (with `ttl`; 0 = session cookie).
   * @param ttl default: no cookie is generated, only an existing one is hashed
   */
  public static consistentHashByCookie(name: string, ttl?: Duration): LoadBalancer {
    return new LoadBalancer(Balancer.COOKIE, name, ttl);
  }

  public static consistentHashBySourceIp(): LoadBalancer {
    return new LoadBalancer(Balancer.SOURCE_IP);
  }

  public static consistentHashByQueryParameter(name: string): LoadBalancer {
    return new LoadBalancer(Balancer.QUERY_PARAMETER, name);
  }

  private constructor(private readonly kind: Balancer, private readonly name?: string, private readonly ttl?: Duration) {}

  /** @internal */
  public _toIstio(errors: PropErrors, prop: string, http: boolean): DestinationRuleSpecTrafficPolicyLoadBalancer {
    const needsHttp = () => {
      if (!http) throw errors.mustBe(prop, 'round robin, least request, random or source-IP hashing with protocol TCP', Balancer[this.kind]);
    };
    switch (this.kind) {
      case Balancer.ROUND_ROBIN: return { simple: DestinationRuleSpecTrafficPolicyLoadBalancerSimple.ROUND_UNDERSCORE_ROBIN };
      case Balancer.LEAST_REQUEST: return { simple: DestinationRuleSpecTrafficPolicyLoadBalancerSimple.LEAST_UNDERSCORE_REQUEST };
      case Balancer.RANDOM: return { simple: DestinationRuleSpecTrafficPolicyLoadBalancerSimple.RANDOM };
      case Balancer.SOURCE_IP: return { consistentHash: { useSourceIp: true } };
      case Balancer.HEADER: {
        needsHttp();
        const error = headerNameError(this.name as string);
        if (error) throw errors.invalid(prop, error);
        return { consistentHash: { httpHeaderName: this.name } };
      }
      case Balancer.COOKIE: {
        needsHttp();
        const error = cookieNameError(this.name as string);
        if (error) throw errors.invalid(prop, error);
        const ttl = this.ttl === undefined ? undefined : istioDurationOrZero(errors, `${prop}.ttl`, this.ttl);
        return { consistentHash: { httpCookie: { name: this.name as string, ...(ttl === undefined ? {} : { ttl }) } } };
      }
      case Balancer.QUERY_PARAMETER:
        needsHttp();
        if (typeof this.name !== 'string' || this.name === '') throw errors.mustBe(prop, 'hashing on a non-empty query parameter name', this.name);
        return { consistentHash: { httpQueryParameterName: this.name } };
    }
  }
}

/** Inputs of the DestinationRule traffic policy, as CanaryServiceProps carries them. */
export interface TrafficPolicyInputs {
  readonly connectionPool?: ConnectionPoolSettings;
  readonly outlierDetection?: OutlierDetectionSettings;
  readonly loadBalancer?: LoadBalancer;
  readonly tlsMode?: TlsMode;
}

/** The DestinationRule trafficPolicy, or undefined when nothing is set (istiod rejects an empty one). */
export function renderTrafficPolicy(errors: PropErrors, inputs: TrafficPolicyInputs, http: boolean): DestinationRuleSpecTrafficPolicy | undefined {
  const policy: { -readonly [K in keyof DestinationRuleSpecTrafficPolicy]: DestinationRuleSpecTrafficPolicy[K] } = {};
  if (inputs.connectionPool !== undefined) policy.connectionPool = renderConnectionPool(errors, inputs.connectionPool);
  if (inputs.outlierDetection !== undefined) policy.outlierDetection = renderOutlierDetection(errors, inputs.outlierDetection);
  if (inputs.loadBalancer !== undefined) policy.loadBalancer = inputs.loadBalancer._toIstio(errors, 'loadBalancer', http);
  if (inputs.tlsMode !== undefined) {
    if (!Object.values(TlsMode).includes(inputs.tlsMode)) throw errors.mustBe('tlsMode', 'TlsMode.ISTIO_MUTUAL or TlsMode.DISABLE', inputs.tlsMode);
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

function renderOutlierDetection(errors: PropErrors, o: OutlierDetectionSettings): DestinationRuleSpecTrafficPolicyOutlierDetection {
  const int = (field: keyof OutlierDetectionSettings, max: number) =>
    o[field] === undefined ? undefined : checkInteger(errors, `outlierDetection.${field}`, o[field] as number, 0, max);
  const duration = (field: 'interval' | 'baseEjectionTime') =>
    o[field] === undefined ? undefined : istioDuration(errors, `outlierDetection.${field}`, o[field] as Duration);
  const out = compact({
    consecutive5XxErrors: int('consecutive5xxErrors', UINT32_MAX),
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
