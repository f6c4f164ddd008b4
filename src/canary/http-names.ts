/**
 * HTTP name rules as istiod and Envoy read them (RFC 9110 tokens; RFC 6265 cookies). Each `xxxError` returns
 * undefined when the value is fine, else a message that quotes the value and says what is allowed.
 */
import { CharClass } from '../validation/util/chars';
import { isHttpToken } from '../validation/util/http';

const RE2_META = '\\^$.|?*+()[]{}';

// RFC 6265 cookie-octet: visible ASCII except space, '"', ',', ';' and '\'.
const COOKIE_VALUE = new CharClass('!#-+--:<-[]-~');

/** A header name Istio routes on: a non-empty HTTP token, lower case (Envoy lower-cases header names). */
export function headerNameError(name: string): string | undefined {
  if (typeof name !== 'string' || name.length === 0) return 'header name must not be empty';
  if (!isHttpToken(name)) {
    return `header name ${JSON.stringify(name)} is not an HTTP token: use letters, digits and !#$%&'*+-.^_\`|~ ` +
      '(no spaces, colons or other separators)';
  }
  if (name !== name.toLowerCase()) {
    return `header name ${JSON.stringify(name)} has upper-case letters: use lower case (${JSON.stringify(name.toLowerCase())})`;
  }
  return undefined;
}

/** A cookie name: a non-empty HTTP token. */
export function cookieNameError(name: string): string | undefined {
  if (typeof name !== 'string' || name.length === 0) return 'cookie name must not be empty';
  if (!isHttpToken(name)) {
    return `cookie name ${JSON.stringify(name)} is not an HTTP token: use letters, digits and !#$%&'*+-.^_\`|~`;
  }
  return undefined;
}

/** A cookie value: visible ASCII without space, double quote, comma, semicolon or backslash. */
export function cookieValueError(value: string): string | undefined {
  if (typeof value === 'string' && COOKIE_VALUE.all(value)) return undefined;
  return `cookie value ${JSON.stringify(value)} may only use visible ASCII without space, '"', ',', ';' or '\\'`;
}

/** Escapes every RE2 metacharacter so `value` matches itself literally. */
export function escapeRe2(value: string): string {
  let out = '';
  for (const c of value) out += RE2_META.includes(c) ? `\\${c}` : c;
  return out;
}
