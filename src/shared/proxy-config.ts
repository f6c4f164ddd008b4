import { IConstruct } from 'constructs';

/**
 * Pod-level proxy settings travel from the construct that owns them (e.g. BufferedAccessLogging's flush
 * settings) to the workloads this library creates (e.g. CanaryService's Deployments) through this registry,
 * so neither area imports the other. Sources register on the app; workloads ask at render time, which makes
 * the result independent of construction order.
 */
export interface IProxyConfigSource {
  /**
   * The ProxyConfig fields (e.g. `{ fileFlushInterval: '1s' }`) this source wants on pods with these labels in
   * this namespace, or undefined when the pods are out of its scope.
   */
  proxyConfigFor(namespace: string | undefined, podLabels: { [key: string]: string }): { [field: string]: unknown } | undefined;
}

export { PROXY_CONFIG_ANNOTATION } from '../validation/util/istio-names';

const sources = new WeakMap<IConstruct, IProxyConfigSource[]>();

export function registerProxyConfigSource(scope: IConstruct, source: IProxyConfigSource): void {
  const root = scope.node.root;
  const list = sources.get(root) ?? [];
  list.push(source);
  sources.set(root, list);
}

/** Merged ProxyConfig fields for a pod, or undefined when no source applies. Later sources win per field. */
export function proxyConfigFor(scope: IConstruct, namespace: string | undefined, podLabels: { [key: string]: string }):
{ [field: string]: unknown } | undefined {
  let merged: { [field: string]: unknown } | undefined;
  for (const source of sources.get(scope.node.root) ?? []) {
    const fields = source.proxyConfigFor(namespace, podLabels);
    if (fields) merged = { ...(merged ?? {}), ...fields };
  }
  return merged;
}

/** The `proxy.istio.io/config` annotation value for a ProxyConfig fragment (JSON is valid YAML). */
export function renderProxyConfigAnnotation(fields: { [field: string]: unknown }): string {
  return JSON.stringify(fields);
}
