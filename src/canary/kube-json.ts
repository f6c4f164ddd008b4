/**
 * The Kubernetes objects CanaryService writes, as the plain JSON they render to.
 *
 * They go through a plain cdk8s `ApiObject` carrying the L1 class's GVK (`k8s.KubeDeployment.GVK`, ...), not through
 * `new k8s.KubeDeployment(...)`: the L1 classes render like an ApiObject and then walk and copy the whole object a
 * second time (`toJson_KubeDeploymentProps` and its nested conversions), only to unwrap `Quantity` / `IntOrString`
 * values. With thousands of services that second pass costs as much as all of our validation, for the same YAML.
 * So the values are plain here from the start, and the types are cdk8s-plus-28's k8s types except where those wrap
 * a value in a class.
 */
import { ApiObject, GroupVersionKind } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';

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

export interface ContainerJson extends Omit<k8s.Container, 'resources' | 'readinessProbe' | 'livenessProbe' | 'startupProbe'> {
  readonly resources?: ResourcesJson;
  readonly readinessProbe?: ProbeJson;
  readonly livenessProbe?: ProbeJson;
  readonly startupProbe?: ProbeJson;
}

export interface DeploymentJson {
  readonly metadata: k8s.ObjectMeta;
  readonly spec: Omit<k8s.DeploymentSpec, 'template'> & {
    readonly template: {
      readonly metadata: k8s.ObjectMeta;
      readonly spec: Omit<k8s.PodSpec, 'containers'> & { readonly containers: ContainerJson[] };
    };
  };
}

export interface ServicePortJson extends Omit<k8s.ServicePort, 'targetPort'> {
  readonly targetPort: number;
}

export interface ServiceJson {
  readonly metadata: k8s.ObjectMeta;
  readonly spec: Omit<k8s.ServiceSpec, 'ports'> & { readonly ports: ServicePortJson[] };
}

/** An ApiObject of kind `gvk` (an L1 class's static GVK) whose metadata and spec are already plain JSON. */
export function kubeObject(scope: Construct, id: string, gvk: GroupVersionKind, body: DeploymentJson | ServiceJson): ApiObject {
  return new ApiObject(scope, id, { apiVersion: gvk.apiVersion, kind: gvk.kind, metadata: body.metadata, spec: body.spec });
}
