/**
 * Istio's annotations (api@v1.30.3 annotation/annotations.yaml): the resource kinds each belongs on and its feature
 * status, for IST0107 (misplaced) and IST0136 (alpha). Only annotations istio/api documents are listed; hidden
 * operator-internal ones and those Istio's analyzer skips (`sidecar.istio.io/status`,
 * `gateway.istio.io/controller-version`, `istio.io/rev`) are left out.
 */
export declare enum FeatureStatus {
    ALPHA = "Alpha",
    BETA = "Beta",
    STABLE = "Stable"
}
export interface IstioAnnotation {
    /** Kinds the annotation belongs on; empty = any kind. */
    readonly kinds: readonly string[];
    readonly status: FeatureStatus;
}
export declare const ISTIO_ANNOTATIONS: ReadonlyMap<string, IstioAnnotation>;
