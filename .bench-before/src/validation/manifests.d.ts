/** One Kubernetes object read from a manifest. */
export interface ManifestDocument {
    /** The object itself (a mapping with `apiVersion` and `kind`). */
    readonly object: object;
    /** 1-based position of the YAML document (or JSON array element) the object came from. */
    readonly document: number;
    /**
     * 1-based line where the object starts.
     * @default - unknown (JSON input)
     */
    readonly line?: number;
}
/**
 * Unusable input: the text is not a set of Kubernetes objects. The message names the file and, if known, the line.
 * TypeScript/JavaScript only (jsii cannot model subclasses of the built-in Error, and `parseManifests` is a
 * function, which jsii skips too).
 * @jsii ignore
 */
export declare class ManifestError extends Error {
    /** The file name given to `parseManifests`. */
    readonly file: string;
    /** 1-based line of the problem, when known. */
    readonly line?: number;
    constructor(file: string, detail: string, line?: number);
}
/**
 * Collections nested deeper than this make a document unusable: no Kubernetes object comes close (a CRD's schema,
 * among the deepest, stays under 100), and the validator's walks stay far from the JavaScript stack limit.
 */
export declare const MAX_NESTING_DEPTH = 512;
/**
 * Parses manifest text. `.json` files are read as JSON; anything else as YAML 1.2 (core schema), with a fast path
 * for text that is JSON. Empty documents are skipped; `*List` objects with `items` are flattened.
 * @throws ManifestError for binary data, a syntax error, a document that is not a mapping, or an object without
 *   `apiVersion`/`kind`, nesting deeper than MAX_NESTING_DEPTH, or aliases that expand excessively
 */
export declare function parseManifests(text: string, fileName: string): ManifestDocument[];
/**
 * `parseManifests` one document at a time: each object is yielded as soon as it is read, so a caller that lets go
 * of it keeps memory flat however many documents the text holds. Throws like `parseManifests`, when it reaches the
 * bad document.
 */
export declare function readManifests(text: string, fileName: string): Generator<ManifestDocument>;
