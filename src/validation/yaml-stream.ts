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
export function* yamlChunks(text: string): Generator<YamlChunk> {
  let chunkStart = 0;
  let chunkLine = 1;
  let hasContent = false; // a line other than blank, comment or directive since chunkStart
  let sawStart = false; // a `---` since chunkStart
  let line = 1;
  for (let pos = 0; pos < text.length; line++) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 ? text.length : nl + 1;
    if (isMarker(text, pos, 0x2d /* - */)) {
      if (hasContent || sawStart) {
        yield { start: chunkStart, end: pos, line: chunkLine };
        chunkStart = pos;
        chunkLine = line;
      }
      sawStart = true;
      hasContent = true;
    } else if (isMarker(text, pos, 0x2e /* . */)) {
      if (hasContent || sawStart) yield { start: chunkStart, end: lineEnd, line: chunkLine };
      chunkStart = lineEnd;
      chunkLine = line + 1;
      hasContent = false;
      sawStart = false;
    } else if (!hasContent && !isBlankOrComment(text, pos, lineEnd) && text.charCodeAt(pos) !== 0x25 /* % */) {
      hasContent = true;
    }
    pos = lineEnd;
  }
  if (hasContent || sawStart) yield { start: chunkStart, end: text.length, line: chunkLine };
}

/**
 * The 1-based line where a chunk's content starts: past directives, the `---` marker (unless content follows it on
 * the same line), blank lines and comments. This is the line findings report for the document's object.
 */
export function contentLine(text: string, chunk: YamlChunk): number {
  let line = chunk.line;
  for (let pos = chunk.start; pos < chunk.end; line++) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 || nl >= chunk.end ? chunk.end : nl + 1;
    let from = pos;
    if (isMarker(text, pos, 0x2d)) from = pos + 3;
    else if (text.charCodeAt(pos) === 0x25) from = lineEnd; // a directive
    if (!isBlankOrComment(text, from, lineEnd)) return line;
    pos = lineEnd;
  }
  return chunk.line;
}

/**
 * `---` (c = 0x2d) or `...` (c = 0x2e) at `pos`, followed by a space, a tab, a line break or `end` (the end of the
 * text, or of the document being read).
 */
export function isMarker(text: string, pos: number, c: number, end: number = text.length): boolean {
  if (text.charCodeAt(pos) !== c || text.charCodeAt(pos + 1) !== c || text.charCodeAt(pos + 2) !== c) return false;
  if (pos + 3 >= end) return true;
  const next = text.charCodeAt(pos + 3);
  return next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d;
}

function isBlankOrComment(text: string, pos: number, end: number): boolean {
  for (let i = pos; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xfeff) continue;
    return c === 0x23; // #
  }
  return true;
}
