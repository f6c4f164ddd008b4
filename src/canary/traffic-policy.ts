import { Duration } from 'cdk8s';
import { FactoryArgs } from '../shared/prop-types';
import { istioDurationOrZero } from '../shared/durations';
import { PropErrors } from '../shared/prop-errors';
import { cookieNameError, headerNameError } from './http-names';
import {
  DestinationRuleSpecTrafficPolicyLoadBalancer,
  DestinationRuleSpecTrafficPolicyLoadBalancerSimple,
} from '../../imports/istio-networking.istio.io';

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
    new FactoryArgs('LoadBalancer.consistentHashByHeader').string('name', name);
    return new LoadBalancer(Balancer.HEADER, name);
  }

  /**
   * Pins clients to a pod by cookie `name`; the sidecar sets it when absent (with `ttl`; 0 = session cookie).
   * @param ttl default: no cookie is generated, only an existing one is hashed
   */
  public static consistentHashByCookie(name: string, ttl?: Duration): LoadBalancer {
    const args = new FactoryArgs('LoadBalancer.consistentHashByCookie');
    args.string('name', name);
    ttl = args.optionalInstance('ttl', Duration, 'a Duration (e.g. Duration.hours(1))', ttl);
    return new LoadBalancer(Balancer.COOKIE, name, ttl);
  }

  public static consistentHashBySourceIp(): LoadBalancer {
    return new LoadBalancer(Balancer.SOURCE_IP);
  }

  public static consistentHashByQueryParameter(name: string): LoadBalancer {
    new FactoryArgs('LoadBalancer.consistentHashByQueryParameter').string('name', name);
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
