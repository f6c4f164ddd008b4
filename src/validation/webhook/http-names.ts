/**
 * HTTP header names as istiod accepts them in matches and header operations, and StringMatch values.
 */
import { isHttpToken } from '../util/http';
import { MAX_REGEX_LENGTH, re2Error } from '../util/re2';
import { headerValueError } from './header-value';
import { entries, isObj, keyPath, list, obj, Obj } from '../util/plain-json';
import { WebhookReport } from './report';

const PSEUDO_HEADERS = new Set([':method', ':scheme', ':authority', ':path', ':status']);
const JWT_CLAIM_PREFIX = '@request.auth.claims';

/** `@request.auth.claims.a.b` or `@request.auth.claims[a][b]`: routing on a JWT claim (jwt.ToRoutingClaim). */
export function isJwtClaimRoute(name: string): boolean {
  if (!name.toLowerCase().startsWith(JWT_CLAIM_PREFIX)) return false;
  const rest = name.slice(JWT_CLAIM_PREFIX.length);
  return (rest.startsWith('.') && rest.length > 1) || (rest.startsWith('[') && rest.endsWith(']') && rest.length > 2);
}

function invalidName(name: string): string {
  return `header name ${name} is not a valid header name (use HTTP token characters, e.g. "x-user-region")`;
}

/** A header name in `match[].headers` / `withoutHeaders`: token, pseudo-header, or JWT claim form. */
export function matchHeaderNameError(name: string): string | undefined {
  if (name === '') return 'header name cannot be empty';
  if (isJwtClaimRoute(name) || PSEUDO_HEADERS.has(name) || isHttpToken(name)) return undefined;
  return invalidName(name);
}

/** A plain header name (CORS allow/expose headers, JWT output headers). */
export function headerNameError(name: string): string | undefined {
  if (name === '') return 'header name cannot be empty';
  return isHttpToken(name) ? undefined : invalidName(name);
}

function isAuthorityHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === ':authority' || lower === 'host';
}

/**
 * A header a route adds/sets/removes. istiod does not token-check these names; it refuses pseudo-headers
 * (`:authority` and `host` may be set on requests, where they rewrite the authority) and, for request removal
 * and all response operations, the Host header.
 */
function headerOperationNameError(name: string, requestAddOrSet: boolean): string | undefined {
  if (requestAddOrSet) {
    if (name.startsWith(':') && name.toLowerCase() !== ':authority') return `invalid header "${name}": header cannot have ":" prefix`;
    return undefined;
  }
  if (name.toLowerCase() === 'host') return `invalid header "${name}": cannot set Host header`;
  if (name.startsWith(':')) return `invalid header "${name}": header cannot have ":" prefix`;
  return undefined;
}

/**
 * `headers.request` / `headers.response` operations (add, set, remove) of a route or a route destination;
 * request add/set may rewrite the authority, but only once (also counting `rewrite.authority`).
 */
export function validateHeaderOperations(r: WebhookReport, path: string, headers: unknown, rewriteAuthority: string): void {
  if (!isObj(headers)) return;
  let authority = rewriteAuthority;
  for (const side of ['request', 'response'] as const) {
    const ops: Obj = obj(headers[side]);
    const base = `${path}.${side}`;
    const isRequest = side === 'request';
    for (const op of ['set', 'add'] as const) {
      for (const [name, value] of entries(ops[op])) {
        r.errorIf(keyPath(`${base}.${op}`, name), headerOperationNameError(name, isRequest));
        if (typeof value === 'string') r.errorIf(keyPath(`${base}.${op}`, name), headerValueError(value));
        if (isRequest && isAuthorityHeader(name) && typeof value === 'string') {
          if (authority !== '') {
            r.error(keyPath(`${base}.${op}`, name), `authority header cannot be set multiple times: have "${authority}", attempting to set "${value}"`);
          }
          authority = value;
        }
      }
    }
    list(ops.remove).forEach((name, i) => {
      if (typeof name === 'string') r.errorIf(`${base}.remove[${i}]`, headerOperationNameError(name, false));
    });
  }
}

/** A regex of a StringMatch or rewrite: non-empty, at most MAX_REGEX_LENGTH (1024) characters, valid RE2. */
export function regexError(where: string, regex: string): string | undefined {
  if (regex === '') return `"${where}": regex string match should not be empty`;
  if (regex.length > MAX_REGEX_LENGTH) return `"${where}": regex is too large, max length allowed is ${MAX_REGEX_LENGTH}`;
  const err = re2Error(regex);
  if (err === undefined) return undefined;
  return `"${where}": regex "${regex}" is invalid: ${err}; Istio uses RE2 style regex-based match (https://github.com/google/re2/wiki/Syntax)`;
}

/** A StringMatch whose regex must be valid; an empty `prefix` is allowed (the uri match). */
export function validateStringMatchRegex(r: WebhookReport, path: string, sm: unknown, where: string): void {
  if (isObj(sm) && typeof sm.regex === 'string') r.errorIf(`${path}.regex`, regexError(where, sm.regex));
}

/** A StringMatch: a `prefix` must be non-empty, a `regex` valid; `exact: ""` is allowed. */
export function validateStringMatch(r: WebhookReport, path: string, sm: unknown, where: string): void {
  if (!isObj(sm)) return;
  if (sm.prefix === '') r.error(`${path}.prefix`, `"${where}": prefix string match should not be empty`);
  validateStringMatchRegex(r, path, sm, where);
}
