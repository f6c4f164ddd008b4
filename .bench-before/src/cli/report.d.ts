/**
 * Writes the CLI's findings: text grouped by file with a summary line, or one JSON array. Output goes out in
 * chunks of about 64 KiB so that a large report is neither held as one string nor written line by line.
 * Every value printed is escaped for the terminal (`escapeControlChars`; in JSON the characters JSON.stringify
 * leaves raw): input names, paths and messages cannot forge lines or send terminal escape sequences.
 */
import { Finding } from '../validation/finding';
/** Where a finding's object was read from. */
export interface Located {
    readonly file: string;
    readonly document: number;
    readonly line?: number;
    readonly finding: Finding;
}
export interface Totals {
    files: number;
    objects: number;
    istioObjects: number;
    errors: number;
    warnings: number;
    infos: number;
}
export interface Writer {
    write(text: string): unknown;
}
/** Buffers small writes into larger ones. */
export declare class ChunkedWriter {
    private readonly out;
    private buffer;
    constructor(out: Writer);
    write(text: string): void;
    flush(): void;
}
export declare function countFinding(totals: Totals, f: Finding): void;
/** `<file>` then one indented line per finding: `  line 12 (document 3): error IST0106 Kind ns/name: path: message`. */
export declare function writeTextGroup(out: ChunkedWriter, file: string, items: readonly Located[]): void;
export declare function summaryLine(t: Totals): string;
/** Writes a JSON array element by element: `[`, then `jsonElement` for each item, then `jsonEnd`. */
export declare function jsonElement(out: ChunkedWriter, item: Located, first: boolean): void;
export declare function jsonEnd(out: ChunkedWriter, empty: boolean): void;
