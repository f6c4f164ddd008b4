/** JSON path (object keys) of the pod template's metadata per kind; [] is the object's own metadata (a Pod). */
export declare const POD_METADATA_PATHS: {
    readonly [kind: string]: readonly string[];
};
export declare const POD_TEMPLATE_KINDS: string[];
/** The pod metadata path of a kind, or undefined for kinds without a pod template. */
export declare function podMetadataPath(kind: string): readonly string[] | undefined;
/** The value at a path of object keys; undefined where the path leaves the objects. */
export declare function valueAt(root: unknown, path: readonly string[]): unknown;
