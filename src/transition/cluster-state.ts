/**
 * Objects as the API server identifies them (API group, kind, namespace, name: the version in apiVersion does not
 * make a different object), with the place each was read from.
 */
import { Json, Resource } from '../validation/analysis/resource';

/** One object read from an input, with where it was read. */
export interface SourcedObject {
  readonly resource: Resource;
  readonly file: string;
  readonly document: number;
  readonly line?: number;
}

/** `group/Kind/namespace/name`: the identity kubectl apply and prune use. */
export function objectKey(res: Resource): string {
  return `${res.group}/${res.kind}/${res.namespace ?? ''}/${res.name}`;
}

export function sourced(object: object, file: string, document: number, line?: number): SourcedObject {
  const resource = new Resource(object as Json);
  return line === undefined ? { resource, file, document } : { resource, file, document, line };
}
