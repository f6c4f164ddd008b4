/**
 * A read-only view of one input object with the fields every analyzer needs, read once.
 */
import { Finding, ObjectRef } from '../finding';
import { list as asArray, obj as asObject, str as asString } from '../util/plain-json';
import { AnalysisCode } from './codes';
export type Json = {
    readonly [key: string]: unknown;
};
export type StringMap = {
    readonly [key: string]: string;
};
/** The namespace an object lives in: its metadata.namespace, else `default`; undefined for cluster-scoped kinds. */
export declare function effectiveNamespace(kind: string, metadataNamespace: string): string | undefined;
/**
 * The identity analysis findings carry for an object: `objectRef` with the effective namespace, so callers can
 * match a finding back to the document it came from.
 */
export declare function analysisRef(obj: object): ObjectRef;
export { asArray, asObject, asString };
/** A label/selector map with non-string values dropped (they cannot match anything). */
export declare function asStringMap(value: unknown): StringMap;
export declare class Resource {
    readonly raw: Json;
    readonly apiVersion: string;
    readonly group: string;
    readonly kind: string;
    readonly name: string;
    /** The namespace the object lives in (`default` when unset); undefined for cluster-scoped kinds. */
    readonly namespace: string | undefined;
    readonly labels: StringMap;
    readonly annotations: StringMap;
    readonly spec: Json;
    constructor(raw: Json);
    /** The namespace of a namespaced object (callers only ask namespaced kinds). */
    get ns(): string;
    /** `Kind ns/name`, or `Kind name` for cluster-scoped objects. */
    get origin(): string;
    finding(code: AnalysisCode, path: string, message: string): Finding;
}
