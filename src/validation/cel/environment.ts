/**
 * The CEL environment the API server gives `x-kubernetes-validations` rules, on top of `@marcbachmann/cel-js`.
 *
 * Where cel-js's standard library differs from Kubernetes (cel-go + the Kubernetes libraries) the calls are routed
 * to this project's functions: `duration()` parses like Go's `time.ParseDuration` (cel-js accepts ".s" and rejects
 * "0"), `matches()` uses RE2 (cel-js uses JavaScript RegExp, which accepts look-arounds RE2 rejects), and the
 * Kubernetes URL library follows Go's `net/url.ParseRequestURI`.
 */
import type { Environment } from '@marcbachmann/cel-js';
import { parseGoDuration } from '../util/duration';
import { compileRe2 } from '../util/re2';
import { celJs } from './cel-js';
import { KubeCidr, KubeIp } from './ip';
import { KubeUrl } from './url';

const NANOS_PER_SECOND = 1_000_000_000n;

type DurationConstructor = new (seconds: bigint, nanos: number) => unknown;
let durationClass: DurationConstructor | undefined;

/**
 * Built-in function names whose Kubernetes semantics differ from cel-js: every call site is renamed to the
 * project's own overload at compile time (cel-js refuses a second overload with the same signature).
 */
export const KUBERNETES_OVERRIDES: { readonly [builtin: string]: string } = {
  duration: 'kubernetes_duration',
  matches: 'kubernetes_matches',
  substring: 'kubernetes_substring',
};

function goDuration(text: string): unknown {
  const nanos = parseGoDuration(text);
  if (nanos === undefined) throw new Error(`type conversion error from 'string' to 'google.protobuf.Duration': time: invalid duration "${text}"`);
  const seconds = nanos / NANOS_PER_SECOND;
  return new (durationClass as DurationConstructor)(seconds, Number(nanos - seconds * NANOS_PER_SECOND));
}

function re2Matches(text: string, pattern: string): boolean {
  const re = compileRe2(pattern);
  if (!re) throw new Error(`invalid regular expression (RE2): ${pattern}`);
  return re.test(text);
}

/** cel-go's `substring`: indices count code points (cel-js counts UTF-16 units and can split a surrogate pair). */
function codePointSubstring(text: string, start: bigint, end?: bigint): string {
  const chars = Array.from(text);
  const from = Number(start);
  const to = end === undefined ? chars.length : Number(end);
  if (from < 0 || from > chars.length) throw new Error(`index out of range: ${start}`);
  if (to < from || to > chars.length) throw new Error(`invalid substring range. start: ${start}, end: ${to}`);
  return chars.slice(from, to).join('');
}

/**
 * `has(e.f)` where `e` is not a plain selection (e.g. `has(self[0].matches)`, used by Gateway API rules): cel-js's
 * parser refuses it, so such calls are rewritten to this function (see compileCel). CEL's semantics: `e` is a map or
 * an object and the result says whether it holds key `f`.
 */
function hasField(target: unknown, field: string): boolean {
  if (target instanceof Map) return target.has(field);
  if (target !== null && typeof target === 'object' && !Array.isArray(target)) return Object.prototype.hasOwnProperty.call(target, field);
  throw new Error(`invalid type for field selection: ${field}`);
}

/** cel-go's strings extension `replace(old, new[, n])`: n < 0 replaces all. */
function replaceAll(text: string, from: string, to: string, n = -1n): string {
  if (n < 0n) return text.split(from).join(to);
  let out = text;
  let start = 0;
  for (let i = 0n; i < n; i++) {
    const at = out.indexOf(from, start);
    if (at < 0) break;
    out = out.slice(0, at) + to + out.slice(at + from.length);
    start = at + to.length + (from === '' ? 1 : 0);
  }
  return out;
}

function buildEnvironment(): Environment {
  const { Environment } = celJs();
  // cel-js only accepts its own Duration class in duration comparisons and arithmetic; the class is not exported to
  // CommonJS, so take it from a value the library builds itself.
  durationClass = new Environment().evaluate("duration('1s')").constructor as DurationConstructor;
  return new Environment({ unlistedVariablesAreDyn: false })
    .registerVariable('self', 'dyn')
    // Transition rules compile with `oldSelf` declared; on create (a manifest) there is no old object and the rules
    // are skipped, as the API server skips them.
    .registerVariable('oldSelf', 'dyn')
    .registerType('net.IP', KubeIp)
    .registerType('net.CIDR', KubeCidr)
    .registerFunction(`${HAS_FIELD}(dyn, string): bool`, hasField)
    .registerFunction('string.replace(string, string): string', (t: string, a: string, b: string) => replaceAll(t, a, b))
    .registerFunction('string.replace(string, string, int): string', replaceAll)
    .registerFunction('isIP(string): bool', (s: string) => KubeIp.isValid(s))
    .registerFunction('ip(string): net.IP', (s: string) => KubeIp.parse(s))
    .registerFunction('net.IP.family(): int', (ip: KubeIp) => BigInt(ip.family))
    .registerFunction('net.IP.isUnspecified(): bool', (ip: KubeIp) => ip.isUnspecified)
    .registerFunction('net.IP.isLoopback(): bool', (ip: KubeIp) => ip.isLoopback)
    .registerFunction('isCIDR(string): bool', (s: string) => KubeCidr.isValid(s))
    .registerFunction('cidr(string): net.CIDR', (s: string) => KubeCidr.parse(s))
    .registerFunction('net.CIDR.prefixLength(): int', (c: KubeCidr) => BigInt(c.prefixLength))
    .registerFunction('net.CIDR.ip(): net.IP', (c: KubeCidr) => c.ip)
    .registerFunction('net.CIDR.containsIP(string): bool', (c: KubeCidr, s: string) => c.contains(KubeIp.parse(s)))
    .registerFunction('net.CIDR.containsIP(net.IP): bool', (c: KubeCidr, ip: KubeIp) => c.contains(ip))
    .registerType('kubernetes.URL', KubeUrl)
    .registerFunction(`${KUBERNETES_OVERRIDES.duration}(string): google.protobuf.Duration`, goDuration)
    .registerFunction(`string.${KUBERNETES_OVERRIDES.matches}(string): bool`, re2Matches)
    .registerFunction(`${KUBERNETES_OVERRIDES.matches}(string, string): bool`, re2Matches)
    .registerFunction(`string.${KUBERNETES_OVERRIDES.substring}(int): string`, (t: string, a: bigint) => codePointSubstring(t, a))
    .registerFunction(`string.${KUBERNETES_OVERRIDES.substring}(int, int): string`, codePointSubstring)
    .registerFunction('url(string): kubernetes.URL', (s: string) => KubeUrl.parse(s))
    .registerFunction('isURL(string): bool', (s: string) => KubeUrl.isValid(s))
    .registerFunction('kubernetes.URL.getScheme(): string', (u: KubeUrl) => u.scheme)
    .registerFunction('kubernetes.URL.getHost(): string', (u: KubeUrl) => u.host)
    .registerFunction('kubernetes.URL.getHostname(): string', (u: KubeUrl) => u.hostname)
    .registerFunction('kubernetes.URL.getPort(): string', (u: KubeUrl) => u.port)
    .registerFunction('kubernetes.URL.getEscapedPath(): string', (u: KubeUrl) => u.escapedPath)
    .registerFunction('kubernetes.URL.getQuery(): map<string, list<string>>', (u: KubeUrl) => u.query);
}

/** The function `has(<expression>.<field>)` is rewritten to when cel-js cannot parse it. */
export const HAS_FIELD = 'kubernetes_has_field';

let shared: Environment | undefined;

/** The one Kubernetes CEL environment (built on first use: building it costs a few milliseconds). */
export function kubernetesEnvironment(): Environment {
  shared ??= buildEnvironment();
  return shared;
}
