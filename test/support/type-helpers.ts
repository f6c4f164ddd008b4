/**
 * Typed helpers for the two places where a test steps outside what TypeScript would let it write.
 */

/**
 * A value a plain-JavaScript caller could pass where the TypeScript signature forbids it (a number for a string, a
 * map for a value class, ...). The runtime prop checks exist for such callers; tests of them say so with this helper
 * instead of a cast that could hide a real type mismatch.
 */
export function plainJs<T>(value: unknown): T {
  return value as T;
}

/** `value`, which the test expects to be set: a clear failure when it is not, instead of a TypeError further on. */
export function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`expected ${what} to be set, got undefined`);
  return value;
}
