/** Istio's ConvertHostToFQDN: only a dot-less, non-wildcard name gets the namespace and cluster suffix. */
export declare function toFqdn(namespace: string, host: string): string;
/** The Kubernetes namespace a host points into, or undefined for names outside the cluster domain. */
export declare function clusterNamespaceOf(referrerNamespace: string, host: string): string | undefined;
/**
 * Istio's GetResourceNameFromHost, used to pair VirtualService subsets with DestinationRules: a short name or a
 * `name.ns.svc.cluster.local` name becomes `ns/name`; any other name stays literal in the referrer's namespace.
 */
export declare function resourceKeyOfHost(referrerNamespace: string, host: string): string;
/** True when `pattern` (possibly `*.suffix`) covers `host` (possibly a wildcard itself, then it must be narrower). */
export declare function hostCovers(pattern: string, host: string): boolean;
export declare const EXPORT_ALL = "*";
/**
 * The namespaces an object is visible in, from an `exportTo` list: [] or a list holding `*` means all
 * (returned as ['*']); `.` is the object's own namespace.
 */
export declare function exportScopes(exportTo: readonly unknown[], ownNamespace: string): string[];
/** The exportTo list of a Kubernetes Service (`networking.istio.io/exportTo`, comma-separated). */
export declare function serviceExportTo(annotation: string | undefined): readonly unknown[];
export declare function exportToOf(spec: {
    readonly [key: string]: unknown;
}): readonly unknown[];
