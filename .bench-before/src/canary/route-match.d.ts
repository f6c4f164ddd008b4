import { StringMatch } from './string-match';
export declare class RouteMatch {
    private readonly conditions;
    private readonly kinds;
    private readonly constructionError?;
    /** Requests whose header `name` (lower case) matches `match`. */
    static header(name: string, match: StringMatch): RouteMatch;
    /**
     * Requests that carry the cookie `name=value` (a regex match on the `cookie` header, with name and value
     * escaped so they match literally).
     */
    static cookie(name: string, value: string): RouteMatch;
    /** Requests whose path (with query string) matches `match`. */
    static uri(match: StringMatch): RouteMatch;
    /** Requests whose query parameter `name` matches `match` (exact or regex; Istio has no prefix match here). */
    static queryParam(name: string, match: StringMatch): RouteMatch;
    /** Requests from workloads (pods with sidecars) that carry all these labels. Works for TCP too. */
    static sourceLabels(labels: {
        [key: string]: string;
    }): RouteMatch;
    /** Requests from workloads in this namespace. Works for TCP too. */
    static sourceNamespace(namespace: string): RouteMatch;
    /** Requests that meet every one of `matches` (e.g. a header and a URI prefix). */
    static all(...matches: RouteMatch[]): RouteMatch;
    private constructor();
    toString(): string;
}
