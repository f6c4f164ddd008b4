import { WebhookReport } from './report';
/** Analyses `spec.<field>` (http, tcp or tls rules). */
export declare function analyzeRuleOrder(r: WebhookReport, field: string, rules: unknown): void;
