/**
 * Label selection as Kubernetes does it (a selector map matches when every pair is present), with an index
 * so that finding the workloads a selector picks costs the size of the smallest matching bucket, not a scan.
 */
import { StringMap } from './resource';
export declare function matchesSelector(selector: StringMap, labels: StringMap): boolean;
export declare function isEmptyMap(map: StringMap): boolean;
/** `app=reviews,version=v2` as Kubernetes prints a selector (keys sorted). */
export declare function selectorString(selector: StringMap): string;
export declare class LabelIndex<T> {
    private readonly labelsOf;
    private readonly namespaces;
    constructor(labelsOf: (item: T) => StringMap);
    add(namespace: string, item: T): void;
    hasNamespace(namespace: string): boolean;
    inNamespace(namespace: string): readonly T[];
    /** Items in the namespace whose labels contain the selector; an empty selector selects them all. */
    select(namespace: string, selector: StringMap): T[];
    /** The namespaces holding items, for lookups across all of them. */
    get namespaceNames(): IterableIterator<string>;
    /** Like `select`, but stops at the first match. */
    selectsAny(namespace: string, selector: StringMap, accept?: (item: T) => boolean): boolean;
}
