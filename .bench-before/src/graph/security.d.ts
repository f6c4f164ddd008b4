/**
 * The security facts of a namespace as the manifests state them: data plane (namespace labels), the mTLS mode in
 * force (PeerAuthentication: namespace-wide, else mesh-wide in the root namespace), and its AuthorizationPolicies
 * (deny-by-default, allowed callers).
 */
import { MeshModel } from '../validation/analysis/model';
import { Resource } from '../validation/analysis/resource';
import { GraphPolicy } from './model';
export declare const UNKNOWN_DATA_PLANE = "unknown";
export declare const UNSET_MTLS = "UNSET";
export interface MtlsFacts {
    readonly mode: string;
    readonly from: string;
    readonly portExceptions: string[];
    readonly source: Resource | undefined;
}
export declare function dataPlaneOf(model: MeshModel, namespace: string): string;
/** The namespace-wide PeerAuthentication of each namespace (the first one read, when several). */
export declare function namespaceWidePeerAuthentications(model: MeshModel): Map<string, Resource>;
export declare function mtlsOf(namespace: string, wide: ReadonlyMap<string, Resource>, rootNamespace: string): MtlsFacts;
export declare function policyOf(policy: Resource): GraphPolicy;
