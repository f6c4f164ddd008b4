import { IConstruct } from 'constructs';
import { IProxyConfigSource, MeshState } from './mesh-state';

/*
 * Pod-level proxy settings travel from the construct that owns them (e.g. BufferedAccessLogging's flush settings)
 * to the workloads this library creates (e.g. CanaryService's Deployments) through the app's MeshState, so neither
 * area imports the other. Sources register on construction; workloads ask at render time, which makes the result
 * independent of construction order.
 */

export type { IProxyConfigSource } from './mesh-state';
export { PROXY_CONFIG_ANNOTATION } from '../validation/util/istio-names';

export function registerProxyConfigSource(scope: IConstruct, source: IProxyConfigSource): void {
  MeshState.of(scope).addProxyConfigSource(source);
}

/** Merged ProxyConfig fields for a pod, or undefined when no source applies. Later sources win per field. */
export function proxyConfigFor(scope: IConstruct, namespace: string | undefined, podLabels: { [key: string]: string }):
{ [field: string]: unknown } | undefined {
  return MeshState.find(scope)?.proxyConfigFor(podLabels, namespace);
}

/** The `proxy.istio.io/config` annotation value for a ProxyConfig fragment (JSON is valid YAML). */
export function renderProxyConfigAnnotation(fields: { [field: string]: unknown }): string {
  return JSON.stringify(fields);
}
