/**
 * The URL values of Kubernetes' CEL URL library (`url()`, `isURL()`, `getScheme()`, …). Kubernetes parses with
 * Go's `net/url.ParseRequestURI`, which is stricter than WHATWG `URL`: the input must be an absolute URI or an
 * absolute path, `#` is not a fragment delimiter, and hosts only allow a narrow character set. This module follows
 * Go's rules so that a rule like `url(self).getScheme() in ["http", "https"]` accepts and rejects what the API
 * server does.
 */
/** A parsed request URI, with the accessors the Kubernetes CEL library exposes. */
export declare class KubeUrl {
    readonly scheme: string;
    readonly opaque: string;
    readonly host: string;
    readonly path: string;
    private readonly rawPath;
    readonly rawQuery: string;
    /** Parses like Go's `url.ParseRequestURI`; throws an Error with Go's message when Go would fail. */
    static parse(raw: string): KubeUrl;
    /** True when Go's `url.ParseRequestURI` accepts the string. */
    static isValid(raw: string): boolean;
    get hostname(): string;
    get port(): string;
    /** Go's `URL.EscapedPath`: the original spelling when it is a valid encoding of the path, else the canonical one. */
    get escapedPath(): string;
    /** Go's `URL.Query`: pairs that fail to decode, and pairs containing ';', are dropped. */
    get query(): Map<string, string[]>;
}
