/**
 * Sidecar resources (IST0101, IST0110, IST0111, IST0167): each workload must be scoped by at most one Sidecar,
 * each namespace by at most one selector-less Sidecar, and a Sidecar means nothing to ambient workloads.
 */
import { Finding } from '../finding';
import { MeshModel, Workload } from './model';
import { asStringMap, Resource } from './resource';
/**
 * The workloads a selector picks, or undefined when the inputs hold no workloads at all (then they are only
 * mesh configuration, and a selector that matches nothing may well match a workload another tool deploys).
 * As in Istio, a selector only matches workloads of its own namespace.
 */
export declare function selectedWorkloads(model: MeshModel, namespace: string, selector: ReturnType<typeof asStringMap>): Workload[] | undefined;
/** Reports the objects that select the same workload (shared by Sidecar and Telemetry analysis). */
export declare function reportSharedWorkloads(byWorkload: Map<Workload, Resource[]>, report: (policy: Resource, others: string, w: Workload) => void): void;
export declare function workloadName(w: Workload): string;
export declare function analyzeSidecars(model: MeshModel, out: Finding[]): void;
