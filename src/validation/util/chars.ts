/**
 * Character-class checks as plain string scanning, for values that come from manifests, props or the command line.
 * JavaScript's RegExp is a backtracking engine, so no input-controlled string goes through one (issue 13): a check
 * is either this linear code (the common shapes, and faster than RegExp on the validator's hot paths) or an RE2
 * pattern (util/re2.ts, `re2Pattern`) for the rest.
 *
 * The checks take `unknown` input in the sense that a value which is not a string (a plain-JavaScript caller, an odd
 * manifest value) is simply not in any class: false, never a TypeError.
 */

/** A set of ASCII characters, tested by UTF-16 code unit (anything above 127 is outside every class). */
export class CharClass {
  private readonly table = new Uint8Array(128);

  /** `spec` lists characters and ranges like a RegExp class body: 'a-z0-9-' (a '-' first or last is itself). */
  public constructor(spec: string) {
    for (let i = 0; i < spec.length; i++) {
      const from = spec.charCodeAt(i);
      if (spec[i + 1] === '-' && i + 2 < spec.length) {
        const to = spec.charCodeAt(i + 2);
        for (let c = from; c <= to; c++) this.table[c] = 1;
        i += 2;
      } else {
        this.table[from] = 1;
      }
    }
  }

  public has(code: number): boolean {
    return code < 128 && this.table[code] === 1;
  }

  /** Every code unit of `s` in [from, to) is in the class (true for an empty range; false for a non-string). */
  public all(s: string, from = 0, to = s?.length): boolean {
    if (typeof s !== 'string') return false;
    for (let i = from; i < to; i++) if (!this.has(s.charCodeAt(i))) return false;
    return true;
  }

  /** Some code unit of `s` is in the class. */
  public some(s: string): boolean {
    if (typeof s !== 'string') return false;
    for (let i = 0; i < s.length; i++) if (this.has(s.charCodeAt(i))) return true;
    return false;
  }
}

export const DIGIT = new CharClass('0-9');
export const HEX_DIGIT = new CharClass('0-9a-fA-F');
export const OCTAL_DIGIT = new CharClass('0-7');
export const LOWER_ALNUM = new CharClass('a-z0-9');
export const ALNUM = new CharClass('a-zA-Z0-9');

/**
 * `s[from, to)` is non-empty, its first and last characters are in `edge` and all others in `inner`: the shape of
 * `^[edge]([inner]*[edge])?$`, which most Kubernetes name rules have.
 */
export function isEdgedRun(s: string, edge: CharClass, inner: CharClass, from = 0, to = s?.length): boolean {
  if (typeof s !== 'string' || to <= from || !edge.has(s.charCodeAt(from)) || !edge.has(s.charCodeAt(to - 1))) return false;
  return inner.all(s, from + 1, to - 1);
}

/** One or more ASCII digits (`^\d+$`). */
export function isDigits(s: string, from = 0, to = s?.length): boolean {
  return to > from && DIGIT.all(s, from, to);
}

/** An optional sign, then one or more ASCII digits (`^[+-]?\d+$`). */
export function isSignedDigits(s: string): boolean {
  return typeof s === 'string' && isDigits(s, s[0] === '+' || s[0] === '-' ? 1 : 0);
}

/** The number of leading characters of `s` (from `from`) that are in `cls`. */
export function runLength(s: string, cls: CharClass, from = 0): number {
  if (typeof s !== 'string') return 0;
  let i = from;
  while (i < s.length && cls.has(s.charCodeAt(i))) i++;
  return i - from;
}

/** JavaScript's `\s`: ASCII and Unicode white space and line terminators. */
export function isWhitespace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** `s` holds a white-space character (`/\s/.test(s)`). */
export function hasWhitespace(s: string): boolean {
  if (typeof s !== 'string') return false;
  for (let i = 0; i < s.length; i++) if (isWhitespace(s.charCodeAt(i))) return true;
  return false;
}

/** `s` without the run of `ch` at its end (`s.replace(/ch+$/, '')`). */
export function trimEndChar(s: string, ch: string): string {
  let end = s.length;
  while (end > 0 && s[end - 1] === ch) end--;
  return s.slice(0, end);
}

/** `s` without the run of `ch` at its start (`s.replace(/^ch+/, '')`). */
export function trimStartChar(s: string, ch: string): string {
  let start = 0;
  while (start < s.length && s[start] === ch) start++;
  return s.slice(start);
}
