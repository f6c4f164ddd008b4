"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StringMatch = exports.MAX_REGEX_LENGTH = exports.StringMatchType = void 0;
const prop_errors_1 = require("../shared/prop-errors");
const prop_types_1 = require("../shared/prop-types");
const re2_1 = require("../validation/util/re2");
/** How a StringMatch compares. */
var StringMatchType;
(function (StringMatchType) {
    /** The whole value equals the given string. */
    StringMatchType["EXACT"] = "exact";
    /** The value starts with the given string. */
    StringMatchType["PREFIX"] = "prefix";
    /** The whole value matches the given RE2 regular expression. */
    StringMatchType["REGEX"] = "regex";
})(StringMatchType || (exports.StringMatchType = StringMatchType = {}));
/** Istio's limit on a regex in a route match (istiod webhook). */
exports.MAX_REGEX_LENGTH = re2_1.MAX_REGEX_LENGTH;
/** A string comparison in a route match (header value, URI, query parameter). */
class StringMatch {
    type;
    value;
    /** Matches when the value is exactly `value` (the empty string is allowed). */
    static exact(value) {
        new prop_types_1.FactoryArgs('StringMatch.exact').string('value', value);
        return new StringMatch(StringMatchType.EXACT, value);
    }
    /** Matches when the value starts with `value` (must not be empty). */
    static prefix(value) {
        new prop_types_1.FactoryArgs('StringMatch.prefix').string('value', value);
        return new StringMatch(StringMatchType.PREFIX, value);
    }
    /**
     * Matches when the whole value matches the RE2 regular expression `pattern` (Envoy's syntax: no
     * look-arounds or back-references; at most 1024 characters).
     */
    static regex(pattern) {
        new prop_types_1.FactoryArgs('StringMatch.regex').string('pattern', pattern);
        return new StringMatch(StringMatchType.REGEX, pattern);
    }
    constructor(type, value) {
        this.type = type;
        this.value = value;
    }
    /**
     * Why Istio would reject this match, or undefined.
     * @internal
     */
    _error() {
        if (typeof this.value !== 'string')
            return `${this.type} match must be a string, got ${(0, prop_errors_1.show)(this.value)}`;
        if (this.type === StringMatchType.PREFIX && this.value === '') {
            return 'prefix match must not be empty (an empty prefix matches every request)';
        }
        if (this.type === StringMatchType.REGEX) {
            if (this.value === '')
                return 'regex match must not be empty';
            if (this.value.length > exports.MAX_REGEX_LENGTH) {
                return `regex must be at most ${exports.MAX_REGEX_LENGTH} characters, got ${this.value.length}`;
            }
            const error = (0, re2_1.re2Error)(this.value);
            if (error)
                return `regex ${JSON.stringify(this.value)} is not valid RE2: ${error}`;
        }
        return undefined;
    }
    /** @internal */
    _toIstio() {
        return { [this.type]: this.value };
    }
    toString() {
        return `${this.type} ${JSON.stringify(this.value)}`;
    }
}
exports.StringMatch = StringMatch;
//# sourceMappingURL=string-match.js.map