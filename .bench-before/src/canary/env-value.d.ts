/** A field of the pod that the downward API can put into an environment variable (`valueFrom.fieldRef`). */
export declare enum PodField {
    /** The pod's name. */
    NAME = "metadata.name",
    /** The pod's namespace. */
    NAMESPACE = "metadata.namespace",
    /** The pod's UID. */
    UID = "metadata.uid",
    /** The name of the node the pod runs on. */
    NODE_NAME = "spec.nodeName",
    /** The pod's service account. */
    SERVICE_ACCOUNT_NAME = "spec.serviceAccountName",
    /** The node's IP address. */
    HOST_IP = "status.hostIP",
    /** The pod's IP address. */
    POD_IP = "status.podIP"
}
/** The value of an environment variable of a version's container. */
export declare class EnvValue {
    private readonly source;
    private readonly valueOrKey;
    private readonly objectName?;
    /** A literal value. */
    static fromValue(value: string): EnvValue;
    /** The value of `key` in the Secret `secretName` (same namespace). */
    static fromSecret(secretName: string, key: string): EnvValue;
    /** The value of `key` in the ConfigMap `configMapName` (same namespace). */
    static fromConfigMap(configMapName: string, key: string): EnvValue;
    /** A field of the pod itself (the downward API), e.g. `EnvValue.fromPodField(PodField.POD_IP)`. */
    static fromPodField(field: PodField): EnvValue;
    private constructor();
}
/** A ConfigMap or Secret whose keys all become environment variables of a version's container (`envFrom`). */
export declare class EnvFrom {
    private readonly source;
    private readonly objectName;
    private readonly prefix?;
    /** Every key of ConfigMap `configMapName` (same namespace), optionally prefixed. */
    static configMap(configMapName: string, prefix?: string): EnvFrom;
    /** Every key of Secret `secretName` (same namespace), optionally prefixed. */
    static secret(secretName: string, prefix?: string): EnvFrom;
    private constructor();
}
