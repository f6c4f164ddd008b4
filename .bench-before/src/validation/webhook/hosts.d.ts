/** A fully-qualified domain name: DNS-1123 labels (upper case allowed), TLD not all-numeric. */
export declare function fqdnError(name: string): string | undefined;
/** A domain whose first label may be `*` or start with `*` (`*.example.com`, `*-svc.example.com`). */
export declare function wildcardDomainError(domain: string): string | undefined;
/** Two host names overlap: equal, or one wildcard covers the other (either direction). */
export declare function hostsOverlap(a: string, b: string): boolean;
/** `host` is covered by `of` (one direction only). */
export declare function hostSubsetOf(host: string, of: string): boolean;
/** `*bar.com`: a wildcard that is not a whole first label (Gateway API and Envoy match it differently). */
export declare function partialWildcardError(host: string): string | undefined;
/**
 * A `namespace/dnsName` host entry of a Gateway server (a bare dnsName is allowed there) or a Sidecar egress
 * listener. Namespace `~` is allowed in Sidecars, and in Gateways only under `gatewaySemantics` (those Istio
 * generates from Gateway API objects).
 */
export declare function namespacedHostErrors(entry: string, isGateway: boolean, gatewaySemantics: boolean): string[];
/**
 * A VirtualService host or SNI host where TLS routing is in play: besides (wildcard) domains, istiod accepts the
 * SNI names it generates for mTLS clusters, `outbound_.<port>_._.<host>`.
 */
export declare function sniDomainError(domain: string): string | undefined;
