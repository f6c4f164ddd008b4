import { WebhookReport } from './report';
/** istiod's validateSubsetName: non-empty and a DNS-1123 label (upper case allowed, no dots). */
export declare function subsetNameError(name: string): string | undefined;
/** A Destination: host not `*` and a (wildcard) domain, subset a label name, port 1..65535. */
export declare function validateDestination(r: WebhookReport, path: string, destination: unknown): void;
/**
 * The destinations of one http/tcp/tls route: each present with a destination, weights >= 0, and with
 * several destinations a total above 0. Weights are relative: they need not add up to 100.
 */
export declare function validateRouteDestinations(r: WebhookReport, path: string, routes: unknown, http: boolean): void;
/** `mirrors[]`: each entry present, with a destination, and a percentage within [0, 100]. */
export declare function validateMirrors(r: WebhookReport, path: string, mirrors: unknown): void;
