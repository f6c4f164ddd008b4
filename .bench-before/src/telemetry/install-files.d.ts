/** A file to write and its full text. */
export interface FileToWrite {
    readonly file: string;
    readonly text: string;
}
/**
 * Writes every file or none: each goes to a temporary file next to its target first, and only when all are
 * written do they replace their targets. If a replacement fails, the ones already replaced are put back (an
 * earlier version restored, a new file removed) before the error is rethrown.
 */
export declare function writeAllOrNothing(dir: string, files: readonly FileToWrite[]): void;
