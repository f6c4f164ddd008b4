import { WebhookReport } from './report';
/**
 * `<namespace>/<name>` (both DNS-1123 labels), or a legacy name (`mesh`, `name`, `name.namespace` with a
 * warning). Like istiod, checking stops at the first legacy-style name.
 */
export declare function validateGatewayNames(r: WebhookReport, path: string, gateways: unknown): void;
