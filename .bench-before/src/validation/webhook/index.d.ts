/**
 * The webhook layer: the rules istiod's validating admission webhook (pkg/config/validation) enforces,
 * one module per kind. Runs on every served version of a kind (the rules do not differ between versions)
 * and never throws on malformed input: what cannot be read is the schema layer's to report.
 */
import { Finding } from '../finding';
/** Webhook findings for one object; [] for kinds the webhook layer does not cover. */
export declare function validateWebhook(obj: object): Finding[];
