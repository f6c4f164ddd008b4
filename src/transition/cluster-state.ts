/**
 * The objects a cluster holds at one moment of an apply, keyed the way the API server identifies them
 * (API group, kind, namespace, name: the version in apiVersion does not make a different object).
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

/** An immutable snapshot: applying or deleting returns a new state and leaves this one as it was. */
export class ClusterState {
  public static of(objects: readonly SourcedObject[]): ClusterState {
    const map = new Map<string, SourcedObject>();
    for (const o of objects) map.set(objectKey(o.resource), o);
    return new ClusterState(map);
  }

  private constructor(private readonly objects: ReadonlyMap<string, SourcedObject>) {}

  public get(key: string): SourcedObject | undefined {
    return this.objects.get(key);
  }

  public has(key: string): boolean {
    return this.objects.has(key);
  }

  public keys(): IterableIterator<string> {
    return this.objects.keys();
  }

  public values(): IterableIterator<SourcedObject> {
    return this.objects.values();
  }

  public with(object: SourcedObject): ClusterState {
    const map = new Map(this.objects);
    map.set(objectKey(object.resource), object);
    return new ClusterState(map);
  }

  public without(keys: Iterable<string>): ClusterState {
    const map = new Map(this.objects);
    for (const k of keys) map.delete(k);
    return new ClusterState(map);
  }
}
