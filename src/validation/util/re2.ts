/**
 * Regular expressions as Envoy and istiod read them: RE2 syntax (istiod compiles with Go's regexp).
 * JavaScript RegExp accepts look-arounds and back-references that RE2 rejects, so never use it for this.
 */
import type { RE2JS } from 're2js';
import { re2Module } from './lazy-modules';

/** istiod's limit on the length of a regex in a string match or rewrite (webhook), also enforced by the constructs. */
export const MAX_REGEX_LENGTH = 1024;

/** Returns undefined when `pattern` compiles as RE2, otherwise the compiler's message. */
export function re2Error(pattern: string): string | undefined {
  try {
    re2Module().RE2JS.compile(pattern);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

const cache = new Map<string, RE2JS | null>();

/** Compiles (with a cache) an RE2 pattern; returns undefined when it is not valid RE2. */
export function compileRe2(pattern: string): RE2JS | undefined {
  let re = cache.get(pattern);
  if (re === undefined) {
    try {
      re = re2Module().RE2JS.compile(pattern);
    } catch {
      re = null;
    }
    cache.set(pattern, re);
  }
  return re ?? undefined;
}

/**
 * A fixed pattern for checking input-controlled strings (manifest values, props, command-line arguments), run by RE2
 * so its cost is linear in the input whatever the input is. JavaScript's RegExp backtracks, and a guard test
 * (test/lint/regex-guard.test.ts) refuses it in src/ except for the allowlisted constant-only uses; simple character
 * checks are plain string code instead (util/chars.ts). Mind RE2's syntax: `\s` is ASCII white space only, there
 * are no look-arounds or back-references, and flags are inline (`(?i)`).
 */
export class Re2Pattern {
  private compiled: RE2JS | undefined;

  /** @internal use `re2Pattern` */
  public constructor(private readonly source: string) {}

  /** Whether the pattern matches somewhere in `text` (anchor it with `^...$` for a whole-string check). */
  public test(text: string): boolean {
    return this.re().test(text);
  }

  /** The first match's groups (index 0 is the whole match; a group that took no part is undefined), or undefined. */
  public exec(text: string): Array<string | undefined> | undefined {
    const m = this.re().matcher(text);
    if (!m.find()) return undefined;
    const groups: Array<string | undefined> = [];
    for (let i = 0; i <= m.groupCount(); i++) groups.push(m.group(i) ?? undefined);
    return groups;
  }

  // Compiled on first use: the RE2 engine is loaded lazily (lazy-modules.ts), and most patterns are never needed.
  private re(): RE2JS {
    if (this.compiled === undefined) {
      this.compiled = compileRe2(this.source);
      if (this.compiled === undefined) throw new Error(`internal: not a valid RE2 pattern: ${this.source}`);
    }
    return this.compiled;
  }
}

/** Declares a fixed RE2 pattern (a module constant; compiled on first use). */
export function re2Pattern(source: string): Re2Pattern {
  return new Re2Pattern(source);
}
