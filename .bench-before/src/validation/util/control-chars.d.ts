/**
 * Makes a value safe to print on a terminal or in a line-oriented log: control characters (C0, DEL, C1), line and
 * paragraph separators and the bidirectional overrides become visible escapes, so that a name holding a newline
 * cannot print a fake finding line, and one holding `ESC ]` cannot retitle the terminal or hide text.
 */
export declare function escapeControlChars(s: string): string;
