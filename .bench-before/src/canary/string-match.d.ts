/** How a StringMatch compares. */
export declare enum StringMatchType {
    /** The whole value equals the given string. */
    EXACT = "exact",
    /** The value starts with the given string. */
    PREFIX = "prefix",
    /** The whole value matches the given RE2 regular expression. */
    REGEX = "regex"
}
/** Istio's limit on a regex in a route match (istiod webhook). */
export declare const MAX_REGEX_LENGTH = 1024;
/** A string comparison in a route match (header value, URI, query parameter). */
export declare class StringMatch {
    readonly type: StringMatchType;
    readonly value: string;
    /** Matches when the value is exactly `value` (the empty string is allowed). */
    static exact(value: string): StringMatch;
    /** Matches when the value starts with `value` (must not be empty). */
    static prefix(value: string): StringMatch;
    /**
     * Matches when the whole value matches the RE2 regular expression `pattern` (Envoy's syntax: no
     * look-arounds or back-references; at most 1024 characters).
     */
    static regex(pattern: string): StringMatch;
    private constructor();
    toString(): string;
}
