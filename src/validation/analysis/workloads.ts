/** Facts about one pod or pod template that several analyzers ask. */
import { Workload } from './model';
import { asArray, asObject, StringMap } from './resource';
import { DATAPLANE_MODE_LABEL, INJECTION_LABEL, MeshMode, podInjectValue, SIDECAR_INJECT } from './namespaces';

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

/**
 * Istio's in-mesh rule (analyzers/util/in_mesh.go): an istio-proxy container, else the pod's own inject label, then
 * annotation, else its namespace's `istio-injection=enabled`; ambient-captured pods count too. Revision labels do
 * not count. `namespaceLabels` undefined = the Namespace is not in the inputs: in an open world the pod may well be
 * in the mesh, so it counts.
 */
export function isInMesh(w: Workload, namespaceLabels: StringMap | undefined, closedWorld: boolean): boolean {
  if (hasProxyContainer(w) || w.annotations['ambient.istio.io/redirection'] === 'enabled') return true;
  const own = w.labels[SIDECAR_INJECT] ?? w.annotations[SIDECAR_INJECT];
  if (own !== undefined) return own === 'true';
  if (namespaceLabels === undefined) return !closedWorld;
  return namespaceLabels[INJECTION_LABEL] === 'enabled' || namespaceLabels[DATAPLANE_MODE_LABEL] === 'ambient';
}
