import { WebhookReport } from './report';
/** `@request.auth.claims.a.b` or `@request.auth.claims[a][b]`: routing on a JWT claim (jwt.ToRoutingClaim). */
export declare function isJwtClaimRoute(name: string): boolean;
/** A header name in `match[].headers` / `withoutHeaders`: token, pseudo-header, or JWT claim form. */
export declare function matchHeaderNameError(name: string): string | undefined;
/** A plain header name (CORS allow/expose headers, JWT output headers). */
export declare function headerNameError(name: string): string | undefined;
/**
 * `headers.request` / `headers.response` operations (add, set, remove) of a route or a route destination;
 * request add/set may rewrite the authority, but only once (also counting `rewrite.authority`).
 */
export declare function validateHeaderOperations(r: WebhookReport, path: string, headers: unknown, rewriteAuthority: string): void;
/** A regex of a StringMatch or rewrite: non-empty, at most MAX_REGEX_LENGTH (1024) characters, valid RE2. */
export declare function regexError(where: string, regex: string): string | undefined;
/** A StringMatch whose regex must be valid; an empty `prefix` is allowed (the uri match). */
export declare function validateStringMatchRegex(r: WebhookReport, path: string, sm: unknown, where: string): void;
/** A StringMatch: a `prefix` must be non-empty, a `regex` valid; `exact: ""` is allowed. */
export declare function validateStringMatch(r: WebhookReport, path: string, sm: unknown, where: string): void;
