"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HAS_FIELD = exports.KUBERNETES_OVERRIDES = void 0;
exports.kubernetesEnvironment = kubernetesEnvironment;
const duration_1 = require("../util/duration");
const re2_1 = require("../util/re2");
const cel_js_1 = require("./cel-js");
const ip_1 = require("./ip");
const url_1 = require("./url");
const NANOS_PER_SECOND = 1000000000n;
let durationClass;
/**
 * Built-in function names whose Kubernetes semantics differ from cel-js: every call site is renamed to the
 * project's own overload at compile time (cel-js refuses a second overload with the same signature).
 */
exports.KUBERNETES_OVERRIDES = {
    duration: 'kubernetes_duration',
    matches: 'kubernetes_matches',
    substring: 'kubernetes_substring',
};
function goDuration(text) {
    const nanos = (0, duration_1.parseGoDuration)(text);
    if (nanos === undefined)
        throw new Error(`type conversion error from 'string' to 'google.protobuf.Duration': time: invalid duration "${text}"`);
    const seconds = nanos / NANOS_PER_SECOND;
    return new durationClass(seconds, Number(nanos - seconds * NANOS_PER_SECOND));
}
function re2Matches(text, pattern) {
    const re = (0, re2_1.compileRe2)(pattern);
    if (!re)
        throw new Error(`invalid regular expression (RE2): ${pattern}`);
    return re.test(text);
}
/** cel-go's `substring`: indices count code points (cel-js counts UTF-16 units and can split a surrogate pair). */
function codePointSubstring(text, start, end) {
    const chars = Array.from(text);
    const from = Number(start);
    const to = end === undefined ? chars.length : Number(end);
    if (from < 0 || from > chars.length)
        throw new Error(`index out of range: ${start}`);
    if (to < from || to > chars.length)
        throw new Error(`invalid substring range. start: ${start}, end: ${to}`);
    return chars.slice(from, to).join('');
}
/**
 * `has(e.f)` where `e` is not a plain selection (e.g. `has(self[0].matches)`, used by Gateway API rules): cel-js's
 * parser refuses it, so such calls are rewritten to this function (see compileCel). CEL's semantics: `e` is a map or
 * an object and the result says whether it holds key `f`.
 */
function hasField(target, field) {
    if (target instanceof Map)
        return target.has(field);
    if (target !== null && typeof target === 'object' && !Array.isArray(target))
        return Object.prototype.hasOwnProperty.call(target, field);
    throw new Error(`invalid type for field selection: ${field}`);
}
/** cel-go's strings extension `replace(old, new[, n])`: n < 0 replaces all. */
function replaceAll(text, from, to, n = -1n) {
    if (n < 0n)
        return text.split(from).join(to);
    let out = text;
    let start = 0;
    for (let i = 0n; i < n; i++) {
        const at = out.indexOf(from, start);
        if (at < 0)
            break;
        out = out.slice(0, at) + to + out.slice(at + from.length);
        start = at + to.length + (from === '' ? 1 : 0);
    }
    return out;
}
function buildEnvironment() {
    const { Environment } = (0, cel_js_1.celJs)();
    // cel-js only accepts its own Duration class in duration comparisons and arithmetic; the class is not exported to
    // CommonJS, so take it from a value the library builds itself.
    durationClass = new Environment().evaluate("duration('1s')").constructor;
    return new Environment({ unlistedVariablesAreDyn: false })
        .registerVariable('self', 'dyn')
        // Transition rules compile with `oldSelf` declared; on create (a manifest) there is no old object and the rules
        // are skipped, as the API server skips them.
        .registerVariable('oldSelf', 'dyn')
        .registerType('net.IP', ip_1.KubeIp)
        .registerType('net.CIDR', ip_1.KubeCidr)
        .registerFunction(`${exports.HAS_FIELD}(dyn, string): bool`, hasField)
        .registerFunction('string.replace(string, string): string', (t, a, b) => replaceAll(t, a, b))
        .registerFunction('string.replace(string, string, int): string', replaceAll)
        .registerFunction('isIP(string): bool', (s) => ip_1.KubeIp.isValid(s))
        .registerFunction('ip(string): net.IP', (s) => ip_1.KubeIp.parse(s))
        .registerFunction('net.IP.family(): int', (ip) => BigInt(ip.family))
        .registerFunction('net.IP.isUnspecified(): bool', (ip) => ip.isUnspecified)
        .registerFunction('net.IP.isLoopback(): bool', (ip) => ip.isLoopback)
        .registerFunction('isCIDR(string): bool', (s) => ip_1.KubeCidr.isValid(s))
        .registerFunction('cidr(string): net.CIDR', (s) => ip_1.KubeCidr.parse(s))
        .registerFunction('net.CIDR.prefixLength(): int', (c) => BigInt(c.prefixLength))
        .registerFunction('net.CIDR.ip(): net.IP', (c) => c.ip)
        .registerFunction('net.CIDR.containsIP(string): bool', (c, s) => c.contains(ip_1.KubeIp.parse(s)))
        .registerFunction('net.CIDR.containsIP(net.IP): bool', (c, ip) => c.contains(ip))
        .registerType('kubernetes.URL', url_1.KubeUrl)
        .registerFunction(`${exports.KUBERNETES_OVERRIDES.duration}(string): google.protobuf.Duration`, goDuration)
        .registerFunction(`string.${exports.KUBERNETES_OVERRIDES.matches}(string): bool`, re2Matches)
        .registerFunction(`${exports.KUBERNETES_OVERRIDES.matches}(string, string): bool`, re2Matches)
        .registerFunction(`string.${exports.KUBERNETES_OVERRIDES.substring}(int): string`, (t, a) => codePointSubstring(t, a))
        .registerFunction(`string.${exports.KUBERNETES_OVERRIDES.substring}(int, int): string`, codePointSubstring)
        .registerFunction('url(string): kubernetes.URL', (s) => url_1.KubeUrl.parse(s))
        .registerFunction('isURL(string): bool', (s) => url_1.KubeUrl.isValid(s))
        .registerFunction('kubernetes.URL.getScheme(): string', (u) => u.scheme)
        .registerFunction('kubernetes.URL.getHost(): string', (u) => u.host)
        .registerFunction('kubernetes.URL.getHostname(): string', (u) => u.hostname)
        .registerFunction('kubernetes.URL.getPort(): string', (u) => u.port)
        .registerFunction('kubernetes.URL.getEscapedPath(): string', (u) => u.escapedPath)
        .registerFunction('kubernetes.URL.getQuery(): map<string, list<string>>', (u) => u.query);
}
/** The function `has(<expression>.<field>)` is rewritten to when cel-js cannot parse it. */
exports.HAS_FIELD = 'kubernetes_has_field';
let shared;
/** The one Kubernetes CEL environment (built on first use: building it costs a few milliseconds). */
function kubernetesEnvironment() {
    shared ??= buildEnvironment();
    return shared;
}
//# sourceMappingURL=environment.js.map