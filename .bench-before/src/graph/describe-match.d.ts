export declare const ANY_REQUEST = "any request";
/** spec.http[i].match (or tcp/tls match) of a VirtualService rule. */
export declare function describeIstioMatch(match: unknown): string;
/** spec.rules[i].matches of an HTTPRoute or GRPCRoute. */
export declare function describeGatewayApiMatch(matches: unknown): string;
