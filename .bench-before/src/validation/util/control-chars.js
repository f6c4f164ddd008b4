"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.escapeControlChars = escapeControlChars;
/**
 * Makes a value safe to print on a terminal or in a line-oriented log: control characters (C0, DEL, C1), line and
 * paragraph separators and the bidirectional overrides become visible escapes, so that a name holding a newline
 * cannot print a fake finding line, and one holding `ESC ]` cannot retitle the terminal or hide text.
 */
function escapeControlChars(s) {
    let i = 0;
    while (i < s.length && !needsEscape(s.charCodeAt(i)))
        i++;
    if (i === s.length)
        return s; // the common case: nothing to escape, no copy
    let out = s.slice(0, i);
    for (; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (!needsEscape(c))
            out += s[i];
        else if (c === 0x0a)
            out += '\\n';
        else if (c === 0x0d)
            out += '\\r';
        else if (c === 0x09)
            out += '\\t';
        else
            out += `\\u${c.toString(16).padStart(4, '0')}`;
    }
    return out;
}
function needsEscape(c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 ||
        (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}
//# sourceMappingURL=control-chars.js.map