/** A header name Istio routes on: a non-empty HTTP token, lower case (Envoy lower-cases header names). */
export declare function headerNameError(name: string): string | undefined;
/** A cookie name: a non-empty HTTP token. */
export declare function cookieNameError(name: string): string | undefined;
/** A cookie value: visible ASCII without space, double quote, comma, semicolon or backslash. */
export declare function cookieValueError(value: string): string | undefined;
/** Escapes every RE2 metacharacter so `value` matches itself literally. */
export declare function escapeRe2(value: string): string;
