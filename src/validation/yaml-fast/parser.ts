/**
 * A fast path for the YAML that manifests are written in: the block style that cdk8s (the `yaml` package), kubectl,
 * helm and js-yaml emit. js-yaml parses about 9,000 Kubernetes objects a second (an event list, then a constructor
 * pass, a regex per scalar); the CLI's speed target (10,000 objects/s end to end, validation included) needs the
 * parse itself faster. This reads one document in one pass over its text, building the plain objects directly.
 *
 * The subset: block mappings and sequences (also compact `- key: value` and `- - item`, and a sequence at its key's
 * indentation), plain scalars (also over several lines), one-line single- and double-quoted scalars, block scalars,
 * `[]` and `{}`, comments, a leading `---`, a trailing `...`, CRLF line ends and a byte-order mark at the start of
 * the stream. Whatever else a document holds (anchors, aliases, tags, flow collections, multi-line quoted scalars,
 * explicit `?` keys, tabs in indentation, directives, duplicate keys, any syntax error, nesting deeper than
 * MAX_FAST_DEPTH) makes `parseFastDocument` answer NOT_FAST, and the caller reads that document with js-yaml, which
 * then also gives the error message. The result for a document inside the subset is the value js-yaml (CORE_SCHEMA) gives: the
 * differential tests in test/validation/yaml-fast.test.ts hold the two to that.
 */
import { readBlockScalar } from './block-scalar';
import { isPrintable, readDoubleQuoted, readSingleQuoted, resolvePlain, UNSUPPORTED } from './scalars';
import { isMarker } from '../yaml-stream';

const KEY_CACHE_SIZE = 1024;

/**
 * Recently seen plain keys of one text, by a hash of their text. Manifests repeat a few hundred keys (`apiVersion`,
 * `metadata`, `name`, ...) thousands of times: reusing the string that already served as a property name saves
 * slicing it and V8's lookup of its internalized copy on every mapping entry. A slot holds a key only when its text
 * equals it. One cache per text (not per module), since a key sliced from a text keeps that text in memory.
 */
export class KeyCache {
  /** @internal */
  public readonly slots: Array<string | undefined> = new Array<string | undefined>(KEY_CACHE_SIZE).fill(undefined);
}

/** `parseFastDocument`'s answer for a document outside the subset. */
export const NOT_FAST: unique symbol = Symbol('not in the fast YAML subset');

/**
 * Collections nested deeper than this go to js-yaml, which enforces the reader's depth limit with its own message
 * (manifests.ts); no manifest comes close.
 */
const MAX_FAST_DEPTH = 128;

/**
 * Whether the fast path can read documents of `text` at all: a carriage return not followed by a line feed is a
 * line break to js-yaml but not to the line scan (yaml-stream.ts) the fast path relies on.
 */
export function fastPathApplies(text: string): boolean {
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 0x0a) return false;
  }
  return true;
}

/**
 * The value of the one document in `text[start, end)` (a chunk from yaml-stream.ts), or NOT_FAST. `text` must pass
 * `fastPathApplies`. Only a document whose root is a block mapping (a Kubernetes object) or that is empty is read.
 */
export function parseFastDocument(text: string, start: number, end: number, keys: KeyCache = new KeyCache()): unknown {
  try {
    return new BlockReader(text, end, keys.slots).document(start);
  } catch (e) {
    if (e === UNSUPPORTED) return NOT_FAST;
    throw e;
  }
}

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const HASH = 0x23;
const DASH = 0x2d;
const COLON = 0x3a;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const BOM = 0xfeff;

/** A value in a mapping (after `key:`) or an entry of a sequence (after `-`): they differ in what may follow. */
const IN_MAPPING = 0;
const IN_SEQUENCE = 1;

/** Properties other than own data properties of a fresh `{}` are not consulted: a key is an own property or not. */
const hasOwn = Object.prototype.hasOwnProperty;

class BlockReader {
  /**
   * The next content line (not blank, not only a comment), found by `nextLine`: the position of its first
   * non-space character and its indentation; `indent` is -1 at the end of the document.
   */
  private at = 0;
  private indent = -1;
  private depth = 0;
  /** What `plainEnd` learnt about the scalar it scanned: see `scanned`. */
  private plainHash = 0;
  private plainAscii = true;
  private plainAtComment = false;
  /** Where a key or a quoted scalar ended (an out-parameter, to avoid an allocation per scalar). */
  private readonly scan = { quoteEnd: 0 };

  constructor(
    private readonly text: string,
    private readonly end: number,
    private readonly keyCache: Array<string | undefined>,
  ) {}

  public document(start: number): unknown {
    const t = this.text;
    let p = start;
    if (t.charCodeAt(p) === BOM) {
      if (p !== 0) throw UNSUPPORTED; // js-yaml's handling of a mark between documents depends on what follows it
      p++;
    }
    // Up to the `---` (or the first content): blank and comment lines only; a directive (`%`) is not in the subset.
    for (;;) {
      const content = this.skipSpaces(p);
      const c = this.code(content);
      if (content >= this.end) return null;
      if (c === LF || c === CR || c === HASH) {
        p = this.nextLineStart(content);
        continue;
      }
      if (content === p && isMarker(t, p, DASH, this.end)) {
        // Only a comment may follow the marker on its line (`--- |` and the like carry the root node there).
        const rest = this.skipBlanks(p + 3);
        const r = this.code(rest);
        if (rest < this.end && r !== LF && r !== CR && !(r === HASH && rest > p + 3)) throw UNSUPPORTED;
        p = this.nextLineStart(rest);
      }
      break;
    }
    this.nextLine(p);
    if (this.indent < 0) return null; // an empty document (comments, or `---` alone, or `---` then `...`)
    if (this.indent !== 0) throw UNSUPPORTED;
    return this.mapping(0);
  }

  /** A block mapping whose first key is at `this.at`, indented by `indent`. */
  private mapping(indent: number): Record<string, unknown> {
    if (++this.depth > MAX_FAST_DEPTH) throw UNSUPPORTED;
    const obj: Record<string, unknown> = {};
    for (;;) {
      const key = this.key(this.at);
      if (key === undefined) throw UNSUPPORTED;
      const value = this.value(indent, this.scan.quoteEnd, IN_MAPPING);
      if (hasOwn.call(obj, key)) throw UNSUPPORTED; // js-yaml: "duplicated mapping key"
      if (key === '__proto__') {
        // As js-yaml stores it: an own data property, not the prototype.
        Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
      } else {
        obj[key] = value;
      }
      if (this.indent < indent) break;
      if (this.indent > indent) throw UNSUPPORTED;
    }
    this.depth--;
    return obj;
  }

  /** A block sequence whose first `-` is at `this.at`, indented by `indent`. */
  private sequence(indent: number): unknown[] {
    if (++this.depth > MAX_FAST_DEPTH) throw UNSUPPORTED;
    const items: unknown[] = [];
    for (;;) {
      items.push(this.value(indent, this.at + 1, IN_SEQUENCE));
      if (this.indent !== indent || !isEntryDash(this.text, this.at, this.end)) break;
    }
    if (this.indent > indent) throw UNSUPPORTED;
    this.depth--;
    return items;
  }

  /**
   * The node after a `key:` (IN_MAPPING) or a `-` (IN_SEQUENCE) whose collection is indented by `indent`; `p` is
   * just past the indicator. Leaves `at`/`indent` on the next content line.
   */
  private value(indent: number, p: number, where: number): unknown {
    const t = this.text;
    const start = this.skipBlanks(p);
    const c = this.code(start);
    const empty = start >= this.end || c === LF || c === CR || c === HASH;
    // A tab before the node on its line changes how js-yaml reads it (no block collection may start there).
    if (!empty) for (let i = p; i < start; i++) if (t.charCodeAt(i) === TAB) throw UNSUPPORTED;
    if (empty) {
      this.nextLine(this.nextLineStart(start));
      const next = this.indent;
      if (next > indent) return this.nested(next);
      // `key:` then `- item` at the key's own indentation: the sequence is the key's value.
      if (where === IN_MAPPING && next === indent && isEntryDash(t, this.at, this.end)) return this.sequence(indent);
      return null;
    }
    if (where === IN_SEQUENCE) {
      const column = start - this.lineStartOf(start);
      if (isEntryDash(t, start, this.end)) {
        this.at = start;
        return this.sequence(column);
      }
      if (this.key(start) !== undefined) {
        this.at = start;
        return this.mapping(column);
      }
    }
    let value: unknown;
    let after: number; // where the scalar ended on its line
    if (c === DQUOTE) {
      value = readDoubleQuoted(t, start + 1, this.end, this.scan);
      after = this.scan.quoteEnd;
    } else if (c === SQUOTE) {
      value = readSingleQuoted(t, start + 1, this.end, this.scan);
      after = this.scan.quoteEnd;
    } else if (c === 0x7c /* | */ || c === 0x3e /* > */) {
      const block = readBlockScalar(t, start, this.end, indent + 1);
      this.nextLine(block.next);
      if (this.indent > indent) throw UNSUPPORTED;
      return block.value;
    } else if ((c === 0x5b /* [ */ && this.code(start + 1) === 0x5d) || (c === 0x7b /* { */ && this.code(start + 1) === 0x7d)) {
      value = c === 0x5b ? [] : {};
      after = start + 2;
    } else {
      const scalarEnd = this.plainEnd(start, false);
      if (scalarEnd < 0) throw UNSUPPORTED;
      const atComment = this.plainAtComment;
      value = this.plain(start, scalarEnd);
      this.lineEndAfter(scalarEnd);
      // A more-indented next line continues the scalar, unless a comment came between (then it is an error).
      if (this.indent <= indent) return value;
      const continued = atComment ? undefined : this.continuedPlain(start, scalarEnd, indent);
      if (continued === undefined) throw UNSUPPORTED;
      value = continued;
      after = this.scan.quoteEnd;
    }
    this.lineEndAfter(after);
    if (this.indent > indent) throw UNSUPPORTED; // a multi-line scalar, or bad indentation
    return value;
  }

  /** A collection on the lines below a `key:` or `-` with nothing after it: a sequence or a mapping. */
  private nested(indent: number): unknown {
    return isEntryDash(this.text, this.at, this.end) ? this.sequence(indent) : this.mapping(indent);
  }

  /**
   * The key of a mapping entry starting at `p`, with `scan.quoteEnd` set just past its `:`; undefined when the line
   * holds no implicit key there (the caller decides whether that is an error).
   */
  private key(p: number): string | undefined {
    const t = this.text;
    const c = t.charCodeAt(p);
    let key: string;
    let after: number;
    if (c === DQUOTE || c === SQUOTE) {
      key = c === DQUOTE ? readDoubleQuoted(t, p + 1, this.end, this.scan) : readSingleQuoted(t, p + 1, this.end, this.scan);
      after = this.skipBlanks(this.scan.quoteEnd);
      if (this.code(after) !== COLON || !this.separates(after + 1)) return undefined;
    } else {
      const keyEnd = this.plainEnd(p, true);
      if (keyEnd < 0) return undefined;
      after = this.skipBlanks(keyEnd);
      if (this.code(after) !== COLON) return undefined;
      const slot = this.plainHash & (KEY_CACHE_SIZE - 1);
      const keyCache = this.keyCache;
      const cached = keyCache[slot];
      if (cached !== undefined && cached.length === keyEnd - p && t.startsWith(cached, p)) {
        key = cached;
      } else {
        // A key that is not a string to js-yaml (`1:`, `true:`, `~:`) becomes the string of its value, as there.
        const resolved = this.plain(p, keyEnd);
        key = typeof resolved === 'string' ? resolved : String(resolved);
        if (key === '<<') throw UNSUPPORTED; // a merge key in other schemas: left to js-yaml
        if (typeof resolved === 'string') keyCache[slot] = key;
      }
    }
    this.scan.quoteEnd = after + 1;
    return key;
  }

  /**
   * The end of the plain scalar starting at `p` on its line (trailing blanks excluded), or -1 when it cannot start
   * there or (`asKey` false) the line continues as a mapping. For a key, the scalar ends at `: `; for a value, at a
   * comment or the line end. A value that contains `: `, or a key followed by a comment, gives -1.
   */
  private plainEnd(p: number, asKey: boolean): number {
    const t = this.text;
    const end = this.end;
    const c = t.charCodeAt(p);
    if (!canStartPlain(c)) return -1;
    if ((c === DASH || c === 0x3f /* ? */ || c === COLON) && this.separates(p + 1)) return -1;
    let last = p + 1; // one past the last non-blank character
    let hash = c;
    let plainAscii = c >= 0x20 && c < 0x7f;
    for (let i = p + 1; i < end; i++) {
      const ch = t.charCodeAt(i);
      if (ch < 0x20 || ch >= 0x7f) plainAscii = false;
      if (ch === COLON) {
        if (this.separates(i + 1)) return asKey ? this.scanned(last, hash, plainAscii) : -1;
      } else if (ch === HASH) {
        const before = t.charCodeAt(i - 1);
        if (before === SPACE || before === TAB) return asKey ? -1 : this.scanned(last, hash, plainAscii, true);
      } else if (ch === LF || ch === CR) {
        return asKey ? -1 : this.scanned(last, hash, plainAscii);
      }
      if (ch !== SPACE && ch !== TAB) {
        last = i + 1;
        hash = (hash * 31 + ch) | 0;
      }
    }
    return asKey ? -1 : this.scanned(last, hash, plainAscii);
  }

  /** Records what `plainEnd` learnt about the scalar on the way (a hash of it, and whether it is printable ASCII). */
  private scanned(end: number, hash: number, plainAscii: boolean, atComment = false): number {
    this.plainHash = hash;
    this.plainAscii = plainAscii;
    this.plainAtComment = atComment;
    return end;
  }

  /**
   * A plain scalar that goes on over more-indented lines (the `yaml` package's default line width and kubectl fold
   * long strings so), its first line being `text[start, firstEnd)`: js-yaml's value (lines trimmed, joined by a
   * space, or by n-1 line breaks where n breaks separate them), with `scan.quoteEnd` set to where its text ends; or
   * undefined when the next lines do not continue it. `indent` is the enclosing collection's.
   */
  private continuedPlain(start: number, firstEnd: number, indent: number): unknown {
    const t = this.text;
    let value = t.slice(start, firstEnd);
    let last = firstEnd;
    let breaks = 1;
    let continued = false;
    for (let p = this.nextLineStart(firstEnd); p < this.end;) {
      const i = this.skipSpaces(p);
      const c = this.code(i);
      if (c === TAB) throw UNSUPPORTED; // how a tab here counts is js-yaml's business
      if (i >= this.end) break;
      if (c === LF || c === CR) {
        breaks++;
        p = this.nextLineStart(i);
        continue;
      }
      // Not more indented than the collection, or a comment: the scalar ended on the line before.
      if (i - p <= indent || c === HASH) break;
      let lineLast = i;
      let j = i;
      let comment = false;
      for (; j < this.end; j++) {
        const ch = t.charCodeAt(j);
        if (ch === LF || ch === CR) break;
        if (ch === COLON && this.separates(j + 1)) throw UNSUPPORTED; // js-yaml: a multi-line implicit key
        if (ch === HASH && (t.charCodeAt(j - 1) === SPACE || t.charCodeAt(j - 1) === TAB)) {
          comment = true;
          break;
        }
        if (ch !== SPACE && ch !== TAB) lineLast = j + 1;
      }
      value += breaks === 1 ? ' ' : '\n'.repeat(breaks - 1);
      value += t.slice(i, lineLast);
      last = lineLast;
      continued = true;
      breaks = 1;
      if (comment) break;
      p = this.nextLineStart(j);
    }
    if (!continued) return undefined;
    if (!isPrintable(t, start, last)) throw UNSUPPORTED;
    this.scan.quoteEnd = last;
    return resolvePlain(value);
  }

  /** The typed value of the plain scalar `text[start, end)`, as scanned last by `plainEnd`. */
  private plain(start: number, end: number): unknown {
    if (!this.plainAscii && !isPrintable(this.text, start, end)) throw UNSUPPORTED;
    return resolvePlain(this.text.slice(start, end));
  }

  /** After a scalar ending at `p`: only blanks and a comment may follow on the line; then finds the next line. */
  private lineEndAfter(p: number): void {
    const rest = this.skipBlanks(p);
    const c = this.code(rest);
    if (rest < this.end && c !== LF && c !== CR && !(c === HASH && rest > p)) throw UNSUPPORTED;
    this.nextLine(this.nextLineStart(rest));
  }

  /**
   * From the line starting at `p`, skips blank and comment-only lines; sets `at`/`indent` to the next content line,
   * or `indent` to -1 at the end of the document (its end, or a `...` line, after which only comments may follow).
   */
  private nextLine(p: number): void {
    const t = this.text;
    while (p < this.end) {
      const content = this.skipSpaces(p);
      const c = this.code(content);
      if (content >= this.end) break;
      if (c === LF || c === CR || c === HASH) {
        p = this.nextLineStart(content);
        continue;
      }
      if (c === TAB) {
        // Tabs may only pad a blank or comment line; before content they are an error (or worse) to js-yaml.
        const after = this.skipBlanks(content);
        const a = this.code(after);
        if (after < this.end && a !== LF && a !== CR && a !== HASH) throw UNSUPPORTED;
        p = this.nextLineStart(after);
        continue;
      }
      if (c === BOM) throw UNSUPPORTED;
      if (content === p && (isMarker(t, p, 0x2e /* . */, this.end) || isMarker(t, p, DASH, this.end))) {
        if (t.charCodeAt(p) === DASH) throw UNSUPPORTED; // cannot be inside a chunk from yaml-stream.ts
        const rest = this.skipBlanks(p + 3);
        const r = this.code(rest);
        if (rest < this.end && r !== LF && r !== CR && !(r === HASH && rest > p + 3)) throw UNSUPPORTED;
        this.nextLineAfterEnd(this.nextLineStart(rest));
        return;
      }
      this.at = content;
      this.indent = content - p;
      return;
    }
    this.at = this.end;
    this.indent = -1;
  }

  /** After `...`: the chunk holds nothing more but blank and comment lines (yaml-stream.ts ends it there). */
  private nextLineAfterEnd(p: number): void {
    if (p < this.end) throw UNSUPPORTED;
    this.at = this.end;
    this.indent = -1;
  }

  /** `text[p]`, or -1 past the document. */
  private code(p: number): number {
    return p < this.end ? this.text.charCodeAt(p) : -1;
  }

  /** True when `p` is past the document or holds a blank or a line break (what must follow `:` and `-`). */
  private separates(p: number): boolean {
    if (p >= this.end) return true;
    const c = this.text.charCodeAt(p);
    return c === SPACE || c === TAB || c === LF || c === CR;
  }

  private skipSpaces(p: number): number {
    while (p < this.end && this.text.charCodeAt(p) === SPACE) p++;
    return p;
  }

  private skipBlanks(p: number): number {
    while (p < this.end) {
      const c = this.text.charCodeAt(p);
      if (c !== SPACE && c !== TAB) break;
      p++;
    }
    return p;
  }

  /** The start of the line after the one holding `p`. */
  private nextLineStart(p: number): number {
    const nl = this.text.indexOf('\n', p);
    return nl < 0 || nl >= this.end ? this.end : nl + 1;
  }

  private lineStartOf(p: number): number {
    return this.text.lastIndexOf('\n', p - 1) + 1;
  }
}

/** A `-` that starts a sequence entry: followed by a blank, a line break or the end. */
function isEntryDash(text: string, p: number, end: number): boolean {
  if (text.charCodeAt(p) !== DASH) return false;
  if (p + 1 >= end) return true;
  const c = text.charCodeAt(p + 1);
  return c === SPACE || c === TAB || c === LF || c === CR;
}


/**
 * Whether a plain scalar may start with this character (js-yaml's canStartPlainScalar in block context): not a blank
 * or break, and none of the indicators `#&*!|>'"%@\`` or flow indicators `,[]{}`. (`-`, `?` and `:` may, unless a
 * blank follows; the caller checks that.) A byte-order mark is sent to js-yaml too.
 */
function canStartPlain(c: number): boolean {
  switch (c) {
    case SPACE: case TAB: case LF: case CR: case HASH: case 0x26 /* & */: case 0x2a /* * */: case 0x21 /* ! */:
    case 0x7c /* | */: case 0x3e /* > */: case SQUOTE: case DQUOTE: case 0x25 /* % */: case 0x40 /* @ */:
    case 0x60 /* ` */: case 0x2c /* , */: case 0x5b /* [ */: case 0x5d /* ] */: case 0x7b /* { */: case 0x7d /* } */:
    case BOM:
      return false;
    default:
      return !Number.isNaN(c);
  }
}
