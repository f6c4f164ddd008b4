// Placeholder entry point while the CEL layer is written (replaced by the real implementation).
export function celSyntaxError(_expression: string): string | undefined { return undefined; }
