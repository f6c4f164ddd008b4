/**
 * Regular expressions as Envoy and istiod read them: RE2 syntax (istiod compiles with Go's regexp).
 * JavaScript RegExp accepts look-arounds and back-references that RE2 rejects, so never use it for this.
 */
import type { RE2JS } from 're2js';
/** istiod's limit on the length of a regex in a string match or rewrite (webhook), also enforced by the constructs. */
export declare const MAX_REGEX_LENGTH = 1024;
/** Returns undefined when `pattern` compiles as RE2, otherwise the compiler's message. */
export declare function re2Error(pattern: string): string | undefined;
/** Compiles (with a cache) an RE2 pattern; returns undefined when it is not valid RE2. */
export declare function compileRe2(pattern: string): RE2JS | undefined;
