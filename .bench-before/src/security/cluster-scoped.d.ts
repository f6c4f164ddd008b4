import { ApiObject } from 'cdk8s';
/**
 * Keeps a cluster-scoped object free of `metadata.namespace`. cdk8s stamps the chart's namespace onto every
 * ApiObject when it is constructed (even `metadata: { namespace: undefined }` falls back to it), and the API
 * server rejects a Namespace that carries one, so the stamp is patched out, only when there is one to remove.
 */
export declare function keepClusterScoped(obj: ApiObject): void;
