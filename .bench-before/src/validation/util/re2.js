"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_REGEX_LENGTH = void 0;
exports.re2Error = re2Error;
exports.compileRe2 = compileRe2;
const lazy_modules_1 = require("./lazy-modules");
/** istiod's limit on the length of a regex in a string match or rewrite (webhook), also enforced by the constructs. */
exports.MAX_REGEX_LENGTH = 1024;
/** Returns undefined when `pattern` compiles as RE2, otherwise the compiler's message. */
function re2Error(pattern) {
    try {
        (0, lazy_modules_1.re2Module)().RE2JS.compile(pattern);
        return undefined;
    }
    catch (e) {
        return e instanceof Error ? e.message : String(e);
    }
}
const cache = new Map();
/** Compiles (with a cache) an RE2 pattern; returns undefined when it is not valid RE2. */
function compileRe2(pattern) {
    let re = cache.get(pattern);
    if (re === undefined) {
        try {
            re = (0, lazy_modules_1.re2Module)().RE2JS.compile(pattern);
        }
        catch {
            re = null;
        }
        cache.set(pattern, re);
    }
    return re ?? undefined;
}
//# sourceMappingURL=re2.js.map