import { ManifestDocument } from '../validation/manifests';
/** What one input file held, all documents at once (for commands that need a whole side, like check-transition). */
export interface InputFile {
    /** As the user named it (a path below a directory argument, or `<stdin>`). */
    readonly name: string;
    readonly documents: readonly ManifestDocument[];
}
/** One input to read: `-` (stdin) or a path, as the user named it (or below a directory argument). */
export interface InputSource {
    readonly path: string;
    /** Found by searching a directory: only a regular file is read, and opening it must not block. */
    readonly fromDirectory: boolean;
}
export declare const STDIN_NAME = "<stdin>";
/** Expands the arguments into the inputs to read, each real file once; messages for the unusable arguments. */
export declare function expandInputs(args: readonly string[]): {
    sources: InputSource[];
    problems: string[];
};
/**
 * Reads one input's bytes, at most `maxBytes` of them. Throws ManifestError for too much data or NUL bytes (found
 * in the first chunk that has one, so `/dev/zero` stops at once), or the file system's error.
 * Returns undefined for a file from a directory that turned out not to be a regular file.
 */
export declare function readSource(source: InputSource, maxBytes: number, stdin: NodeJS.ReadableStream): Promise<Buffer | undefined>;
/** `268435456` → `256 MiB`; sizes that are not whole MiB or KiB stay in bytes. */
export declare function formatBytes(n: number): string;
/** Decodes one input's bytes; throws ManifestError for bytes that are not UTF-8. */
export declare function decodeInput(name: string, bytes: Uint8Array): string;
/** Every input of `args` read whole, or the text listing every unusable one (`cdk8s-istio: ` lines). */
export declare function readInputFiles(args: readonly string[], maxBytes: number, stdin: NodeJS.ReadableStream): Promise<InputFile[] | string>;
/** The name findings and messages use for an input. */
export declare function sourceName(source: InputSource): string;
/** A file-system error as one line that names the path. */
export declare function fileProblem(file: string, e: unknown): string;
