import { ApiObject } from 'cdk8s';
import type { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { ServiceProtocol } from './protocol';
import { ProxyResources } from './resources';
import { RetryPolicy } from './retry-policy';
import { RouteMatch } from './route-match';
import { ConnectionPoolSettings, LoadBalancer, OutlierDetectionSettings, TlsMode } from './traffic-policy';
import { CanaryServiceVersion } from './canary-service-version';
import { ExposeOptions, IIngressGateway } from '../routing/ingress-attachment';
import { RoutingApi } from '../routing/routing-api';
import { DataplaneMode } from '../shared/dataplane-mode';
import { Delivery } from '../delivery/delivery';
import { DeliveryController } from '../delivery/delivery-controller';
import { ControllerObjects } from '../delivery/render-delivery';
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
export declare class CanaryService extends Construct {
    /** Name of the VirtualService rule that sends matching requests to the canary. */
    static readonly MATCH_ROUTE_NAME = "canary-match";
    /** Name of the VirtualService catch-all rule that splits by weight. */
    static readonly SPLIT_ROUTE_NAME = "stable-canary-split";
    /** The Service name and mesh host. */
    readonly name: string;
    readonly port: number;
    readonly targetPort: number;
    readonly protocol: ServiceProtocol;
    readonly canaryWeight: number;
    /** Percentage of stable's requests copied to the canary (0 = no mirroring). */
    readonly canaryMirrorPercent: number;
    /** The stable version label / subset name. */
    readonly stableVersion: string;
    /** The canary version label / subset name; undefined without a canary. */
    readonly canaryVersion?: string;
    readonly canaryMatches: RouteMatch[];
    /** The Service `<name>` (undefined with Delivery.flagger(): Flagger creates it). */
    readonly service?: ApiObject;
    /** The Deployment `<name>-<stable version>` (undefined with a delivery controller: see `delivery`). */
    readonly stableDeployment?: ApiObject;
    /** The Deployment `<name>-<canary version>`; undefined without a canary. */
    readonly canaryDeployment?: ApiObject;
    /** The PodDisruptionBudget `<name>-<stable version>`; undefined with DisruptionBudget.none(). */
    readonly stableDisruptionBudget?: ApiObject;
    /** The PodDisruptionBudget `<name>-<canary version>`; undefined without a canary or with DisruptionBudget.none(). */
    readonly canaryDisruptionBudget?: ApiObject;
    /** The HorizontalPodAutoscaler `<name>-<stable version>`; undefined without `stable.autoscaling`. */
    readonly stableAutoscaler?: ApiObject;
    /** The HorizontalPodAutoscaler `<name>-<canary version>`; undefined without `canary.autoscaling`. */
    readonly canaryAutoscaler?: ApiObject;
    /** The retiring version label / subset name; undefined without one. */
    readonly retiringVersion?: string;
    /** The Deployment `<name>-<retiring version>`; undefined without one. */
    readonly retiringDeployment?: ApiObject;
    /** The API the routing is written in. */
    readonly routingApi: RoutingApi;
    /** The data plane of the service's namespace. */
    readonly dataplane: DataplaneMode;
    /** The DestinationRule `<name>` with the version subsets (RoutingApi.ISTIO). */
    readonly destinationRule?: ApiObject;
    /** The VirtualService `<name>` (RoutingApi.ISTIO). */
    readonly virtualService?: ApiObject;
    /** The HTTPRoute `<name>` attached to the Service (RoutingApi.GATEWAY_API). */
    readonly httpRoute?: ApiObject;
    /** The Services `<name>-<version>` that HTTPRoutes send to (RoutingApi.GATEWAY_API, or a Gateway API ingress). */
    readonly versionServices: ApiObject[];
    /** The DestinationRules `<name>-<version>` that carry the traffic policy to the version Services. */
    readonly versionDestinationRules: ApiObject[];
    /** The controller that moves the traffic. */
    readonly deliveryController: DeliveryController;
    /**
     * The controller's objects (Flagger: target Deployment, Canary, MetricTemplates; Argo: Rollout,
     * AnalysisTemplate); undefined with Delivery.static().
     */
    readonly delivery?: ControllerObjects;
    private readonly errors;
    private readonly namespace;
    private readonly ingress;
    private readonly ingressRoutes;
    private plan;
    constructor(scope: Construct, id: string, props: CanaryServiceProps);
    /**
     * Routes requests that arrive through an ingress gateway with the same split and match rules as in the mesh.
     * For an Istio `Gateway` (RoutingApi.ISTIO), the VirtualService binds to it and to the mesh, with the host
     * names added to its hosts; for a Gateway API `Gateway`, an HTTPRoute `<name>-<gateway>` attaches to it and
     * sends to the version Services. In ambient namespaces the Services get `istio.io/ingress-use-waypoint`, so
     * ingress traffic passes through the waypoint (and its policies) too.
     */
    exposeVia(gateway: IIngressGateway, options: ExposeOptions): void;
    private addIngress;
    /** The HTTPRoutes attached to Gateway API gateways with exposeVia(), in order. */
    get ingressHttpRoutes(): ApiObject[];
    private checkSingleVersion;
    /** The data plane: the prop, else what the app's StrictMtlsNamespace for this namespace declares. */
    private resolveDataplane;
    /**
     * At synth, with the whole app known: the namespace's data plane is still the one the routing was chosen
     * for, and an ambient namespace has a waypoint (ztunnel alone routes at L4 and would ignore every rule).
     */
    private checkDataplane;
    private dataplaneHint;
    private addVersionDestinationRules;
    /** The Services `<name>-<version>` that Gateway API routes send to. */
    private addVersionServices;
    private serviceJson;
    /**
     * `app`, plus in ambient namespaces the waypoint labels: `istio.io/use-waypoint` when the app has a waypoint
     * for the namespace that the Namespace itself does not name, `istio.io/ingress-use-waypoint` once exposed.
     */
    private serviceLabels;
    /** The waypoint the Services must name themselves (undefined when the Namespace label covers them, or none). */
    private serviceWaypoint;
    /** Pod annotations of one version, at synth: fixed ones plus the ProxyConfig other constructs registered. */
    private podAnnotations;
}
