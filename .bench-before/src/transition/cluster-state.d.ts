/**
 * Objects as the API server identifies them (API group, kind, namespace, name: the version in apiVersion does not
 * make a different object), with the place each was read from.
 */
import { Resource } from '../validation/analysis/resource';
/** One object read from an input, with where it was read. */
export interface SourcedObject {
    readonly resource: Resource;
    readonly file: string;
    readonly document: number;
    readonly line?: number;
}
/** `group/Kind/namespace/name`: the identity kubectl apply and prune use. */
export declare function objectKey(res: Resource): string;
export declare function sourced(object: object, file: string, document: number, line?: number): SourcedObject;
