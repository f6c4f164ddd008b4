/**
 * Splits a multi-document YAML stream into its documents' texts without parsing them, so that each document can
 * be parsed, checked and released on its own: memory then follows the largest document, not the whole stream.
 *
 * YAML forbids a document marker (`---` or `...` at the start of a line, followed by white space or the end of the
 * line) inside any scalar or collection of a document, so a line scan finds exactly the boundaries a full parser
 * finds. Directives (`%YAML`, `%TAG`) before a `---` stay with the document they introduce.
 */
/** One document's text: `text.slice(start, end)`, whose first line is line `line` (1-based) of the stream. */
export interface YamlChunk {
    readonly start: number;
    readonly end: number;
    readonly line: number;
}
/** Yields the chunks of `text` in order; chunks holding only comments or blank lines are left out. */
export declare function yamlChunks(text: string): Generator<YamlChunk>;
/**
 * The 1-based line where a chunk's content starts: past directives, the `---` marker (unless content follows it on
 * the same line), blank lines and comments. This is the line findings report for the document's object.
 */
export declare function contentLine(text: string, chunk: YamlChunk): number;
