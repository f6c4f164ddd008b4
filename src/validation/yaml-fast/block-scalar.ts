/**
 * Block scalars (`|` literal, `>` folded, with chomping `-`/`+` and an indentation digit) for the fast YAML path.
 * cdk8s, helm and kubectl write every multi-line string this way, so falling back to js-yaml for them would send
 * many real documents down the slow path. The scanning and the value follow js-yaml 5's readBlockScalar and
 * getBlockValue step by step (including the conditions under which it reports an error: here they throw
 * UNSUPPORTED, and js-yaml then reads the document and reports the error itself).
 */
import { isPrintable, UNSUPPORTED } from './scalars';
import { isMarker } from '../yaml-stream';

const CLIP = 0;
const STRIP = 1;
const KEEP = 2;

/** What readBlockScalar read: the string, and the start of the line where the scalar ended (or `end`). */
export interface BlockScalar {
  value: string;
  next: number;
}

/**
 * Reads the block scalar whose indicator (`|` or `>`) is at `at`. `parentIndent` is js-yaml's: one more than the
 * indentation of the mapping or sequence holding the scalar. `end` is the end of the document's text.
 */
export function readBlockScalar(text: string, at: number, end: number, parentIndent: number): BlockScalar {
  const folded = text.charCodeAt(at) === 0x3e; /* > */
  let chomping = CLIP;
  let indent = -1;
  let detectedIndent = false;
  let pos = at + 1;
  for (; pos < end; pos++) {
    const c = text.charCodeAt(pos);
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
      if (chomping !== CLIP) throw UNSUPPORTED;
      chomping = c === 0x2b ? KEEP : STRIP;
    } else if (c >= 0x30 && c <= 0x39) {
      if (c === 0x30 || detectedIndent) throw UNSUPPORTED;
      indent = parentIndent + (c - 0x30) - 1;
      detectedIndent = true;
    } else {
      break;
    }
  }
  let hadWhitespace = false;
  while (pos < end && (text.charCodeAt(pos) === 0x20 || text.charCodeAt(pos) === 0x09)) {
    hadWhitespace = true;
    pos++;
  }
  if (hadWhitespace && pos < end && text.charCodeAt(pos) === 0x23 /* # */) pos = lineContentEnd(text, pos, end);
  if (pos < end) {
    if (!isBreak(text.charCodeAt(pos))) throw UNSUPPORTED; // js-yaml: "a line break is expected"
    pos = afterBreak(text, pos);
  }
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = pos;
  let valueEnd = pos;
  while (pos < end) {
    const linePos = pos;
    let column = 0;
    while (linePos + column < end && text.charCodeAt(linePos + column) === 0x20) column++;
    if (linePos + column >= end) {
      // The document's last line, all spaces.
      if (contentIndent >= 0 ? column > contentIndent : column > 0) valueEnd = linePos + column;
      break;
    }
    const first = text.charCodeAt(linePos + column);
    if (column === 0 && atDocumentBoundary(text, linePos, end)) break;
    const empty = isBreak(first);
    if (!detectedIndent && contentIndent === -1) {
      if (empty) {
        maxLeadingIndent = Math.max(maxLeadingIndent, column);
      } else if ((first === 0x09 && column < parentIndent) || (column >= parentIndent && column < maxLeadingIndent)) {
        throw UNSUPPORTED; // js-yaml: tab in indentation / bad indentation
      }
    }
    if (contentIndent === -1 && !empty && column < parentIndent) break;
    if (!detectedIndent && !empty && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (!empty && column < requiredIndent) break;
    pos = lineContentEnd(text, linePos + column, end);
    valueEnd = pos;
    if (pos < end) {
      pos = afterBreak(text, pos);
      valueEnd = pos;
    }
  }
  if (!isPrintable(text, valueStart, valueEnd)) throw UNSUPPORTED;
  return { value: blockValue(text.slice(valueStart, valueEnd), contentIndent, chomping, folded), next: pos };
}

/**
 * A `---` or `...` marker, or a byte-order mark, at a line start. js-yaml ends the scalar at a marker; what a mark
 * means there depends on what follows it, which the fast path does not model.
 */
function atDocumentBoundary(text: string, pos: number, end: number): boolean {
  if (text.charCodeAt(pos) === 0xfeff) throw UNSUPPORTED;
  return isMarker(text, pos, 0x2d /* - */, end) || isMarker(text, pos, 0x2e /* . */, end);
}

function isBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d;
}

/** The position of the line break (or `end`) at or after `pos`. */
function lineContentEnd(text: string, pos: number, end: number): number {
  while (pos < end && !isBreak(text.charCodeAt(pos))) pos++;
  return pos;
}

/** Past the line break at `pos` (`\n` or `\r\n`; the caller has ruled out a lone `\r`). */
function afterBreak(text: string, pos: number): number {
  return text.charCodeAt(pos) === 0x0d && text.charCodeAt(pos + 1) === 0x0a ? pos + 2 : pos + 1;
}

/** js-yaml's getBlockValue: the lines of the region, indentation removed, folded and chomped. */
function blockValue(raw: string, indent: number, chomping: number, folded: boolean): string {
  const textIndent = indent < 0 ? 0 : indent;
  const region = raw.includes('\r') ? raw.split('\r\n').join('\n') : raw;
  const lines = region === '' ? [] : (region.endsWith('\n') ? region.slice(0, -1) : region).split('\n');
  let result = '';
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 0x20) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 0x20 || first === 0x09) {
        atMoreIndented = true;
        result += '\n'.repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += '\n'.repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += ' ';
      } else {
        result += '\n'.repeat(emptyLines);
      }
    } else {
      result += '\n'.repeat(didReadContent ? 1 + emptyLines : emptyLines);
    }
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === KEEP) result += '\n'.repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== STRIP && didReadContent) result += '\n';
  return result;
}
