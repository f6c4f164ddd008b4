/** Facts about one pod or pod template that several analyzers ask. */
import { Workload } from './model';
import { asArray, asObject } from './resource';
import { DATAPLANE_MODE_LABEL, MeshMode, podInjectValue } from './namespaces';

const PROXY_CONTAINER = 'istio-proxy';

/** Whether the pod spec already carries the istio-proxy container (injected pod, or native sidecar). */
export function hasProxyContainer(w: Workload): boolean {
  for (const list of [w.podSpec.containers, w.podSpec.initContainers]) {
    for (const c of asArray(list)) if (asObject(c).name === PROXY_CONTAINER) return true;
  }
  return false;
}

export function usesHostNetwork(w: Workload): boolean {
  return w.podSpec.hostNetwork === true;
}

/** Field path of the pod metadata (labels/annotations) inside the object. */
export function podMetadataPath(w: Workload): string {
  return w.templatePath ? `${w.templatePath}.metadata` : 'metadata';
}

/** Whether a pod in a namespace of the given mode is captured by ztunnel rather than given a sidecar. */
export function isAmbientWorkload(w: Workload, namespaceMode: MeshMode | undefined): boolean {
  if (w.annotations['ambient.istio.io/redirection'] === 'enabled') return true;
  if (hasProxyContainer(w) || podInjectValue(w.labels, w.annotations) === 'true') return false;
  const own = w.labels[DATAPLANE_MODE_LABEL];
  if (own !== undefined) return own === 'ambient';
  return namespaceMode === MeshMode.AMBIENT;
}

/** Whether any pod runs from this workload (a template with `replicas: 0` runs none). */
export function runsPods(w: Workload): boolean {
  return w.replicas !== 0;
}
