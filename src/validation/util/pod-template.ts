/** Where the pod template's metadata sits in each Kubernetes workload kind. */
import { obj } from './plain-json';

/** JSON path (object keys) of the pod template's metadata per kind; [] is the object's own metadata (a Pod). */
export const POD_METADATA_PATHS: { readonly [kind: string]: readonly string[] } = {
  Pod: [],
  Deployment: ['spec', 'template', 'metadata'],
  StatefulSet: ['spec', 'template', 'metadata'],
  DaemonSet: ['spec', 'template', 'metadata'],
  ReplicaSet: ['spec', 'template', 'metadata'],
  ReplicationController: ['spec', 'template', 'metadata'],
  Job: ['spec', 'template', 'metadata'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'metadata'],
};

export const POD_TEMPLATE_KINDS = Object.keys(POD_METADATA_PATHS);

/** The pod metadata path of a kind, or undefined for kinds without a pod template. */
export function podMetadataPath(kind: string): readonly string[] | undefined {
  return Object.prototype.hasOwnProperty.call(POD_METADATA_PATHS, kind) ? POD_METADATA_PATHS[kind] : undefined;
}

/** The value at a path of object keys; undefined where the path leaves the objects. */
export function valueAt(root: unknown, path: readonly string[]): unknown {
  let node = root;
  for (const key of path) node = obj(node)[key];
  return node;
}
