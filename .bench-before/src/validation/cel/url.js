"use strict";
/**
 * The URL values of Kubernetes' CEL URL library (`url()`, `isURL()`, `getScheme()`, …). Kubernetes parses with
 * Go's `net/url.ParseRequestURI`, which is stricter than WHATWG `URL`: the input must be an absolute URI or an
 * absolute path, `#` is not a fragment delimiter, and hosts only allow a narrow character set. This module follows
 * Go's rules so that a rule like `url(self).getScheme() in ["http", "https"]` accepts and rejects what the API
 * server does.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.KubeUrl = void 0;
/** A parsed request URI, with the accessors the Kubernetes CEL library exposes. */
class KubeUrl {
    scheme;
    opaque;
    host;
    path;
    rawPath;
    rawQuery;
    /** Parses like Go's `url.ParseRequestURI`; throws an Error with Go's message when Go would fail. */
    static parse(raw) {
        const result = parseRequestUri(raw);
        if (typeof result === 'string')
            throw new Error(`URL parse error during conversion from string: parse "${raw}": ${result}`);
        return result;
    }
    /** True when Go's `url.ParseRequestURI` accepts the string. */
    static isValid(raw) {
        return typeof parseRequestUri(raw) !== 'string';
    }
    /** @internal */
    constructor(scheme, opaque, host, path, rawPath, rawQuery) {
        this.scheme = scheme;
        this.opaque = opaque;
        this.host = host;
        this.path = path;
        this.rawPath = rawPath;
        this.rawQuery = rawQuery;
    }
    get hostname() {
        return splitHostPort(this.host)[0];
    }
    get port() {
        return splitHostPort(this.host)[1];
    }
    /** Go's `URL.EscapedPath`: the original spelling when it is a valid encoding of the path, else the canonical one. */
    get escapedPath() {
        if (this.rawPath !== '' && validEncoded(this.rawPath, 0 /* Mode.PATH */)) {
            const decoded = unescape(this.rawPath, 0 /* Mode.PATH */);
            if (decoded === this.path)
                return this.rawPath;
        }
        if (this.path === '*')
            return '*';
        return escape(this.path, 0 /* Mode.PATH */);
    }
    /** Go's `URL.Query`: pairs that fail to decode, and pairs containing ';', are dropped. */
    get query() {
        const out = new Map();
        for (const pair of this.rawQuery.split('&')) {
            if (pair === '' || pair.includes(';'))
                continue;
            const eq = pair.indexOf('=');
            const key = unescape(eq < 0 ? pair : pair.slice(0, eq), 4 /* Mode.QUERY_COMPONENT */);
            const value = unescape(eq < 0 ? '' : pair.slice(eq + 1), 4 /* Mode.QUERY_COMPONENT */);
            if (typeof key !== 'string' || typeof value !== 'string')
                continue;
            const list = out.get(key);
            if (list)
                list.push(value);
            else
                out.set(key, [value]);
        }
        return out;
    }
}
exports.KubeUrl = KubeUrl;
/** Returns the parsed URL, or Go's error text (without the `parse "…": ` prefix). */
function parseRequestUri(raw) {
    for (let i = 0; i < raw.length; i++) {
        const c = raw.charCodeAt(i);
        if (c < 0x20 || c === 0x7f)
            return 'net/url: invalid control character in URL';
    }
    if (raw === '')
        return 'empty url';
    if (raw === '*')
        return new KubeUrl('', '', '', '*', '', '');
    const schemeEnd = schemeLength(raw);
    if (schemeEnd === -1)
        return 'missing protocol scheme';
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
        if (scheme !== '')
            return new KubeUrl(scheme, rest, '', '', '', rawQuery);
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
        if (parsedHost.error !== undefined)
            return parsedHost.error;
        host = parsedHost.host;
    }
    const path = unescape(rest, 0 /* Mode.PATH */);
    if (typeof path !== 'string')
        return path.error;
    const rawPath = escape(path, 0 /* Mode.PATH */) === rest ? '' : rest;
    return new KubeUrl(scheme, '', host, path, rawPath, rawQuery);
}
/** Index of the ':' ending a valid scheme, 0 when there is no scheme, -1 for a leading ':' (Go: missing scheme). */
function schemeLength(raw) {
    for (let i = 0; i < raw.length; i++) {
        const c = raw[i];
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            continue;
        if ((c >= '0' && c <= '9') || c === '+' || c === '-' || c === '.') {
            if (i === 0)
                return 0;
            continue;
        }
        if (c === ':')
            return i === 0 ? -1 : i;
        return 0;
    }
    return 0;
}
function parseAuthority(authority) {
    const at = authority.lastIndexOf('@');
    const host = parseHost(at < 0 ? authority : authority.slice(at + 1));
    if (host.error !== undefined || at < 0)
        return host;
    const userinfo = authority.slice(0, at);
    if (!/^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(userinfo))
        return { host: '', error: 'net/url: invalid userinfo' };
    for (const part of userinfo.split(':', 2)) {
        const decoded = unescape(part, 3 /* Mode.USER_PASSWORD */);
        if (typeof decoded !== 'string')
            return { host: '', error: decoded.error };
    }
    return host;
}
function parseHost(host) {
    if (host.startsWith('[')) {
        const close = host.lastIndexOf(']');
        if (close < 0)
            return { host: '', error: "missing ']' in host" };
        const colonPort = host.slice(close + 1);
        if (!validOptionalPort(colonPort))
            return { host: '', error: `invalid port ${goQuote(colonPort)} after host` };
        const zone = host.slice(0, close).indexOf('%25');
        if (zone >= 0) {
            const parts = [
                unescape(host.slice(0, zone), 1 /* Mode.HOST */),
                unescape(host.slice(zone, close), 2 /* Mode.ZONE */),
                unescape(host.slice(close), 1 /* Mode.HOST */),
            ];
            for (const p of parts)
                if (typeof p !== 'string')
                    return { host: '', error: p.error };
            return { host: parts.join('') };
        }
    }
    else {
        const colon = host.lastIndexOf(':');
        if (colon >= 0 && !validOptionalPort(host.slice(colon))) {
            return { host: '', error: `invalid port ${goQuote(host.slice(colon))} after host` };
        }
    }
    const decoded = unescape(host, 1 /* Mode.HOST */);
    return typeof decoded === 'string' ? { host: decoded } : { host: '', error: decoded.error };
}
function validOptionalPort(port) {
    return port === '' || /^:[0-9]*$/.test(port);
}
function splitHostPort(hostPort) {
    let host = hostPort;
    let port = '';
    const colon = host.lastIndexOf(':');
    if (colon >= 0 && validOptionalPort(host.slice(colon))) {
        port = host.slice(colon + 1);
        host = host.slice(0, colon);
    }
    if (host.startsWith('[') && host.endsWith(']'))
        host = host.slice(1, -1);
    return [host, port];
}
function isHex(c) {
    return /^[0-9A-Fa-f]$/.test(c);
}
/** Go's `shouldEscape` for one ASCII byte in the given mode (bytes >= 0x80 always escape). */
function shouldEscape(code, mode) {
    const c = String.fromCharCode(code);
    if (/^[A-Za-z0-9]$/.test(c))
        return false;
    if (mode === 1 /* Mode.HOST */ || mode === 2 /* Mode.ZONE */) {
        if ("!$&'()*+,;=:[]<>\"".includes(c))
            return false;
    }
    if ('-_.~'.includes(c))
        return false;
    if ('$&+,/:;=?@'.includes(c)) {
        switch (mode) {
            case 0 /* Mode.PATH */: return c === '?';
            case 3 /* Mode.USER_PASSWORD */: return c === '@' || c === '/' || c === '?' || c === ':';
            case 4 /* Mode.QUERY_COMPONENT */: return true;
            default: return true; // hosts and zones: Go falls through to "everything else must be escaped"
        }
    }
    return true;
}
function goQuote(s) {
    return JSON.stringify(s);
}
/** Go's `unescape`: decodes %XX (and '+' in query components), or returns Go's error. */
function unescape(s, mode) {
    if (!s.includes('%') && !(mode === 4 /* Mode.QUERY_COMPONENT */ && s.includes('+'))) {
        if (mode === 1 /* Mode.HOST */ || mode === 2 /* Mode.ZONE */) {
            for (let i = 0; i < s.length; i++) {
                const code = s.charCodeAt(i);
                if (code < 0x80 && shouldEscape(code, mode))
                    return { error: `invalid character ${goQuote(s[i])} in host name` };
            }
        }
        return s;
    }
    const bytes = [];
    const encoder = new TextEncoder();
    for (let i = 0; i < s.length;) {
        const c = s[i];
        if (c === '%') {
            if (i + 2 >= s.length || !isHex(s[i + 1]) || !isHex(s[i + 2])) {
                return { error: `invalid URL escape ${goQuote(s.slice(i, i + 3))}` };
            }
            const v = parseInt(s.slice(i + 1, i + 3), 16);
            const escapeText = s.slice(i, i + 3);
            if (mode === 1 /* Mode.HOST */ && v < 0x80 && escapeText !== '%25')
                return { error: `invalid URL escape ${goQuote(escapeText)}` };
            if (mode === 2 /* Mode.ZONE */ && escapeText !== '%25' && v !== 0x20 && shouldEscape(v, 1 /* Mode.HOST */)) {
                return { error: `invalid URL escape ${goQuote(escapeText)}` };
            }
            bytes.push(v);
            i += 3;
            continue;
        }
        if (c === '+' && mode === 4 /* Mode.QUERY_COMPONENT */) {
            bytes.push(0x20);
            i++;
            continue;
        }
        const code = s.charCodeAt(i);
        if ((mode === 1 /* Mode.HOST */ || mode === 2 /* Mode.ZONE */) && code < 0x80 && shouldEscape(code, mode)) {
            return { error: `invalid character ${goQuote(c)} in host name` };
        }
        const cp = s.codePointAt(i) ?? code;
        const width = cp > 0xffff ? 2 : 1;
        for (const b of encoder.encode(s.slice(i, i + width)))
            bytes.push(b);
        i += width;
    }
    return new TextDecoder().decode(Uint8Array.from(bytes));
}
/** Go's `escape` for paths: %XX (upper-case hex) for every byte that `shouldEscape` flags. */
function escape(s, mode) {
    let out = '';
    for (const b of new TextEncoder().encode(s)) {
        if (b < 0x80 && !shouldEscape(b, mode))
            out += String.fromCharCode(b);
        else
            out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
    }
    return out;
}
/** Go's `validEncoded`: sub-delims, ':' '@' '[' ']' and '%' are fine as written in a path. */
function validEncoded(s, mode) {
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if ("!$&'()*+,;=:@[]%".includes(c))
            continue;
        const code = s.charCodeAt(i);
        if (code >= 0x80 || shouldEscape(code, mode))
            return false;
    }
    return true;
}
//# sourceMappingURL=url.js.map