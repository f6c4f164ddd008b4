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
 * The mode labels Istio's injection analyzer counts (IST0123), when more than one: `istio-injection` whatever its
 * value, and `istio.io/rev` and `istio.io/dataplane-mode` only while `istio-injection` is absent or `enabled`
 * (a namespace with injection disabled may keep a revision label for later). [] when they do not conflict.
 */
export function conflictingModeLabels(labels: StringMap): string[] {
  const injection = labels[INJECTION_LABEL];
  const present: string[] = injection === undefined ? [] : [INJECTION_LABEL];
  if (injection === undefined || injection === 'enabled') {
    if (labels[REVISION_LABEL] !== undefined) present.push(REVISION_LABEL);
    if (labels[DATAPLANE_MODE_LABEL] !== undefined) present.push(DATAPLANE_MODE_LABEL);
  }
  return present.length > 1 ? present : [];
}

export function meshModeOf(labels: StringMap): MeshMode {
  if (conflictingModeLabels(labels).length > 0) return MeshMode.CONFLICTING;
  if (labels[DATAPLANE_MODE_LABEL] === 'ambient') return MeshMode.AMBIENT;
  // istio-injection beats istio.io/rev (ISTIO-FACTS §4.1): `disabled` turns injection off.
  const injection = labels[INJECTION_LABEL];
  if (injection !== undefined) return injection === 'enabled' ? MeshMode.SIDECAR : MeshMode.NONE;
  return labels[REVISION_LABEL] !== undefined ? MeshMode.SIDECAR : MeshMode.NONE;
}

/** The pod's own injection choice: the label wins over the deprecated annotation (inject.go). */
export function podInjectValue(labels: StringMap, annotations: StringMap): string | undefined {
  return labels[SIDECAR_INJECT] ?? annotations[SIDECAR_INJECT];
}

export function optsOutOfSidecar(labels: StringMap, annotations: StringMap): boolean {
  return podInjectValue(labels, annotations)?.toLowerCase() === 'false';
}
