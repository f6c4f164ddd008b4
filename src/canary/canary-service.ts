import { ApiObject, Chart, Lazy } from 'cdk8s';
import type { Duration } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { istioDuration } from './durations';
import { checkInteger, PropErrors } from '../shared/prop-errors';
import { DestinationRuleSpecJson, HttpRouteJson, ServiceJson, VirtualServiceSpecJson } from './emitted-json';
import { ServiceProtocol } from './protocol';
import { proxyResourceAnnotations } from './quantities';
import { ProxyResources } from './resources';
import { renderRetries } from './render-retries';
import { RetryPolicy } from './retry-policy';
import { RouteMatch } from './route-match';
import { renderTrafficPolicy } from './render-traffic-policy';
import { ConnectionPoolSettings, LoadBalancer, OutlierDetectionSettings, TlsMode } from './traffic-policy';
import { CanaryServiceVersion } from './canary-service-version';
import { emitVersion, ISTIO_RESERVED_PORTS, RenderedVersion, renderVersion } from './version-workload';
import { DestinationRule, VirtualService, VirtualServiceSpecTcp } from '../../imports/istio-networking.istio.io';
import { isEnumValue } from '../shared/enum-check';
import { IstioVersion } from '../shared/istio-version';
import { plainApiObject } from '../shared/plain-api-object';
import { PROXY_CONFIG_ANNOTATION, proxyConfigFor, renderProxyConfigAnnotation } from '../shared/proxy-config';
import { MeshValidation } from '../synth/mesh-validation';
import { dns1123LabelError, dns1123SubdomainError } from '../validation/util/names';

/** Props of a CanaryService. */
export interface CanaryServiceProps {
  /** The Service name, the mesh host of the routing rules and the `app` label (a DNS-1035 label). */
  readonly name: string;
  /**
   * The Service port.
   * @default 80
   */
  readonly port?: number;
  /**
   * The container port behind the Service port.
   * @default - the value of `port`
   */
  readonly targetPort?: number;
  /**
   * The protocol on the port (names the port and sets `appProtocol`, which Istio reads).
   * @default ServiceProtocol.HTTP
   */
  readonly protocol?: ServiceProtocol;
  /** The version that gets the traffic the canary does not get. */
  readonly stable: CanaryServiceVersion;
  /** The version under test. */
  readonly canary: CanaryServiceVersion;
  /**
   * Percentage (integer 0..100) of the requests that match none of `canaryMatches` sent to the canary.
   * 0 keeps everything on stable; 100 is a full promotion.
   * @default 0
   */
  readonly canaryWeight?: number;
  /**
   * Percentage (0..100, decimals allowed) of the requests stable serves that the sidecars also copy to the
   * canary, whose responses are discarded ("shadow traffic"; HTTP protocols only). Needs `canaryWeight` 0,
   * because Istio mirrors every request of the rule, including those the canary already serves. Mirrored
   * requests repeat their side effects on the canary.
   * @default - no mirroring
   */
  readonly canaryMirrorPercent?: number;
  /**
   * Requests that match any of these go to the canary whatever the weight (with TCP only source labels and
   * source namespace can be matched).
   * @default - none
   */
  readonly canaryMatches?: RouteMatch[];
  /**
   * Timeout of each request (at least 1 ms, whole milliseconds; HTTP protocols only).
   * @default - no timeout (Istio's default)
   */
  readonly timeout?: Duration;
  /**
   * Retries by the client sidecars (HTTP protocols only).
   * @default - Istio's default retry policy (2 attempts)
   */
  readonly retries?: RetryPolicy;
  /**
   * Connection and request limits per client sidecar.
   * @default - Istio's defaults
   */
  readonly connectionPool?: ConnectionPoolSettings;
  /**
   * Ejection of failing pods from load balancing.
   * @default - Istio's defaults
   */
  readonly outlierDetection?: OutlierDetectionSettings;
  /**
   * Load balancing across the pods of a version.
   * @default - Istio's default (least request)
   */
  readonly loadBalancer?: LoadBalancer;
  /**
   * TLS mode the client sidecars use to reach this service.
   * @default - auto mTLS (Istio mutual TLS to pods with sidecars)
   */
  readonly tlsMode?: TlsMode;
  /**
   * Sidecar CPU and memory requests and limits for every pod (all four `sidecar.istio.io/proxy*` annotations).
   * @default - the mesh's injection defaults
   */
  readonly proxyResources?: ProxyResources;
  /**
   * Service account of both versions' pods (their mesh identity for AuthorizationPolicy). Not created here.
   * @default - the namespace's "default" service account
   */
  readonly serviceAccountName?: string;
}

/**
 * A service with a stable and a canary version behind one Kubernetes Service, where the Istio sidecars do the
 * split: requests matching `canaryMatches` go to the canary, the rest by `canaryWeight` percent.
 *
 * Emits, in the chart's namespace: Service `<name>` (selects `app: <name>`), Deployments `<name>-<stable>`
 * and `<name>-<canary>` with a PodDisruptionBudget each (and a HorizontalPodAutoscaler each with `autoscaling`),
 * DestinationRule `<name>` (one subset per version) and VirtualService `<name>`.
 */
export class CanaryService extends Construct {
  /** Name of the VirtualService rule that sends matching requests to the canary. */
  public static readonly MATCH_ROUTE_NAME = 'canary-match';
  /** Name of the VirtualService catch-all rule that splits by weight. */
  public static readonly SPLIT_ROUTE_NAME = 'stable-canary-split';

  /** The Service name and mesh host. */
  public readonly name: string;
  public readonly port: number;
  public readonly targetPort: number;
  public readonly protocol: ServiceProtocol;
  public readonly canaryWeight: number;
  /** Percentage of stable's requests copied to the canary (0 = no mirroring). */
  public readonly canaryMirrorPercent: number;
  /** The stable version label / subset name. */
  public readonly stableVersion: string;
  /** The canary version label / subset name. */
  public readonly canaryVersion: string;
  public readonly canaryMatches: RouteMatch[];
  /** The Service `<name>`. */
  public readonly service: ApiObject;
  /** The Deployment `<name>-<stable version>`. */
  public readonly stableDeployment: ApiObject;
  /** The Deployment `<name>-<canary version>`. */
  public readonly canaryDeployment: ApiObject;
  /** The PodDisruptionBudget `<name>-<stable version>`; undefined with DisruptionBudget.none(). */
  public readonly stableDisruptionBudget?: ApiObject;
  /** The PodDisruptionBudget `<name>-<canary version>`; undefined with DisruptionBudget.none(). */
  public readonly canaryDisruptionBudget?: ApiObject;
  /** The HorizontalPodAutoscaler `<name>-<stable version>`; undefined without `stable.autoscaling`. */
  public readonly stableAutoscaler?: ApiObject;
  /** The HorizontalPodAutoscaler `<name>-<canary version>`; undefined without `canary.autoscaling`. */
  public readonly canaryAutoscaler?: ApiObject;
  /** The DestinationRule `<name>`. */
  public readonly destinationRule: ApiObject;
  /** The VirtualService `<name>`. */
  public readonly virtualService: ApiObject;

  public constructor(scope: Construct, id: string, props: CanaryServiceProps) {
    super(scope, id);
    MeshValidation.enable(this);
    const name = props?.name;
    const errors = new PropErrors('CanaryService', name);
    const nameError = typeof name === 'string' ? dns1123LabelError(name) : 'name must be a string';
    if (nameError) throw errors.invalid('name', `${nameError}; it names the Service, so it must also start with a letter`);
    if (!/^[a-z]/.test(name)) throw errors.mustBe('name', 'a DNS-1035 label starting with a letter (it names a Service)', name);
    this.name = name;

    this.port = checkInteger(errors, 'port', props.port ?? 80, 1, 65535);
    this.targetPort = checkInteger(errors, 'targetPort', props.targetPort ?? this.port, 1, 65535);
    if (ISTIO_RESERVED_PORTS.includes(this.targetPort)) {
      throw errors.mustBe('targetPort', `a port the sidecar does not use (not ${ISTIO_RESERVED_PORTS.join(', ')})`, this.targetPort);
    }
    this.protocol = props.protocol ?? ServiceProtocol.HTTP;
    if (!isEnumValue(ServiceProtocol, this.protocol)) {
      throw errors.mustBe('protocol', 'ServiceProtocol.HTTP, HTTP2, GRPC or TCP', this.protocol);
    }
    const http = isHttpProtocol(this.protocol);
    this.canaryWeight = checkInteger(errors, 'canaryWeight', props.canaryWeight ?? 0, 0, 100);
    this.canaryMirrorPercent = props.canaryMirrorPercent ?? 0;
    if (typeof this.canaryMirrorPercent !== 'number' || !(this.canaryMirrorPercent >= 0 && this.canaryMirrorPercent <= 100)) {
      throw errors.mustBe('canaryMirrorPercent', 'a number from 0 to 100', this.canaryMirrorPercent);
    }
    if (this.canaryMirrorPercent > 0 && !http) throw errors.mustBe('canaryMirrorPercent', '0 with protocol TCP (Istio mirrors HTTP requests only)', this.canaryMirrorPercent);
    if (this.canaryMirrorPercent > 0 && this.canaryWeight !== 0) {
      throw errors.mustBe('canaryMirrorPercent', `0 when 'canaryWeight' is not 0 (${this.canaryWeight}): Istio would also mirror the requests the canary serves`,
        this.canaryMirrorPercent);
    }
    if (props.serviceAccountName !== undefined) {
      const saError = typeof props.serviceAccountName === 'string' ? dns1123SubdomainError(props.serviceAccountName) : 'must be a string';
      if (saError) throw errors.invalid('serviceAccountName', saError);
    }

    const matches = props.canaryMatches ?? [];
    if (!Array.isArray(matches)) throw errors.mustBe('canaryMatches', 'a list of RouteMatch', matches);
    matches.forEach((m, i) => {
      if (!(m instanceof RouteMatch)) throw errors.mustBe(`canaryMatches[${i}]`, 'a RouteMatch (e.g. RouteMatch.header(...))', m);
      const error = m._error(http);
      if (error) throw errors.invalid(`canaryMatches[${i}]`, error);
    });
    this.canaryMatches = [...matches];
    if (!http && props.timeout !== undefined) throw errors.mustBe('timeout', `left out with protocol TCP (Istio has no TCP request timeout)`, 'a timeout');
    if (!http && props.retries !== undefined) throw errors.mustBe('retries', `left out with protocol TCP (Istio retries HTTP requests only)`, 'a retry policy');
    const timeout = props.timeout === undefined ? undefined : istioDuration(errors, 'timeout', props.timeout);
    const retries = props.retries === undefined ? undefined : renderRetries(errors, props.retries, IstioVersion.of(this));
    const trafficPolicy = renderTrafficPolicy(errors, props, http);
    const proxyAnnotations = props.proxyResources === undefined ? {} : proxyResourceAnnotations(errors, props.proxyResources);

    const portName = portNameFor(this.protocol);
    const ctx = { app: name, targetPort: this.targetPort, portName, serviceAccountName: props.serviceAccountName, proxyAnnotations };
    const stableAnnotations = Lazy.any({ produce: () => this.podAnnotations(stable) });
    const canaryAnnotations = Lazy.any({ produce: () => this.podAnnotations(canary) });
    const stable = renderVersion(errors, { ...ctx, role: 'stable', defaultReplicas: 2 }, props.stable, stableAnnotations);
    const canary = renderVersion(errors, { ...ctx, role: 'canary', defaultReplicas: 1 }, props.canary, canaryAnnotations);
    if (stable.version === canary.version) {
      throw errors.mustBe('canary.version', `different from 'stable.version' (${JSON.stringify(stable.version)})`, canary.version);
    }
    this.stableVersion = stable.version;
    this.canaryVersion = canary.version;

    const service: ServiceJson = {
      metadata: { name, labels: { app: name } },
      spec: {
        selector: { app: name },
        ports: [{
          name: portName,
          port: this.port,
          targetPort: this.targetPort,
          protocol: 'TCP',
          appProtocol: portName,
        }],
      },
    };
    // Plain ApiObjects typed by the generated L1 types, not L1 instances: see plainApiObject for why.
    this.service = plainApiObject(this, 'Service', k8s.KubeService.GVK, service);
    const stableObjects = emitVersion(this, 'Stable', stable);
    const canaryObjects = emitVersion(this, 'Canary', canary);
    this.stableDeployment = stableObjects.deployment;
    this.canaryDeployment = canaryObjects.deployment;
    this.stableDisruptionBudget = stableObjects.disruptionBudget;
    this.canaryDisruptionBudget = canaryObjects.disruptionBudget;
    this.stableAutoscaler = stableObjects.autoscaler;
    this.canaryAutoscaler = canaryObjects.autoscaler;

    const destinationRule: DestinationRuleSpecJson = {
      host: name,
      subsets: [
        { name: stable.version, labels: { version: stable.version } },
        { name: canary.version, labels: { version: canary.version } },
      ],
      ...(trafficPolicy ? { trafficPolicy } : {}),
    };
    this.destinationRule = plainApiObject(this, 'DestinationRule', DestinationRule.GVK, { metadata: { name }, spec: destinationRule });

    const toStable = { host: name, subset: stable.version };
    const toCanary = { host: name, subset: canary.version };
    const split = [
      { destination: toStable, weight: 100 - this.canaryWeight },
      { destination: toCanary, weight: this.canaryWeight },
    ];
    const virtualService: VirtualServiceSpecJson = http
      ? { hosts: [name], http: this.httpRules(toCanary, split, timeout, retries) }
      : { hosts: [name], tcp: this.tcpRules(toCanary, split) };
    this.virtualService = plainApiObject(this, 'VirtualService', VirtualService.GVK, { metadata: { name }, spec: virtualService });
  }

  private httpRules(toCanary: { host: string; subset: string }, split: { destination: { host: string; subset: string }; weight: number }[],
    timeout: string | undefined, retries: object | undefined): HttpRouteJson[] {
    const common = { ...(timeout ? { timeout } : {}), ...(retries ? { retries } : {}) };
    const rules: HttpRouteJson[] = [];
    if (this.canaryMatches.length > 0) {
      rules.push({
        name: CanaryService.MATCH_ROUTE_NAME,
        match: this.canaryMatches.map((m) => m._toHttpMatch()),
        route: [{ destination: toCanary }],
        ...common,
      });
    }
    const mirror = this.canaryMirrorPercent > 0
      ? { mirror: toCanary, mirrorPercentage: { value: this.canaryMirrorPercent } }
      : {};
    rules.push({ name: CanaryService.SPLIT_ROUTE_NAME, route: split, ...mirror, ...common });
    return rules;
  }

  private tcpRules(toCanary: { host: string; subset: string }, split: { destination: { host: string; subset: string }; weight: number }[]): VirtualServiceSpecTcp[] {
    const rules: VirtualServiceSpecTcp[] = [];
    if (this.canaryMatches.length > 0) {
      rules.push({ match: this.canaryMatches.map((m) => m._toTcpMatch()), route: [{ destination: toCanary }] });
    }
    rules.push({ route: split });
    return rules;
  }

  /** Pod annotations of one version, at synth: fixed ones plus the ProxyConfig other constructs registered. */
  private podAnnotations(v: RenderedVersion): { [key: string]: string } | undefined {
    const fromSources = proxyConfigFor(this, Chart.of(this).namespace, v.podLabels);
    const proxyConfig = fromSources || v.proxyConfig ? { ...fromSources, ...v.proxyConfig } : undefined;
    if (!proxyConfig && Object.keys(v.staticAnnotations).length === 0) return undefined;
    return {
      ...v.staticAnnotations,
      ...(proxyConfig ? { [PROXY_CONFIG_ANNOTATION]: renderProxyConfigAnnotation(proxyConfig) } : {}),
    };
  }
}

/** True for the protocols Istio routes per request (header, URI, retries, timeouts). */
function isHttpProtocol(protocol: ServiceProtocol): boolean {
  return protocol !== ServiceProtocol.TCP;
}

/**
 * The Service port name and `appProtocol` for a protocol. Istio reads `appProtocol` first and then the port
 * name prefix; both carry the same recognised protocol name, so every Istio release and `istioctl analyze`
 * (IST0118) agree on it.
 */
function portNameFor(protocol: ServiceProtocol): string {
  return protocol;
}
