/**
 * Namespace facts shared by the analyzers: which namespaces Istio's analyzers skip, and how a namespace's
 * labels put its pods into the mesh (sidecar injection, ambient) — ISTIO-FACTS §4.
 */
import { DATAPLANE_MODE_LABEL, INJECTION_LABEL, REVISION_LABEL, SIDECAR_INJECT } from '../util/istio-names';
import { StringMap } from './resource';

export { DATAPLANE_MODE_LABEL, INJECTION_LABEL, REVISION_LABEL, SIDECAR_INJECT };

/** Namespaces the injection webhook never touches and Istio's analyzers skip. */
const IGNORED_NAMESPACES = new Set(['kube-system', 'kube-public', 'kube-node-lease', 'local-path-storage']);


export function isIgnoredNamespace(namespace: string): boolean {
  return IGNORED_NAMESPACES.has(namespace);
}

/** Istio's control plane objects carry an `istio` label (istiod, gateways) or `release: istio`. */
export function isIstioControlPlane(labels: StringMap): boolean {
  return labels.istio !== undefined || labels.release === 'istio';
}

export enum MeshMode {
  /** New pods get a sidecar. */
  SIDECAR = 'sidecar',
  AMBIENT = 'ambient',
  NONE = 'none',
  /** More than one of the mode labels: Istio's analyzer refuses to guess (IST0123). */
  CONFLICTING = 'conflicting',
}

/**
 * The labels that put a namespace into two data planes at once (IST0123), or [] when they agree: a revision
 * label next to any istio-injection label, or ambient next to enabled injection.
 */
export function conflictingModeLabels(labels: StringMap): string[] {
  const injection = labels[INJECTION_LABEL];
  const revision = labels[REVISION_LABEL] !== undefined;
  const ambient = labels[DATAPLANE_MODE_LABEL] === 'ambient';
  const present: string[] = [];
  if (injection !== undefined && (revision || (ambient && injection === 'enabled'))) present.push(INJECTION_LABEL);
  if (revision && (injection !== undefined || ambient)) present.push(REVISION_LABEL);
  if (ambient && present.length > 0) present.push(DATAPLANE_MODE_LABEL);
  return present;
}

export function meshModeOf(labels: StringMap): MeshMode {
  if (conflictingModeLabels(labels).length > 0) return MeshMode.CONFLICTING;
  if (labels[DATAPLANE_MODE_LABEL] === 'ambient') return MeshMode.AMBIENT;
  if (labels[REVISION_LABEL] !== undefined) return MeshMode.SIDECAR;
  return labels[INJECTION_LABEL] === 'enabled' ? MeshMode.SIDECAR : MeshMode.NONE;
}

/** The pod's own injection choice: the label wins over the deprecated annotation (inject.go). */
export function podInjectValue(labels: StringMap, annotations: StringMap): string | undefined {
  return labels[SIDECAR_INJECT] ?? annotations[SIDECAR_INJECT];
}

export function optsOutOfSidecar(labels: StringMap, annotations: StringMap): boolean {
  return podInjectValue(labels, annotations)?.toLowerCase() === 'false';
}
