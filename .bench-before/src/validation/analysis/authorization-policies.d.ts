/**
 * AuthorizationPolicies (IST0127, IST0101): a policy must apply to some workload in the mesh, and the namespaces
 * its sources name must exist.
 *
 * IST0127 follows Istio's analyzer: in the root namespace only a selector is judged (against every namespace);
 * elsewhere a selector must match an in-mesh workload of the namespace, and a namespace-wide policy needs one too.
 * Judged where the inputs hold the namespace's workloads (or the whole cluster). Source namespaces are judged
 * only in a closed world, where the inputs list every Namespace.
 */
import { Finding } from '../finding';
import { MeshModel } from './model';
export declare function analyzeAuthorizationPolicies(model: MeshModel, out: Finding[]): void;
