import { ApiObject, Chart, Lazy } from 'cdk8s';
import type { Duration } from 'cdk8s';
import * as k8s from '../../imports/k8s';
import { Construct } from 'constructs';
import { istioMillis } from '../shared/durations';
import { checkInteger, PropErrors } from '../shared/prop-errors';
import { ServiceJson } from './emitted-json';
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
import { DestinationRule, VirtualService } from '../../imports/istio-networking.istio.io';
import { RoutingPlan } from '../routing/plan';
import { renderIstio } from '../routing/istio-renderer';
import { GatewayApiRouting, ingressRouteName, renderGatewayApi, versionServiceName } from '../routing/gateway-api-renderer';
import { HTTP_ROUTE_GVK } from '../routing/gateway-api-json';
import { checkAttachment, ExposeOptions, IIngressGateway, IngressAttachment } from '../routing/ingress-attachment';
import { namespaceFacts } from '../routing/namespace-facts';
import { RoutingApi } from '../routing/routing-api';
import { DataplaneMode } from '../shared/dataplane-mode';
import { enumChoices, isEnumValue } from '../shared/enum-check';
import { IstioVersion } from '../shared/istio-version';
import { plainApiObject } from '../shared/plain-api-object';
import { PROXY_CONFIG_ANNOTATION, proxyConfigFor, renderProxyConfigAnnotation } from '../shared/proxy-config';
import { MeshValidation } from '../synth/mesh-validation';
import { INGRESS_USE_WAYPOINT_LABEL, USE_WAYPOINT_LABEL } from '../validation/util/istio-names';
import { dns1123LabelError, dns1123SubdomainError, isDns1035Label } from '../validation/util/names';
import { Delivery } from '../delivery/delivery';
import { DeliveryController } from '../delivery/delivery-controller';
import { checkControlled, checkControlledAttachment } from '../delivery/controlled-props';
import { ControllerObjects, renderDelivery } from '../delivery/render-delivery';
import { checkCanaryServiceProps } from './check-props';

/** Where `kubectl apply` puts objects of a chart without a namespace. */
const DEFAULT_NAMESPACE = 'default';

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
  /**
   * The version under test. Without it the service runs `stable` alone: every request goes to stable through the
   * same routing objects (a one-subset DestinationRule and a one-destination VirtualService, or an HTTPRoute to
   * the one version Service), so adding a canary later changes routes only.
   * @default - no canary
   */
  readonly canary?: CanaryServiceVersion;
  /**
   * The version a promotion just replaced, kept for one more release: its Deployment and its subset (with
   * RoutingApi.GATEWAY_API its version Service) stay, but no route sends to it. Routes written before the apply
   * may still use it until the new routes land, so removing it in the same release as the promotion drops
   * requests (`cdk8s-istio check-transition` reports that); remove it in the next release. See CanaryPromotion.
   * @default - none
   */
  readonly retiring?: CanaryServiceVersion;
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
  /**
   * The API that carries the routing: RoutingApi.ISTIO (VirtualService + DestinationRule subsets) or
   * RoutingApi.GATEWAY_API (HTTPRoute on the Service, one Service `<name>-<version>` per version).
   * @default - RoutingApi.GATEWAY_API in ambient namespaces, RoutingApi.ISTIO in sidecar ones
   */
  readonly routingApi?: RoutingApi;
  /**
   * The data plane of the chart's namespace.
   * @default - the `dataplane` of the app's StrictMtlsNamespace for that namespace, else DataplaneMode.SIDECAR
   */
  readonly dataplane?: DataplaneMode;
  /**
   * Who moves the canary's traffic: the routing objects with the props' weights (Delivery.static()), or a
   * progressive-delivery controller that steps the weight up and promotes or rolls back on Istio's metrics
   * (Delivery.flagger(), Delivery.argoRollouts()). With a controller, 'canaryWeight' and 'canaryMirrorPercent'
   * stay 0 (the delivery props give the steps), there is no 'retiring' version, and the routing is Istio's.
   * @default Delivery.static()
   */
  readonly delivery?: Delivery;
}

/**
 * A service with a stable and a canary version behind one Kubernetes Service, where the mesh does the split:
 * requests matching `canaryMatches` go to the canary, the rest by `canaryWeight` percent.
 *
 * Emits, in the chart's namespace: Service `<name>` (selects `app: <name>`), Deployments `<name>-<stable>`
 * and `<name>-<canary>` with a PodDisruptionBudget each (and a HorizontalPodAutoscaler each with `autoscaling`), and the routing: with RoutingApi.ISTIO, DestinationRule `<name>` (one subset per
 * version) and VirtualService `<name>`; with RoutingApi.GATEWAY_API, Services `<name>-<version>`, HTTPRoute
 * `<name>` attached to the Service, and DestinationRules `<name>-<version>` when a traffic policy is set.
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
  /** The canary version label / subset name; undefined without a canary. */
  public readonly canaryVersion?: string;
  public readonly canaryMatches: RouteMatch[];
  /** The Service `<name>` (undefined with Delivery.flagger(): Flagger creates it). */
  public readonly service?: ApiObject;
  /** The Deployment `<name>-<stable version>` (undefined with a delivery controller: see `delivery`). */
  public readonly stableDeployment?: ApiObject;
  /** The Deployment `<name>-<canary version>`; undefined without a canary. */
  public readonly canaryDeployment?: ApiObject;
  /** The PodDisruptionBudget `<name>-<stable version>`; undefined with DisruptionBudget.none(). */
  public readonly stableDisruptionBudget?: ApiObject;
  /** The PodDisruptionBudget `<name>-<canary version>`; undefined without a canary or with DisruptionBudget.none(). */
  public readonly canaryDisruptionBudget?: ApiObject;
  /** The HorizontalPodAutoscaler `<name>-<stable version>`; undefined without `stable.autoscaling`. */
  public readonly stableAutoscaler?: ApiObject;
  /** The HorizontalPodAutoscaler `<name>-<canary version>`; undefined without `canary.autoscaling`. */
  public readonly canaryAutoscaler?: ApiObject;
  /** The retiring version label / subset name; undefined without one. */
  public readonly retiringVersion?: string;
  /** The Deployment `<name>-<retiring version>`; undefined without one. */
  public readonly retiringDeployment?: ApiObject;
  /** The API the routing is written in. */
  public readonly routingApi: RoutingApi;
  /** The data plane of the service's namespace. */
  public readonly dataplane: DataplaneMode;
  /** The DestinationRule `<name>` with the version subsets (RoutingApi.ISTIO). */
  public readonly destinationRule?: ApiObject;
  /** The VirtualService `<name>` (RoutingApi.ISTIO). */
  public readonly virtualService?: ApiObject;
  /** The HTTPRoute `<name>` attached to the Service (RoutingApi.GATEWAY_API). */
  public readonly httpRoute?: ApiObject;
  /** The Services `<name>-<version>` that HTTPRoutes send to (RoutingApi.GATEWAY_API, or a Gateway API ingress). */
  public readonly versionServices: ApiObject[] = [];
  /** The DestinationRules `<name>-<version>` that carry the traffic policy to the version Services. */
  public readonly versionDestinationRules: ApiObject[] = [];
  /** The controller that moves the traffic. */
  public readonly deliveryController: DeliveryController;
  /**
   * The controller's objects (Flagger: target Deployment, Canary, MetricTemplates; Argo: Rollout,
   * AnalysisTemplate); undefined with Delivery.static().
   */
  public readonly delivery?: ControllerObjects;

  private readonly errors: PropErrors;
  private readonly namespace: string;
  private readonly ingress: IngressAttachment[] = [];
  private readonly ingressRoutes = new Map<string, ApiObject>();
  private plan: RoutingPlan;

  public constructor(scope: Construct, id: string, props: CanaryServiceProps) {
    super(scope, id);
    MeshValidation.enable(this);
    const name = props?.name;
    const errors = PropErrors.forConstruct('CanaryService', id);
    const nameError = typeof name === 'string' ? dns1123LabelError(name) : 'name must be a string';
    if (nameError) throw errors.invalid('name', `${nameError}; it names the Service, so it must also start with a letter`);
    if (!isDns1035Label(name)) throw errors.mustBe('name', 'a DNS-1035 label starting with a letter (it names a Service)', name);
    this.name = name;
    props = checkCanaryServiceProps(errors, props);

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

    const delivery = props.delivery ?? Delivery.static();
    if (!(delivery instanceof Delivery)) throw errors.mustBe('delivery', 'Delivery.static(), Delivery.flagger(...) or Delivery.argoRollouts(...)', delivery);
    this.deliveryController = delivery.controller;
    const progression = delivery.controller === DeliveryController.STATIC ? undefined : delivery._progression(errors);
    if (progression) checkControlled(errors, props, delivery.controller);

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
    const timeoutMillis = props.timeout === undefined ? undefined : istioMillis(errors, 'timeout', props.timeout);
    const retries = props.retries === undefined ? undefined : renderRetries(errors, props.retries, IstioVersion.of(this));
    const trafficPolicy = renderTrafficPolicy(errors, props, http);
    const proxyAnnotations = props.proxyResources === undefined ? {} : proxyResourceAnnotations(errors, props.proxyResources);
    if (props.canary === undefined) this.checkSingleVersion(errors);
    this.errors = errors;
    this.namespace = Chart.of(this).namespace ?? DEFAULT_NAMESPACE;
    this.dataplane = this.resolveDataplane(props.dataplane);
    // Flagger (provider istio) and Argo's Istio integration both route with VirtualServices.
    this.routingApi = props.routingApi ?? (this.dataplane === DataplaneMode.AMBIENT && !progression ? RoutingApi.GATEWAY_API : RoutingApi.ISTIO);
    if (!isEnumValue(RoutingApi, this.routingApi)) throw errors.mustBe('routingApi', enumChoices('RoutingApi', RoutingApi), this.routingApi);

    const portName = portNameFor(this.protocol);
    const ctx = { app: name, targetPort: this.targetPort, portName, serviceAccountName: props.serviceAccountName, proxyAnnotations };
    const stableAnnotations = Lazy.any({ produce: () => this.podAnnotations(stable) });
    const canaryAnnotations = Lazy.any({ produce: () => this.podAnnotations(canary as RenderedVersion) });
    const stable = renderVersion(errors, { ...ctx, role: 'stable', defaultReplicas: 2 }, props.stable, stableAnnotations);
    const canary = props.canary === undefined ? undefined
      : renderVersion(errors, { ...ctx, role: 'canary', defaultReplicas: 1 }, props.canary, canaryAnnotations);
    if (canary && stable.version === canary.version) {
      throw errors.mustBe('canary.version', `different from 'stable.version' (${JSON.stringify(stable.version)})`, canary.version);
    }
    this.stableVersion = stable.version;
    this.canaryVersion = canary?.version;
    const retiringAnnotations = Lazy.any({ produce: () => this.podAnnotations(retiring as RenderedVersion) });
    const retiring = props.retiring === undefined ? undefined
      : renderVersion(errors, { ...ctx, role: 'retiring', defaultReplicas: 1 }, props.retiring, retiringAnnotations);
    if (retiring && [stable.version, canary?.version].includes(retiring.version)) {
      throw errors.mustBe('retiring.version', `different from the versions that get traffic (${JSON.stringify(stable.version)}` +
        `${canary ? ` and ${JSON.stringify(canary.version)}` : ''})`, retiring.version);
    }
    this.retiringVersion = retiring?.version;

    // Plain ApiObjects typed by the generated L1 types, not L1 instances: see plainApiObject for why.
    // Flagger creates the Services itself; Argo and the static routing need the one Service `<name>`.
    if (delivery.controller !== DeliveryController.FLAGGER) {
      this.service = plainApiObject(this, 'Service', k8s.KubeService.GVK, this.serviceJson(name, { app: name }, portName));
    }
    if (!progression) {
      const stableObjects = emitVersion(this, 'Stable', stable);
      const canaryObjects = canary && emitVersion(this, 'Canary', canary);
      const retiringObjects = retiring && emitVersion(this, 'Retiring', retiring);
      this.stableDeployment = stableObjects.deployment;
      this.stableDisruptionBudget = stableObjects.disruptionBudget;
      this.stableAutoscaler = stableObjects.autoscaler;
      this.canaryDeployment = canaryObjects?.deployment;
      this.canaryDisruptionBudget = canaryObjects?.disruptionBudget;
      this.canaryAutoscaler = canaryObjects?.autoscaler;
      this.retiringDeployment = retiringObjects?.deployment;
    }

    this.plan = {
      service: name,
      port: this.port,
      http,
      // A retiring version has a subset (or version Service) and no route: the plan's split never names it.
      versions: [stable.version, ...(canary ? [canary.version] : []), ...(retiring ? [retiring.version] : [])],
      rules: canary && this.canaryMatches.length > 0
        ? [{ name: CanaryService.MATCH_ROUTE_NAME, matches: this.canaryMatches, version: canary.version }]
        : [],
      splitName: CanaryService.SPLIT_ROUTE_NAME,
      split: canary
        ? [{ version: stable.version, weight: 100 - this.canaryWeight }, { version: canary.version, weight: this.canaryWeight }]
        : [{ version: stable.version, weight: 100 }],
      ...(canary && this.canaryMirrorPercent > 0 ? { mirror: { version: canary.version, percent: this.canaryMirrorPercent } } : {}),
      ...(timeoutMillis !== undefined ? { timeoutMillis } : {}),
      ...(retries ? { retries } : {}),
      ...(trafficPolicy ? { trafficPolicy } : {}),
      ingress: this.ingress,
    };
    if (progression) {
      // The newest version is the controller's target: Flagger and Argo keep the running one as primary/stable.
      this.delivery = renderDelivery(this, errors, {
        plan: this.plan, portName, targetPort: this.targetPort, matches: this.canaryMatches, dataplane: this.dataplane,
        progression, namespace: this.namespace, workload: canary ?? stable, serviceLabels: () => this.serviceLabels(),
      });
      this.virtualService = this.delivery.virtualService;
      this.destinationRule = this.delivery.destinationRule;
    } else if (this.routingApi === RoutingApi.ISTIO) {
      // Rendered at synth, so that gateways added with exposeVia() join the same objects.
      this.destinationRule = plainApiObject(this, 'DestinationRule', DestinationRule.GVK,
        { metadata: { name }, spec: Lazy.any({ produce: () => renderIstio(this.plan).destinationRule }) as unknown as object });
      this.virtualService = plainApiObject(this, 'VirtualService', VirtualService.GVK,
        { metadata: { name }, spec: Lazy.any({ produce: () => renderIstio(this.plan).virtualService }) as unknown as object });
    } else {
      const routing = renderGatewayApi(errors, this.plan);
      this.addVersionServices(portName);
      this.httpRoute = plainApiObject(this, 'HTTPRoute', HTTP_ROUTE_GVK, { metadata: { name }, spec: routing.routes[0].spec });
      this.addVersionDestinationRules(routing.destinationRules);
    }
    this.node.addValidation({ validate: () => this.checkDataplane() });
  }

  /**
   * Routes requests that arrive through an ingress gateway with the same split and match rules as in the mesh.
   * For an Istio `Gateway` (RoutingApi.ISTIO), the VirtualService binds to it and to the mesh, with the host
   * names added to its hosts; for a Gateway API `Gateway`, an HTTPRoute `<name>-<gateway>` attaches to it and
   * sends to the version Services. In ambient namespaces the Services get `istio.io/ingress-use-waypoint`, so
   * ingress traffic passes through the waypoint (and its policies) too.
   */
  public exposeVia(gateway: IIngressGateway, options: ExposeOptions): void {
    const attachment = checkAttachment(this.errors, gateway, options, this.plan);
    const parent = attachment.parentRef;
    if (this.deliveryController !== DeliveryController.STATIC) checkControlledAttachment(this.errors, this.deliveryController, attachment);
    if (parent) {
      const routeName = ingressRouteName(this.name, attachment);
      if (this.ingressRoutes.has(routeName)) {
        throw this.errors.about('exposeVia', `cannot attach twice to a Gateway named "${parent.name}" (HTTPRoute "${routeName}" exists)`);
      }
      const trial = renderGatewayApi(this.errors, { ...this.plan, ingress: [attachment] });
      this.addIngress(attachment);
      if (this.versionServices.length === 0) {
        // RoutingApi.ISTIO: the gateway's route sends to the version Services, which need the traffic policy too.
        this.addVersionServices(portNameFor(this.protocol));
        this.addVersionDestinationRules(trial.destinationRules);
      }
      const route = trial.routes[1];
      this.ingressRoutes.set(routeName, plainApiObject(this, `HTTPRoute-${routeName}`, HTTP_ROUTE_GVK, { metadata: { name: routeName }, spec: route.spec }));
      return;
    }
    if (this.routingApi !== RoutingApi.ISTIO) {
      throw this.errors.about('exposeVia', `needs a Gateway API gateway with 'routingApi' ${this.routingApi === RoutingApi.GATEWAY_API ? 'RoutingApi.GATEWAY_API' : this.routingApi}: ` +
        `the Istio Gateway "${attachment.istioGateway}" would need a VirtualService next to the HTTPRoute for the same service; ` +
        "use an IngressGateway (Gateway API) or 'routingApi' RoutingApi.ISTIO");
    }
    if (this.ingress.some((a) => a.istioGateway === attachment.istioGateway)) {
      throw this.errors.about('exposeVia', `already routes through the Istio Gateway "${attachment.istioGateway}"`);
    }
    this.addIngress(attachment);
  }

  private addIngress(attachment: IngressAttachment): void {
    this.ingress.push(attachment);
    if (this.dataplane !== DataplaneMode.AMBIENT) return;
    // Ingress gateways bypass the waypoint unless told otherwise; its policies should see ingress traffic too.
    for (const service of [...(this.service ? [this.service] : []), ...this.versionServices]) service.metadata.addLabel(INGRESS_USE_WAYPOINT_LABEL, 'true');
  }

  /** The HTTPRoutes attached to Gateway API gateways with exposeVia(), in order. */
  public get ingressHttpRoutes(): ApiObject[] {
    return [...this.ingressRoutes.values()];
  }

  private checkSingleVersion(errors: PropErrors): void {
    const without = "without a 'canary' version (add one to split traffic)";
    if (this.canaryWeight !== 0) throw errors.mustBe('canaryWeight', `0 ${without}`, this.canaryWeight);
    if (this.canaryMatches.length > 0) throw errors.mustBe('canaryMatches', `empty ${without}`, `${this.canaryMatches.length} matches`);
    if (this.canaryMirrorPercent !== 0) throw errors.mustBe('canaryMirrorPercent', `0 ${without}`, this.canaryMirrorPercent);
  }

  /** The data plane: the prop, else what the app's StrictMtlsNamespace for this namespace declares. */
  private resolveDataplane(prop: DataplaneMode | undefined): DataplaneMode {
    if (prop !== undefined && !isEnumValue(DataplaneMode, prop)) throw this.errors.mustBe('dataplane', enumChoices('DataplaneMode', DataplaneMode), prop);
    return prop ?? namespaceFacts(this, this.namespace).dataplane ?? DataplaneMode.SIDECAR;
  }

  /**
   * At synth, with the whole app known: the namespace's data plane is still the one the routing was chosen
   * for, and an ambient namespace has a waypoint (ztunnel alone routes at L4 and would ignore every rule).
   */
  private checkDataplane(): string[] {
    const facts = namespaceFacts(this, this.namespace);
    const who = this.errors.owner;
    if (facts.dataplane !== undefined && facts.dataplane !== this.dataplane) {
      return [`${who}: namespace "${this.namespace}" is ${facts.dataplane} (${facts.dataplaneSource}), but the routing was ` +
        `chosen for ${this.dataplane}: ${this.dataplaneHint()}`];
    }
    if (this.dataplane !== DataplaneMode.AMBIENT) return [];
    if (facts.waypoint !== undefined) {
      // With Flagger there is no Service here to label: the Canary gives Flagger's Services the labels.
      if (!this.service) return [];
      const labelled = this.service.metadata.getLabel(USE_WAYPOINT_LABEL);
      if (this.serviceWaypoint() === labelled) return [];
      return [`${who}: the Waypoint "${facts.waypoint}" of namespace "${this.namespace}" was added after the CanaryService, ` +
        `so its Services do not carry '${USE_WAYPOINT_LABEL}'; create the Waypoint first`];
    }
    return [`${who}: namespace "${this.namespace}" is ambient and has no waypoint, so nothing applies the ` +
      `${this.routingApi === RoutingApi.ISTIO ? 'VirtualService' : 'HTTPRoute'} (ztunnel routes at L4: both versions would get ` +
      "traffic by pod count); set 'waypoint: true' on its StrictMtlsNamespace or add a Waypoint in that namespace"];
  }

  private dataplaneHint(): string {
    return "create the StrictMtlsNamespace before the CanaryService, or set the CanaryService's 'dataplane' prop to match it";
  }

  private addVersionDestinationRules(rules: GatewayApiRouting['destinationRules']): void {
    for (const dr of rules) {
      this.versionDestinationRules.push(plainApiObject(this, `DestinationRule-${dr.name}`, DestinationRule.GVK, { metadata: { name: dr.name }, spec: dr.spec }));
    }
  }

  /** The Services `<name>-<version>` that Gateway API routes send to. */
  private addVersionServices(portName: string): void {
    for (const version of this.plan.versions) {
      const serviceName = versionServiceName(this.name, version);
      if (serviceName.length > 63) {
        throw this.errors.mustBe('name', `short enough that "${serviceName}" (the Service of version "${version}") has at most 63 characters`, this.name);
      }
      this.versionServices.push(plainApiObject(this, `Service-${version}`, k8s.KubeService.GVK,
        this.serviceJson(serviceName, { app: this.name, version }, portName)));
    }
  }

  private serviceJson(name: string, selector: { [key: string]: string }, portName: string): ServiceJson {
    return {
      metadata: { name, labels: this.serviceLabels() },
      spec: {
        selector,
        ports: [{ name: portName, port: this.port, targetPort: this.targetPort, protocol: 'TCP', appProtocol: portName }],
      },
    };
  }

  /**
   * `app`, plus in ambient namespaces the waypoint labels: `istio.io/use-waypoint` when the app has a waypoint
   * for the namespace that the Namespace itself does not name, `istio.io/ingress-use-waypoint` once exposed.
   */
  private serviceLabels(): { [key: string]: string } {
    const labels: { [key: string]: string } = { app: this.name };
    if (this.dataplane !== DataplaneMode.AMBIENT) return labels;
    const waypoint = this.serviceWaypoint();
    if (waypoint !== undefined) labels[USE_WAYPOINT_LABEL] = waypoint;
    if (this.ingress.length > 0) labels[INGRESS_USE_WAYPOINT_LABEL] = 'true';
    return labels;
  }

  /** The waypoint the Services must name themselves (undefined when the Namespace label covers them, or none). */
  private serviceWaypoint(): string | undefined {
    const facts = namespaceFacts(this, this.namespace);
    return facts.namespaceUsesWaypoint ? undefined : facts.waypoint;
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
