/**
 * The URL values of Kubernetes' CEL URL library (`url()`, `isURL()`, `getScheme()`, …). Kubernetes parses with
 * Go's `net/url.ParseRequestURI`, which is stricter than WHATWG `URL`: the input must be an absolute URI or an
 * absolute path, `#` is not a fragment delimiter, and hosts only allow a narrow character set. This module follows
 * Go's rules so that a rule like `url(self).getScheme() in ["http", "https"]` accepts and rejects what the API
 * server does.
 */
import { ALNUM, CharClass, DIGIT, HEX_DIGIT } from '../util/chars';

/** A parsed request URI, with the accessors the Kubernetes CEL library exposes. */
export class KubeUrl {
  /** Parses like Go's `url.ParseRequestURI`; throws an Error with Go's message when Go would fail. */
  public static parse(raw: string): KubeUrl {
    const result = parseRequestUri(raw);
    if (typeof result === 'string') throw new Error(`URL parse error during conversion from string: parse "${raw}": ${result}`);
    return result;
  }

  /** True when Go's `url.ParseRequestURI` accepts the string. */
  public static isValid(raw: string): boolean {
    return typeof parseRequestUri(raw) !== 'string';
  }

  /** @internal */
  constructor(
    public readonly scheme: string,
    public readonly opaque: string,
    public readonly host: string,
    public readonly path: string,
    private readonly rawPath: string,
    public readonly rawQuery: string,
  ) {}

  public get hostname(): string {
    return splitHostPort(this.host)[0];
  }

  public get port(): string {
    return splitHostPort(this.host)[1];
  }

  /** Go's `URL.EscapedPath`: the original spelling when it is a valid encoding of the path, else the canonical one. */
  public get escapedPath(): string {
    if (this.rawPath !== '' && validEncoded(this.rawPath, Mode.PATH)) {
      const decoded = unescape(this.rawPath, Mode.PATH);
      if (decoded === this.path) return this.rawPath;
    }
    if (this.path === '*') return '*';
    return escape(this.path, Mode.PATH);
  }

  /** Go's `URL.Query`: pairs that fail to decode, and pairs containing ';', are dropped. */
  public get query(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const pair of this.rawQuery.split('&')) {
      if (pair === '' || pair.includes(';')) continue;
      const eq = pair.indexOf('=');
      const key = unescape(eq < 0 ? pair : pair.slice(0, eq), Mode.QUERY_COMPONENT);
      const value = unescape(eq < 0 ? '' : pair.slice(eq + 1), Mode.QUERY_COMPONENT);
      if (typeof key !== 'string' || typeof value !== 'string') continue;
      const list = out.get(key);
      if (list) list.push(value);
      else out.set(key, [value]);
    }
    return out;
  }
}

const enum Mode { PATH, HOST, ZONE, USER_PASSWORD, QUERY_COMPONENT }

/** Returns the parsed URL, or Go's error text (without the `parse "…": ` prefix). */
function parseRequestUri(raw: string): KubeUrl | string {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return 'net/url: invalid control character in URL';
  }
  if (raw === '') return 'empty url';
  if (raw === '*') return new KubeUrl('', '', '', '*', '', '');

  const schemeEnd = schemeLength(raw);
  if (schemeEnd === -1) return 'missing protocol scheme';
  const scheme = raw.slice(0, schemeEnd).toLowerCase();
  let rest = schemeEnd > 0 ? raw.slice(schemeEnd + 1) : raw;

  let rawQuery = '';
  const firstQ = rest.indexOf('?');
  if (firstQ >= 0) {
    // Go keeps a lone trailing '?' as ForceQuery with an empty query; either way the query is what follows it.
    rawQuery = rest.slice(firstQ + 1);
    rest = rest.slice(0, firstQ);
  }

  if (!rest.startsWith('/')) {
    if (scheme !== '') return new KubeUrl(scheme, rest, '', '', '', rawQuery);
    return 'invalid URI for request';
  }

  let host = '';
  if (scheme !== '' && rest.startsWith('//')) {
    let authority = rest.slice(2);
    rest = '';
    const slash = authority.indexOf('/');
    if (slash >= 0) {
      rest = authority.slice(slash);
      authority = authority.slice(0, slash);
    }
    const parsedHost = parseAuthority(authority);
    if (parsedHost.error !== undefined) return parsedHost.error;
    host = parsedHost.host;
  }

  const path = unescape(rest, Mode.PATH);
  if (typeof path !== 'string') return path.error;
  const rawPath = escape(path, Mode.PATH) === rest ? '' : rest;
  return new KubeUrl(scheme, '', host, path, rawPath, rawQuery);
}

/** Index of the ':' ending a valid scheme, 0 when there is no scheme, -1 for a leading ':' (Go: missing scheme). */
function schemeLength(raw: string): number {
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) continue;
    if ((c >= '0' && c <= '9') || c === '+' || c === '-' || c === '.') {
      if (i === 0) return 0;
      continue;
    }
    if (c === ':') return i === 0 ? -1 : i;
    return 0;
  }
  return 0;
}

interface HostResult { readonly host: string; readonly error?: string }

const USERINFO_CHAR = new CharClass("A-Za-z0-9._:~!$&'()*+,;=%@-");

function parseAuthority(authority: string): HostResult {
  const at = authority.lastIndexOf('@');
  const host = parseHost(at < 0 ? authority : authority.slice(at + 1));
  if (host.error !== undefined || at < 0) return host;
  const userinfo = authority.slice(0, at);
  if (!USERINFO_CHAR.all(userinfo)) return { host: '', error: 'net/url: invalid userinfo' };
  for (const part of userinfo.split(':', 2)) {
    const decoded = unescape(part, Mode.USER_PASSWORD);
    if (typeof decoded !== 'string') return { host: '', error: decoded.error };
  }
  return host;
}

function parseHost(host: string): HostResult {
  if (host.startsWith('[')) {
    const close = host.lastIndexOf(']');
    if (close < 0) return { host: '', error: "missing ']' in host" };
    const colonPort = host.slice(close + 1);
    if (!validOptionalPort(colonPort)) return { host: '', error: `invalid port ${goQuote(colonPort)} after host` };
    const zone = host.slice(0, close).indexOf('%25');
    if (zone >= 0) {
      const parts = [
        unescape(host.slice(0, zone), Mode.HOST),
        unescape(host.slice(zone, close), Mode.ZONE),
        unescape(host.slice(close), Mode.HOST),
      ];
      for (const p of parts) if (typeof p !== 'string') return { host: '', error: p.error };
      return { host: parts.join('') };
    }
  } else {
    const colon = host.lastIndexOf(':');
    if (colon >= 0 && !validOptionalPort(host.slice(colon))) {
      return { host: '', error: `invalid port ${goQuote(host.slice(colon))} after host` };
    }
  }
  const decoded = unescape(host, Mode.HOST);
  return typeof decoded === 'string' ? { host: decoded } : { host: '', error: decoded.error };
}

function validOptionalPort(port: string): boolean {
  return port === '' || (port[0] === ':' && DIGIT.all(port, 1));
}

function splitHostPort(hostPort: string): [string, string] {
  let host = hostPort;
  let port = '';
  const colon = host.lastIndexOf(':');
  if (colon >= 0 && validOptionalPort(host.slice(colon))) {
    port = host.slice(colon + 1);
    host = host.slice(0, colon);
  }
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  return [host, port];
}

function isHex(c: string): boolean {
  return c.length === 1 && HEX_DIGIT.has(c.charCodeAt(0));
}

/** Go's `shouldEscape` for one ASCII byte in the given mode (bytes >= 0x80 always escape). */
function shouldEscape(code: number, mode: Mode): boolean {
  const c = String.fromCharCode(code);
  if (ALNUM.has(code)) return false;
  if (mode === Mode.HOST || mode === Mode.ZONE) {
    if ("!$&'()*+,;=:[]<>\"".includes(c)) return false;
  }
  if ('-_.~'.includes(c)) return false;
  if ('$&+,/:;=?@'.includes(c)) {
    switch (mode) {
      case Mode.PATH: return c === '?';
      case Mode.USER_PASSWORD: return c === '@' || c === '/' || c === '?' || c === ':';
      case Mode.QUERY_COMPONENT: return true;
      default: return true; // hosts and zones: Go falls through to "everything else must be escaped"
    }
  }
  return true;
}

function goQuote(s: string): string {
  return JSON.stringify(s);
}

interface EscapeFailure { readonly error: string }

/** Go's `unescape`: decodes %XX (and '+' in query components), or returns Go's error. */
function unescape(s: string, mode: Mode): string | EscapeFailure {
  if (!s.includes('%') && !(mode === Mode.QUERY_COMPONENT && s.includes('+'))) {
    if (mode === Mode.HOST || mode === Mode.ZONE) {
      for (let i = 0; i < s.length; i++) {
        const code = s.charCodeAt(i);
        if (code < 0x80 && shouldEscape(code, mode)) return { error: `invalid character ${goQuote(s[i])} in host name` };
      }
    }
    return s;
  }
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < s.length;) {
    const c = s[i];
    if (c === '%') {
      if (i + 2 >= s.length || !isHex(s[i + 1]) || !isHex(s[i + 2])) {
        return { error: `invalid URL escape ${goQuote(s.slice(i, i + 3))}` };
      }
      const v = parseInt(s.slice(i + 1, i + 3), 16);
      const escapeText = s.slice(i, i + 3);
      if (mode === Mode.HOST && v < 0x80 && escapeText !== '%25') return { error: `invalid URL escape ${goQuote(escapeText)}` };
      if (mode === Mode.ZONE && escapeText !== '%25' && v !== 0x20 && shouldEscape(v, Mode.HOST)) {
        return { error: `invalid URL escape ${goQuote(escapeText)}` };
      }
      bytes.push(v);
      i += 3;
      continue;
    }
    if (c === '+' && mode === Mode.QUERY_COMPONENT) {
      bytes.push(0x20);
      i++;
      continue;
    }
    const code = s.charCodeAt(i);
    if ((mode === Mode.HOST || mode === Mode.ZONE) && code < 0x80 && shouldEscape(code, mode)) {
      return { error: `invalid character ${goQuote(c)} in host name` };
    }
    const cp = s.codePointAt(i) ?? code;
    const width = cp > 0xffff ? 2 : 1;
    for (const b of encoder.encode(s.slice(i, i + width))) bytes.push(b);
    i += width;
  }
  return new TextDecoder().decode(Uint8Array.from(bytes));
}

/** Go's `escape` for paths: %XX (upper-case hex) for every byte that `shouldEscape` flags. */
function escape(s: string, mode: Mode): string {
  let out = '';
  for (const b of new TextEncoder().encode(s)) {
    if (b < 0x80 && !shouldEscape(b, mode)) out += String.fromCharCode(b);
    else out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** Go's `validEncoded`: sub-delims, ':' '@' '[' ']' and '%' are fine as written in a path. */
function validEncoded(s: string, mode: Mode): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if ("!$&'()*+,;=:@[]%".includes(c)) continue;
    const code = s.charCodeAt(i);
    if (code >= 0x80 || shouldEscape(code, mode)) return false;
  }
  return true;
}
