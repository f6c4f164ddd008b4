/**
 * The pod labels every workload this library creates carries: `app`/`version` (Istio's DR subsets and
 * Kiali read them) and their `app.kubernetes.io/*` twins (Istio's canonical service name and revision).
 */
export declare function workloadLabels(app: string, version: string): {
    [key: string]: string;
};
