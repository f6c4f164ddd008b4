/**
 * The JSON of the objects CanaryService writes through `plainApiObject` (see there for why not through the L1
 * classes). The types are the generated ones (imports/k8s.ts for Kubernetes, our slice of cdk8s-plus-28's
 * generated k8s module; imports/ for Istio) with two kinds of change, because no L1 conversion runs to fix the values up:
 * - values the L1 types wrap in a class (`Quantity`, `IntOrString`) are the plain strings and numbers the API
 *   server reads;
 * - fields whose generated name differs from the wire name (`consecutive5XxErrors` for `consecutive5xxErrors`,
 *   `hostIp` for `hostIP`, ...) carry the wire name, or are left out where CanaryService never sets them.
 */
import * as k8s from '../../imports/k8s';
import {
  DestinationRuleSpec, DestinationRuleSpecTrafficPolicy, DestinationRuleSpecTrafficPolicyOutlierDetection, VirtualServiceSpec,
  VirtualServiceSpecHttp,
} from '../../imports/istio-networking.istio.io';

/** Container resources: quantities as the strings the API server reads ("100m", "128Mi"). */
export interface ResourcesJson {
  readonly requests?: { [resource: string]: string };
  readonly limits?: { [resource: string]: string };
}

/** A probe whose HTTP and TCP ports are plain port numbers. */
export interface ProbeJson extends Omit<k8s.Probe, 'httpGet' | 'tcpSocket'> {
  readonly httpGet?: { readonly path: string; readonly port: number };
  readonly tcpSocket?: { readonly port: number };
}

export type ContainerPortJson = Omit<k8s.ContainerPort, 'hostIp'>;

/** A lifecycle handler; `sleep` (Kubernetes 1.30+) is missing from the 1.28 types. */
export interface LifecycleHandlerJson {
  readonly exec?: { readonly command: string[] };
  readonly httpGet?: { readonly path: string; readonly port: number };
  readonly sleep?: { readonly seconds: number };
}

export interface ContainerJson extends Omit<k8s.Container, 'ports' | 'resources' | 'readinessProbe' | 'livenessProbe' | 'startupProbe' | 'lifecycle'> {
  readonly ports?: ContainerPortJson[];
  readonly lifecycle?: { readonly preStop?: LifecycleHandlerJson };
  readonly resources?: ResourcesJson;
  readonly readinessProbe?: ProbeJson;
  readonly livenessProbe?: ProbeJson;
  readonly startupProbe?: ProbeJson;
}

/** A pod volume: `emptyDir.sizeLimit` is the quantity string. */
export interface VolumeJson extends Omit<k8s.Volume, 'emptyDir'> {
  readonly emptyDir?: { readonly medium?: string; readonly sizeLimit?: string };
}

export interface PodSpecJson extends Omit<k8s.PodSpec, 'containers' | 'initContainers' | 'volumes' | 'hostIpc' | 'hostPid' | 'setHostnameAsFqdn'> {
  readonly containers: ContainerJson[];
  readonly initContainers?: ContainerJson[];
  readonly volumes?: VolumeJson[];
}

/** A count of pods or a percentage ("25%"), as Deployment strategies and PodDisruptionBudgets take it. */
export type IntOrPercentJson = number | string;

export interface DeploymentStrategyJson {
  readonly type: string;
  readonly rollingUpdate?: { readonly maxSurge?: IntOrPercentJson; readonly maxUnavailable?: IntOrPercentJson };
}

export interface PodDisruptionBudgetJson {
  readonly metadata: k8s.ObjectMeta;
  readonly spec: {
    readonly selector: { readonly matchLabels: { [key: string]: string } };
    readonly minAvailable?: IntOrPercentJson;
    readonly maxUnavailable?: IntOrPercentJson;
  };
}

/** An autoscaling/v2 MetricTarget: quantities as the strings the API server reads. */
export interface MetricTargetJson {
  readonly type: string;
  readonly averageUtilization?: number;
  readonly averageValue?: string;
  readonly value?: string;
}

/** An autoscaling/v2 MetricSpec of the sources CanaryService writes. */
export interface MetricJson {
  readonly type: string;
  readonly resource?: { readonly name: string; readonly target: MetricTargetJson };
  readonly pods?: { readonly metric: { readonly name: string; readonly selector?: k8s.LabelSelector }; readonly target: MetricTargetJson };
  readonly object?: {
    readonly metric: { readonly name: string; readonly selector?: k8s.LabelSelector };
    readonly describedObject: { readonly apiVersion: string; readonly kind: string; readonly name: string };
    readonly target: MetricTargetJson;
  };
  readonly external?: { readonly metric: { readonly name: string; readonly selector?: k8s.LabelSelector }; readonly target: MetricTargetJson };
}

export interface HorizontalPodAutoscalerJson {
  readonly metadata: k8s.ObjectMeta;
  readonly spec: {
    readonly scaleTargetRef: { readonly apiVersion: string; readonly kind: string; readonly name: string };
    readonly minReplicas: number;
    readonly maxReplicas: number;
    readonly metrics: MetricJson[];
    readonly behavior?: {
      readonly scaleUp?: { readonly stabilizationWindowSeconds: number };
      readonly scaleDown?: { readonly stabilizationWindowSeconds: number };
    };
  };
}

export interface DeploymentJson {
  readonly metadata: k8s.ObjectMeta;
  readonly spec: Omit<k8s.DeploymentSpec, 'template' | 'strategy'> & {
    readonly strategy?: DeploymentStrategyJson;
    readonly template: { readonly metadata: k8s.ObjectMeta; readonly spec: PodSpecJson };
  };
}

export interface ServicePortJson extends Omit<k8s.ServicePort, 'targetPort'> {
  readonly targetPort: number;
}

export interface ServiceJson {
  readonly metadata: k8s.ObjectMeta;
  readonly spec: Omit<k8s.ServiceSpec, 'ports' | 'clusterIp' | 'loadBalancerIp'> & { readonly ports: ServicePortJson[] };
}

export interface OutlierDetectionJson extends Omit<DestinationRuleSpecTrafficPolicyOutlierDetection, 'consecutive5XxErrors'> {
  readonly consecutive5xxErrors?: number;
}

export interface TrafficPolicyJson extends Omit<DestinationRuleSpecTrafficPolicy, 'outlierDetection' | 'portLevelSettings'> {
  readonly outlierDetection?: OutlierDetectionJson;
}

export interface DestinationRuleSpecJson extends Omit<DestinationRuleSpec, 'trafficPolicy' | 'subsets'> {
  readonly subsets: { readonly name: string; readonly labels: { [key: string]: string } }[];
  readonly trafficPolicy?: TrafficPolicyJson;
}

export type HttpRouteJson = Omit<VirtualServiceSpecHttp, 'mirrorPercent'>;

export interface VirtualServiceSpecJson extends Omit<VirtualServiceSpec, 'http'> {
  readonly http?: HttpRouteJson[];
}
