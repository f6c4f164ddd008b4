import { Finding } from '../finding';
// Placeholder entry point while the schema layer is written (replaced by the real implementation).
export function validateSchema(_obj: object): Finding[] { return []; }
