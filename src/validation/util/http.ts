/**
 * HTTP vocabulary istiod checks, shared by the webhook layer and the constructs (one place for each rule).
 */
import { CharClass, hasWhitespace, HEX_DIGIT, isSignedDigits } from './chars';

/** RFC 9110 token characters: what Envoy and Go's httpguts accept as a header field name (and cookie names). */
const HTTP_TOKEN = new CharClass("!#$%&'*+.^_`|~0-9A-Za-z-");

export function isHttpToken(value: string): boolean {
  return value !== '' && HTTP_TOKEN.all(value);
}

const LETTER = new CharClass('a-zA-Z');
const SCHEME_CHAR = new CharClass('a-zA-Z0-9+.-');

/** A URL's scheme as Go's url package finds it (a letter, then letters, digits, '+', '-' or '.', before the first ':'). */
export function urlScheme(url: string): string | undefined {
  const colon = url.indexOf(':');
  if (colon < 1 || !LETTER.has(url.charCodeAt(0)) || !SCHEME_CHAR.all(url, 1, colon)) return undefined;
  return url.slice(0, colon);
}

// RFC 3986 path characters (unreserved, sub-delims, ':', '@' and '/'), besides percent-encoded octets.
const PATH_CHAR = new CharClass("A-Za-z0-9/._~!$&'()*+,;=:@-");

/** Every character of `path` is a URI path character or part of a `%XX` escape (Gateway API's path pattern). */
export function isUriPath(path: string): boolean {
  for (let i = 0; i < path.length; i++) {
    if (PATH_CHAR.has(path.charCodeAt(i))) continue;
    if (path[i] !== '%' || !HEX_DIGIT.has(path.charCodeAt(i + 1)) || !HEX_DIGIT.has(path.charCodeAt(i + 2))) return false;
    i += 2;
  }
  return true;
}

/** `path` is not normalized: it has `//`, a `.` or `..` segment, or an encoded '/' (`%2f`). */
export function isUnnormalizedPath(path: string): boolean {
  return path.includes('//') || path.includes('/./') || path.includes('/../') || path.endsWith('/.') || path.endsWith('/..') ||
    path.toLowerCase().includes('%2f');
}

/** `^https?://[^\s/?#]+(/[^\s]*)?$`: an http(s) URL with a host, no query or fragment, and no white space. */
export function isHttpUrl(url: string): boolean {
  const rest = url.startsWith('http://') ? url.slice(7) : url.startsWith('https://') ? url.slice(8) : undefined;
  if (rest === undefined || rest === '' || hasWhitespace(rest)) return false;
  let hostEnd = 0;
  while (hostEnd < rest.length && rest[hostEnd] !== '/' && rest[hostEnd] !== '?' && rest[hostEnd] !== '#') hostEnd++;
  return hostEnd > 0 && (hostEnd === rest.length || rest[hostEnd] === '/');
}

/** The retry conditions istiod accepts in `retries.retryOn`, besides HTTP status codes. */
export const RETRY_ON_CONDITIONS: readonly string[] = [
  '5xx', 'gateway-error', 'reset', 'reset-before-request', 'connect-failure', 'retriable-4xx', 'refused-stream',
  'retriable-status-codes', 'retriable-headers', 'envoy-ratelimited', 'http3-post-connect-failure', 'cancelled',
  'deadline-exceeded', 'internal', 'resource-exhausted', 'unavailable',
];
const RETRY_ON = new Set(RETRY_ON_CONDITIONS);

// The status codes Go's net/http has a text for (http.StatusText): istiod accepts exactly these in retryOn.
const HTTP_STATUS_CODES = new Set([
  100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 307, 308,
  400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423,
  424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
]);

/** Whether istiod accepts one comma-separated token of `retryOn` (a condition or a known status code). */
export function isRetryOnToken(token: string): boolean {
  if (RETRY_ON.has(token)) return true;
  return isSignedDigits(token) && HTTP_STATUS_CODES.has(Number(token));
}
