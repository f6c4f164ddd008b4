/**
 * Namespace facts shared by the analyzers: which namespaces Istio's analyzers skip, and how a namespace's
 * labels put its pods into the mesh (sidecar injection, ambient) — ISTIO-FACTS §4.
 */
import { DATAPLANE_MODE_LABEL, INJECTION_LABEL, REVISION_LABEL, SIDECAR_INJECT } from '../util/istio-names';
import { StringMap } from './resource';
export { DATAPLANE_MODE_LABEL, INJECTION_LABEL, REVISION_LABEL, SIDECAR_INJECT };
export declare function isIgnoredNamespace(namespace: string): boolean;
/** Istio's control plane objects carry an `istio` label (istiod, gateways) or `release: istio`. */
export declare function isIstioControlPlane(labels: StringMap): boolean;
export declare enum MeshMode {
    /** New pods get a sidecar. */
    SIDECAR = "sidecar",
    AMBIENT = "ambient",
    NONE = "none",
    /** More than one of the mode labels: Istio's analyzer refuses to guess (IST0123). */
    CONFLICTING = "conflicting"
}
/**
 * The mode labels Istio's injection analyzer counts (IST0123), when more than one: `istio-injection` whatever its
 * value, and `istio.io/rev` and `istio.io/dataplane-mode` only while `istio-injection` is absent or `enabled`
 * (a namespace with injection disabled may keep a revision label for later). [] when they do not conflict.
 */
export declare function conflictingModeLabels(labels: StringMap): string[];
export declare function meshModeOf(labels: StringMap): MeshMode;
/** The pod's own injection choice: the label wins over the deprecated annotation (inject.go). */
export declare function podInjectValue(labels: StringMap, annotations: StringMap): string | undefined;
export declare function optsOutOfSidecar(labels: StringMap, annotations: StringMap): boolean;
