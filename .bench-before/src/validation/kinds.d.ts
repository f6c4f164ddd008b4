export declare enum KindFamily {
    ISTIO = "istio",
    GATEWAY_API = "gateway-api",
    KUBERNETES = "kubernetes",
    FLAGGER = "flagger",
    ARGO_ROLLOUTS = "argo-rollouts"
}
export declare const GATEWAY_API_GROUP = "gateway.networking.k8s.io";
export declare const FLAGGER_GROUP = "flagger.app";
export declare const ARGO_GROUP = "argoproj.io";
/** The Kubernetes core kinds validated, by apiVersion (the versions Kubernetes 1.33 serves for them). */
export declare const KUBERNETES_KINDS: {
    readonly [apiVersion: string]: readonly string[];
};
/** The family that validates a plain object, or undefined when none does. */
export declare function kindFamilyOf(obj: unknown): KindFamily | undefined;
/** True for the objects `validateObject` checks (the synth hook and the CLI count these as validated). */
export declare function isValidatedKind(obj: unknown): boolean;
