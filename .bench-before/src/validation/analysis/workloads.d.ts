/** Facts about one pod or pod template that several analyzers ask. */
import { Workload } from './model';
import { StringMap } from './resource';
import { MeshMode } from './namespaces';
/** Whether the pod spec already carries the istio-proxy container (injected pod, or native sidecar). */
export declare function hasProxyContainer(w: Workload): boolean;
export declare function usesHostNetwork(w: Workload): boolean;
/** Field path of the pod metadata (labels/annotations) inside the object. */
export declare function podMetadataPath(w: Workload): string;
/** Whether a pod in a namespace of the given mode is captured by ztunnel rather than given a sidecar. */
export declare function isAmbientWorkload(w: Workload, namespaceMode: MeshMode | undefined): boolean;
/** Whether any pod runs from this workload (a template with `replicas: 0` runs none). */
export declare function runsPods(w: Workload): boolean;
/**
 * Istio's in-mesh rule (analyzers/util/in_mesh.go): an istio-proxy container, else the pod's own inject label, then
 * annotation, else its namespace's `istio-injection=enabled`; ambient-captured pods count too. Revision labels do
 * not count. `namespaceLabels` undefined = the Namespace is not in the inputs: in an open world the pod may well be
 * in the mesh, so it counts.
 */
export declare function isInMesh(w: Workload, namespaceLabels: StringMap | undefined, closedWorld: boolean): boolean;
