import { WebhookReport } from './report';
export declare function validateTrafficPolicy(r: WebhookReport, path: string, policy: unknown): void;
export declare function validateConnectionPool(r: WebhookReport, path: string, pool: unknown): void;
/** Locality failover only happens when outlier detection ejects the unhealthy local endpoints. */
export declare function warnFailoverWithoutOutlierDetection(r: WebhookReport, path: string, policy: unknown): void;
