/** Which controller moves the traffic. */
export declare enum DeliveryController {
    /** No controller: the routing objects hold the weights given in the props (`canaryWeight`). */
    STATIC = "static",
    /** Flagger (flagger.app/v1beta1 Canary): it creates the primary Deployment, the Services and the routing. */
    FLAGGER = "flagger",
    /** Argo Rollouts (argoproj.io/v1alpha1 Rollout): it patches the weights of the VirtualService emitted here. */
    ARGO_ROLLOUTS = "argo-rollouts"
}
