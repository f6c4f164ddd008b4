/**
 * Label selection as Kubernetes does it (a selector map matches when every pair is present), with an index
 * so that finding the workloads a selector picks costs the size of the smallest matching bucket, not a scan.
 */
import { StringMap } from './resource';

export function matchesSelector(selector: StringMap, labels: StringMap): boolean {
  for (const key in selector) {
    if (labels[key] !== selector[key]) return false;
  }
  return true;
}

export function isEmptyMap(map: StringMap): boolean {
  for (const _ in map) return false;
  return true;
}

/** `app=reviews,version=v2` as Kubernetes prints a selector (keys sorted). */
export function selectorString(selector: StringMap): string {
  return Object.keys(selector).sort().map((k) => `${k}=${selector[k]}`).join(',');
}

interface Bucket<T> {
  readonly all: T[];
  /** label key → label value → items (nested maps: no key strings to build per lookup). */
  readonly byPair: Map<string, Map<string, T[]>>;
}

export class LabelIndex<T> {
  private readonly namespaces = new Map<string, Bucket<T>>();

  constructor(private readonly labelsOf: (item: T) => StringMap) {}

  public add(namespace: string, item: T): void {
    let bucket = this.namespaces.get(namespace);
    if (!bucket) {
      bucket = { all: [], byPair: new Map() };
      this.namespaces.set(namespace, bucket);
    }
    bucket.all.push(item);
    const labels = this.labelsOf(item);
    for (const key in labels) {
      let values = bucket.byPair.get(key);
      if (!values) bucket.byPair.set(key, values = new Map());
      const list = values.get(labels[key]);
      if (list) list.push(item); else values.set(labels[key], [item]);
    }
  }

  public hasNamespace(namespace: string): boolean {
    return this.namespaces.has(namespace);
  }

  public inNamespace(namespace: string): readonly T[] {
    return this.namespaces.get(namespace)?.all ?? [];
  }

  /** Items in the namespace whose labels contain the selector; an empty selector selects them all. */
  public select(namespace: string, selector: StringMap): T[] {
    const bucket = this.namespaces.get(namespace);
    if (!bucket) return [];
    let smallest: T[] | undefined;
    for (const key in selector) {
      const list = bucket.byPair.get(key)?.get(selector[key]);
      if (!list) return [];
      if (!smallest || list.length < smallest.length) smallest = list;
    }
    if (!smallest) return bucket.all.slice();
    const out: T[] = [];
    for (const item of smallest) {
      if (matchesSelector(selector, this.labelsOf(item))) out.push(item);
    }
    return out;
  }

  /** The namespaces holding items, for lookups across all of them. */
  public get namespaceNames(): IterableIterator<string> {
    return this.namespaces.keys();
  }

  /** Like `select`, but stops at the first match. */
  public selectsAny(namespace: string, selector: StringMap, accept: (item: T) => boolean = () => true): boolean {
    const bucket = this.namespaces.get(namespace);
    if (!bucket) return false;
    let smallest: T[] | undefined;
    for (const key in selector) {
      const list = bucket.byPair.get(key)?.get(selector[key]);
      if (!list) return false;
      if (!smallest || list.length < smallest.length) smallest = list;
    }
    for (const item of smallest ?? bucket.all) {
      if (matchesSelector(selector, this.labelsOf(item)) && accept(item)) return true;
    }
    return false;
  }
}
