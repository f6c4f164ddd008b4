/**
 * Where a workload's pod-template annotations live, for any construct that renders a pod template: a cdk8s-plus
 * workload of any cdk8s-plus-NN (recognized by its `podMetadata`, a cdk8s core object, so no cdk8s-plus import is
 * needed), or a plain ApiObject (the construct itself or its default child) of a kind with a pod template.
 */
import { ApiObject, ApiObjectMetadataDefinition, JsonPatch } from 'cdk8s';
import { IConstruct } from 'constructs';
import { isObj, obj } from '../validation/util/plain-json';
import { podMetadataPath, valueAt } from '../validation/util/pod-template';

/** Reads and sets one pod-template annotation of a workload. */
export interface PodAnnotationTarget {
  read(key: string): string | undefined;
  write(key: string, value: string): void;
}

/** The target for `workload`, or undefined when it renders no pod template we can reach. */
export function podAnnotationTarget(workload: IConstruct): PodAnnotationTarget | undefined {
  const podMetadata: unknown = (workload as { podMetadata?: unknown }).podMetadata;
  if (podMetadata instanceof ApiObjectMetadataDefinition) return metadataTarget(podMetadata);
  const obj = workload instanceof ApiObject ? workload : workload.node.defaultChild;
  if (!(obj instanceof ApiObject)) return undefined;
  const path = podMetadataPath(obj.kind);
  if (path === undefined) return undefined;
  return path.length === 0 ? metadataTarget(obj.metadata) : patchTarget(obj, path);
}

function metadataTarget(metadata: ApiObjectMetadataDefinition): PodAnnotationTarget {
  return {
    read: (key) => annotationValue(metadata.toJson(), key),
    write: (key, value) => metadata.addAnnotation(key, value),
  };
}

/**
 * A pod template inside a plain ApiObject's spec: read from the object as rendered now, written as a JSON patch
 * (applied when the object renders), creating the missing parents of the annotation.
 */
function patchTarget(obj: ApiObject, path: readonly string[]): PodAnnotationTarget {
  return {
    read: (key) => annotationValue(valueAt(obj.toJson(), path), key),
    write: (key, value) => {
      const full = [...path, 'annotations', key];
      let node: unknown = obj.toJson();
      let depth = 0;
      while (depth < full.length - 1 && isObj(node) && isObj(node[full[depth]])) {
        node = node[full[depth]];
        depth++;
      }
      let patchValue: unknown = value;
      for (let i = full.length - 1; i > depth; i--) patchValue = { [full[i]]: patchValue };
      obj.addJsonPatch(JsonPatch.add(pointer(full.slice(0, depth + 1)), patchValue));
    },
  };
}

function annotationValue(metadata: unknown, key: string): string | undefined {
  const value = obj(obj(metadata).annotations)[key];
  return typeof value === 'string' ? value : undefined;
}

function pointer(keys: readonly string[]): string {
  return keys.map((k) => '/' + k.replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}
