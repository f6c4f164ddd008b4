import { Finding } from '../finding';
// Placeholder entry point while the analysis layer is written (replaced by the real implementation).
export function analyze(_objs: readonly object[]): Finding[] { return []; }
