/** Istio's default root namespace (`meshConfig.rootNamespace`): a selector-less config here is mesh-wide. */
export declare const ROOT_NAMESPACE = "istio-system";
/**
 * Why a workload selector is unusable, or undefined. Istio's CRD rejects empty keys and `*` anywhere; empty
 * values and an empty map are legal but select by accident (a label with no value, or every pod), so they are
 * rejected too: leave the selector out for a namespace-wide scope.
 */
export declare function selectorError(selector: {
    [key: string]: string;
}): string | undefined;
/** True when every selector label is on the pod (Kubernetes matchLabels semantics). */
export declare function selectorMatches(selector: {
    [key: string]: string;
}, podLabels: {
    [key: string]: string;
}): boolean;
