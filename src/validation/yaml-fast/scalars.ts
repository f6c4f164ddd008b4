/**
 * Scalars of the fast YAML path (see parser.ts): the typing of plain scalars, quoted-scalar decoding and the
 * printable-character rule, each written to give exactly what js-yaml 5 gives with its CORE_SCHEMA (the schema
 * manifests.ts loads with). Plain string code only: issue 13 forbids backtracking regular expressions on input, and
 * a hand-written matcher is also what makes this path faster than js-yaml's regex-per-scalar resolution.
 *
 * Every function that meets something it does not decode exactly like js-yaml throws UNSUPPORTED; the caller then
 * lets js-yaml read the whole document (and report the error, if it is one).
 */

import { DIGIT, HEX_DIGIT, isDigits, OCTAL_DIGIT, runLength } from '../util/chars';

/** Thrown (never an Error: no stack to capture) when a document leaves the fast path's subset. */
export const UNSUPPORTED: { readonly reason: string } = Object.freeze({ reason: 'outside the fast YAML subset' });

/**
 * The value js-yaml's CORE_SCHEMA gives an untagged plain scalar: null, a boolean, an integer, a float or the
 * string itself. js-yaml chooses the candidate types by the first character, in schema order (null, bool, int,
 * float), and falls back to the string when none matches; so does this.
 */
export function resolvePlain(s: string): unknown {
  switch (s.charCodeAt(0)) {
    case 0x7e /* ~ */: case 0x6e /* n */: case 0x4e /* N */:
      return s === '~' || s === 'null' || s === 'Null' || s === 'NULL' ? null : s;
    case 0x74 /* t */: case 0x54 /* T */:
      return s === 'true' || s === 'True' || s === 'TRUE' ? true : s;
    case 0x66 /* f */: case 0x46 /* F */:
      return s === 'false' || s === 'False' || s === 'FALSE' ? false : s;
    case 0x2d /* - */: case 0x2b /* + */:
    case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35: case 0x36: case 0x37: case 0x38: case 0x39: {
      const int = coreInt(s);
      if (int !== undefined) return int;
      const float = coreFloat(s);
      return float === undefined ? s : float;
    }
    case 0x2e /* . */: {
      const float = coreFloat(s);
      return float === undefined ? s : float;
    }
    default:
      return s;
  }
}

/** js-yaml's core `!!int`: `0o[0-7]+`, `0x[0-9a-fA-F]+` or `[-+]?[0-9]+`, finite; computed as js-yaml computes it. */
function coreInt(s: string): number | undefined {
  let value = s;
  let sign = 1;
  if (s.startsWith('0o')) {
    if (s.length === 2 || !OCTAL_DIGIT.all(s, 2)) return undefined;
    value = s.slice(2);
    return finite(sign * parseInt(value, 8));
  }
  if (s.startsWith('0x')) {
    if (s.length === 2 || !HEX_DIGIT.all(s, 2)) return undefined;
    return finite(sign * parseInt(s.slice(2), 16));
  }
  const first = s.charCodeAt(0);
  const from = first === 0x2d || first === 0x2b ? 1 : 0;
  if (!isDigits(s, from)) return undefined;
  if (from === 1) {
    if (first === 0x2d) sign = -1;
    value = s.slice(1);
  }
  // A signed `0x`/`0o` cannot reach here (the x or o is not a digit), so js-yaml's prefix branches do not apply.
  return finite(sign * parseInt(value, 10));
}

/**
 * js-yaml's core `!!float`: `[-+]?[0-9]+(\.[0-9]*)?([eE][-+]?[0-9]+)?`, `[-+]?\.[0-9]+([eE][-+]?[0-9]+)?`,
 * `[-+]?\.(inf|Inf|INF)` or `\.(nan|NaN|NAN)`; a finite result or one of the special values.
 */
function coreFloat(s: string): number | undefined {
  const n = s.length;
  let i = 0;
  const first = s.charCodeAt(0);
  const signed = first === 0x2d || first === 0x2b;
  if (signed) i = 1;
  let special = false;
  if (s.charCodeAt(i) === 0x2e /* . */) {
    const rest = s.slice(i + 1);
    if (rest === 'inf' || rest === 'Inf' || rest === 'INF' || (!signed && (rest === 'nan' || rest === 'NaN' || rest === 'NAN'))) {
      special = true;
    } else {
      const digits = digitsEnd(s, i + 1);
      if (digits === i + 1 || !exponentTo(s, digits, n)) return undefined;
    }
  } else {
    const intEnd = digitsEnd(s, i);
    if (intEnd === i) return undefined;
    let j = intEnd;
    if (s.charCodeAt(j) === 0x2e) j = digitsEnd(s, j + 1);
    if (!exponentTo(s, j, n)) return undefined;
  }
  let value = s.toLowerCase();
  const sign = value.charCodeAt(0) === 0x2d ? -1 : 1;
  if (signed) value = value.slice(1);
  if (value === '.inf') return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === '.nan') return NaN;
  const result = sign * parseFloat(value);
  return Number.isFinite(result) || special ? result : undefined;
}

/** True when `s` from `i` is empty or an exponent `[eE][-+]?[0-9]+` running to `n`. */
function exponentTo(s: string, i: number, n: number): boolean {
  if (i === n) return true;
  const e = s.charCodeAt(i);
  if (e !== 0x65 && e !== 0x45) return false;
  let j = i + 1;
  const c = s.charCodeAt(j);
  if (c === 0x2d || c === 0x2b) j++;
  const end = digitsEnd(s, j);
  return end > j && end === n;
}

function finite(n: number): number | undefined {
  return Number.isFinite(n) ? n : undefined;
}

/** Where the run of ASCII digits starting at `i` ends. */
function digitsEnd(s: string, i: number): number {
  return i + runLength(s, DIGIT, i);
}

/**
 * js-yaml refuses plain and block scalars holding C0/C1 controls (but tab and line breaks), U+FFFE/U+FFFF or lone
 * surrogates ("the stream contains non-printable characters"). True when `text[start, end)` has none of them.
 */
export function isPrintable(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    if (c < 0x20) {
      if (c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
    } else if (c <= 0x9f) {
      if (c !== 0x85) return false;
    } else if (c === 0xfffe || c === 0xffff) {
      return false;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff) || i + 1 >= end) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return false; // a low surrogate not preceded by a high one (pairs are skipped whole above)
    }
  }
  return true;
}

/**
 * A double-quoted scalar that closes on its own line: `start` is just past the opening quote. Returns the decoded
 * string and the position just past the closing quote (in `quoteEnd`). Escapes are js-yaml's set; a line break
 * (folding, or an escaped line break) throws UNSUPPORTED, as do the characters js-yaml refuses in quotes.
 */
export function readDoubleQuoted(text: string, start: number, end: number, out: { quoteEnd: number }): string {
  let result = '';
  let from = start;
  for (let i = start; i < end;) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      out.quoteEnd = i + 1;
      return from === start ? text.slice(start, i) : result + text.slice(from, i);
    }
    if (c === 0x5c /* \ */) {
      result += text.slice(from, i);
      const e = text.charCodeAt(i + 1);
      const simple = e < 256 ? SIMPLE_ESCAPES[e] : undefined;
      if (simple !== undefined) {
        result += simple;
        i += 2;
      } else {
        const len = e === 0x78 /* x */ ? 2 : e === 0x75 /* u */ ? 4 : e === 0x55 /* U */ ? 8 : 0;
        if (len === 0 || i + 2 + len > end) throw UNSUPPORTED;
        // Accumulated like js-yaml (32-bit shifts), so even \U values past U+10FFFF decode to the same string.
        let code = 0;
        for (let k = i + 2; k < i + 2 + len; k++) {
          const digit = hexValue(text.charCodeAt(k));
          if (digit < 0) throw UNSUPPORTED;
          code = (code << 4) + digit;
        }
        result += code <= 0xffff ? String.fromCharCode(code)
          : String.fromCharCode(((code - 0x10000) >> 10) + 0xd800, ((code - 0x10000) & 0x3ff) + 0xdc00);
        i += 2 + len;
      }
      from = i;
      continue;
    }
    if (c < 0x20 && c !== 0x09) throw UNSUPPORTED; // a line break (multi-line scalar) or a control js-yaml refuses
    i++;
  }
  throw UNSUPPORTED;
}

/** A single-quoted scalar closing on its own line (`''` is a quote); like readDoubleQuoted otherwise. */
export function readSingleQuoted(text: string, start: number, end: number, out: { quoteEnd: number }): string {
  let result = '';
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x27 /* ' */) {
      if (text.charCodeAt(i + 1) === 0x27 && i + 1 < end) {
        result += text.slice(from, i + 1);
        from = ++i + 1;
        continue;
      }
      out.quoteEnd = i + 1;
      return result + text.slice(from, i);
    }
    if (c < 0x20 && c !== 0x09) throw UNSUPPORTED;
  }
  throw UNSUPPORTED;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lc = c | 0x20;
  return lc >= 0x61 && lc <= 0x66 ? lc - 0x61 + 10 : -1;
}

/** YAML's one-character escapes (js-yaml's set, including `\<TAB>`), by the character after the backslash. */
const SIMPLE_ESCAPES: Array<string | undefined> = (() => {
  const table = new Array<string | undefined>(256).fill(undefined);
  const pairs: Array<[string, string]> = [
    ['0', '\0'], ['a', '\x07'], ['b', '\b'], ['t', '\t'], ['\t', '\t'], ['n', '\n'], ['v', '\v'], ['f', '\f'],
    ['r', '\r'], ['e', '\x1b'], [' ', ' '], ['"', '"'], ['/', '/'], ['\\', '\\'], ['N', '\x85'], ['_', '\xa0'],
    ['L', '\u2028'], ['P', '\u2029'],
  ];
  for (const [escape, value] of pairs) table[escape.charCodeAt(0)] = value;
  return table;
})();
