import { Finding } from '../finding';
// Placeholder entry point while the webhook layer is written (replaced by the real implementation).
export function validateWebhook(_obj: object): Finding[] { return []; }
