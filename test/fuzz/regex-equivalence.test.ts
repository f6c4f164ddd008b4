/**
 * The string code that replaced src/'s regexes (issue 13: no backtracking regex on input-controlled strings) accepts
 * and rejects exactly what each regex did: fast-check strings drawn from each rule's own alphabet plus its
 * delimiters and a few strangers, compared with the regex the code replaced (kept here, in the tests only).
 */
import { isDeepStrictEqual } from 'util';
import fc from 'fast-check';
import { escapeRe2 } from '../../src/canary/http-names';
import { shortHost } from '../../src/graph/labels';
import { pathPrefixMatches } from '../../src/routing/path-prefix';
import { derivePolicyName } from '../../src/security/port-exception';
import { IstioVersion } from '../../src/shared/istio-version';
import { parseQuantity } from '../../src/validation/util/quantity';
import { CharClass, hasWhitespace, isSignedDigits } from '../../src/validation/util/chars';
import { parseGoDuration } from '../../src/validation/util/duration';
import { isHttpToken, isHttpUrl, isUnnormalizedPath, isUriPath, urlScheme } from '../../src/validation/util/http';
import {
  isDns1035Label, isDns1123Label, isDns1123Subdomain, isIanaSvcName, isIstioLabelName, isQualifiedName, isWildcardHostname,
  labelKeyError, labelValueError,
} from '../../src/validation/util/names';
import { int, keyPath } from '../../src/validation/util/plain-json';
import { fqdnError, sniDomainError, wildcardDomainError } from '../../src/validation/webhook/hosts';

const RUNS = 2000;

/** Strings over `alphabet` (short ones, so that valid values come up often). */
function over(alphabet: string, maxLength = 12): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...Array.from(alphabet)), maxLength });
}

function same<T>(strings: fc.Arbitrary<string>, now: (s: string) => T, before: (s: string) => T): void {
  fc.assert(fc.property(strings, (s) => {
    const [a, b] = [now(s), before(s)];
    if (!isDeepStrictEqual(a, b)) throw new Error(`${JSON.stringify(s)}: ${String(JSON.stringify(a))} now, ${String(JSON.stringify(b))} before`);
  }), { numRuns: RUNS });
}

const NAME_CHARS = 'ab09-._A*/ \n\u00e9';

test('DNS, label and port names', () => {
  same(over(NAME_CHARS), isDns1123Label, (s) => s.length <= 63 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(s));
  same(over(NAME_CHARS, 20), isDns1123Subdomain, (s) => s.length <= 253 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(s));
  same(over(NAME_CHARS), isDns1035Label, (s) => s.length <= 63 && /^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(s));
  same(over(NAME_CHARS), isIstioLabelName, (s) => s.length <= 63 && /^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$/.test(s));
  same(over(NAME_CHARS), isQualifiedName, (s) => /^[a-zA-Z0-9](?:[-a-zA-Z0-9_.]{0,61}[a-zA-Z0-9])?$/.test(s));
  same(over(NAME_CHARS), (s) => labelValueError(s) === undefined, (s) => s.length <= 63 && /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/.test(s));
  same(over(NAME_CHARS, 20), (s) => labelKeyError(s) === undefined, (s) => {
    const slash = s.lastIndexOf('/');
    const prefix = slash >= 0 ? s.slice(0, slash) : undefined;
    const name = slash >= 0 ? s.slice(slash + 1) : s;
    if (prefix !== undefined && !(prefix.length <= 253 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(prefix))) return false;
    return name.length > 0 && name.length <= 63 && /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/.test(name);
  });
  same(over('ab09-A', 17), isIanaSvcName, (s) => s.length <= 15 && /^(?=.*[a-z])[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(s) && !s.includes('--'));
  same(over('*ab0-.A', 16), isWildcardHostname, (s) => s.length <= 253 && /^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(s));
});

/** hosts.ts before: the same rules with the regexes the string code replaced. */
function fqdnErrorBefore(name: string): string | undefined {
  const plain = /^[a-zA-Z0-9](?:[-a-zA-Z0-9]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-a-zA-Z0-9]{0,61}[a-zA-Z0-9])?)*\.?$/;
  if (name.length <= 255 && plain.test(name) && !/(?:^|\.)[0-9]+\.?$/.test(name)) return undefined;
  if (name.length > 255) return `domain name "${name}" too long (max 255)`;
  if (name.length === 0) return 'empty domain name not allowed';
  const parts = name.split('.');
  const tld = parts[parts.length - 1];
  if (/^[+-]?\d+$/.test(tld)) return `domain name "${name}" invalid (top level domain "${tld}" cannot be all-numeric)`;
  for (let i = 0; i < parts.length; i++) {
    if (i === parts.length - 1 && parts[i] === '') return undefined;
    if (!(parts[i].length <= 63 && /^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$/.test(parts[i]))) return `domain name "${name}" invalid (label "${parts[i]}" invalid)`;
  }
  return undefined;
}

test('host names: FQDNs, wildcard domains and SNI names', () => {
  const hosts = over('aZ09-.*+_', 16);
  same(hosts, fqdnError, fqdnErrorBefore);
  same(hosts, (s) => wildcardDomainError(s) === undefined, (s) => {
    if (fqdnErrorBefore(s) === undefined) return true;
    if (s.length === 0 || s.length > 255) return false;
    const dot = s.indexOf('.');
    const label = dot < 0 ? s : s.slice(0, dot);
    const rest = dot < 0 ? '' : s.slice(dot + 1);
    if (label.length > 63 || !/^(\*|(\*|\*-)?[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?)$/.test(label)) return false;
    if (rest === '') return true;
    const parts = rest.split('.');
    if (/^[+-]?\d+$/.test(parts[parts.length - 1])) return false;
    return parts.every((p, i) => (i === parts.length - 1 && p === '') || (p.length <= 63 && /^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$/.test(p)));
  });
  same(over('outbd_.9aZ', 24).map((s) => `outbound_${s}`), (s) => sniDomainError(s) === undefined, (s) => {
    const parts = s.split('_');
    return parts.length >= 4 && /[0-9]/.test(parts[1]) && /[a-zA-Z]/.test(parts[3]);
  });
});

test('HTTP tokens, retry conditions, URL schemes, paths and URLs', () => {
  same(over("aZ09!#$%&'*+-.^_`|~ :\"(),/", 8), isHttpToken, (s) => /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(s));
  same(over('aZ09+.-:/ ', 10), (s) => urlScheme(s), (s) => /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(s)?.[1]);
  same(over("/aZ09._~!$&'()*+,;=:@%2fF? #", 14), isUriPath, (s) => s === '' || /^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|%[0-9a-fA-F]{2})+$/.test(s));
  same(over('/.a%2fF', 10), isUnnormalizedPath, (s) => /\/\/|\/\.\.?\/|%2f|\/\.\.?$/i.test(s));
  same(over('htps:/a.?#\t 9', 16).map((s) => (s.length % 2 === 0 ? `http://${s}` : s)), isHttpUrl, (s) => /^https?:\/\/[^\s/?#]+(\/[^\s]*)?$/.test(s));
});

/** duration.ts before. */
function parseGoDurationBefore(input: string): bigint | undefined {
  const units: { [unit: string]: bigint } = { 'ns': 1n, 'us': 1_000n, 'µs': 1_000n, 'μs': 1_000n, 'ms': 1_000_000n, 's': 1_000_000_000n, 'm': 60_000_000_000n, 'h': 3_600_000_000_000n };
  let s = input;
  let negative = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    negative = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0n;
  if (s === '') return undefined;
  let total = 0n;
  while (s !== '') {
    const m = /^(\d*)(?:\.(\d*))?/.exec(s);
    const whole = m?.[1] ?? '';
    const frac = m?.[2];
    if (!m || (whole === '' && (frac === undefined || frac === ''))) return undefined;
    s = s.slice(m[0].length);
    const unitMatch = /^[^\d.]+/.exec(s);
    if (!unitMatch) return undefined;
    const scale = Object.prototype.hasOwnProperty.call(units, unitMatch[0]) ? units[unitMatch[0]] : undefined;
    if (scale === undefined) return undefined;
    s = s.slice(unitMatch[0].length);
    let value = BigInt(whole === '' ? '0' : whole) * scale;
    if (frac) value += (BigInt(frac) * scale) / 10n ** BigInt(frac.length);
    total += value;
    if (total > (1n << 63n) - 1n + (negative ? 1n : 0n)) return undefined;
  }
  return negative ? -total : total;
}

/** quantity.ts before. */
function parseQuantityBefore(v: string): number | undefined {
  const suffixes: { readonly [s: string]: number } = {
    '': 1, 'n': 1e-9, 'u': 1e-6, 'm': 1e-3, 'k': 1e3, 'M': 1e6, 'G': 1e9, 'T': 1e12, 'P': 1e15, 'E': 1e18,
    'Ki': 2 ** 10, 'Mi': 2 ** 20, 'Gi': 2 ** 30, 'Ti': 2 ** 40, 'Pi': 2 ** 50, 'Ei': 2 ** 60,
  };
  const m = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/.exec(v.trim());
  if (!m || !/^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)$/.test(m[1])) return undefined;
  const base = Number(m[1]);
  if (m[2] in suffixes) return base * suffixes[m[2]];
  const exp = /^[eE]([-+]?[0-9]+)$/.exec(m[2]);
  return exp ? base * 10 ** Number(exp[1]) : undefined;
}

test('Go durations and Kubernetes quantities parse as before', () => {
  same(over('0129.hmsuµn+-x', 10), parseGoDuration, parseGoDurationBefore);
  same(over('0129.+-eEimkMGKT x', 8), parseQuantity, parseQuantityBefore);
});

test('white space, signed digits, map keys and JSON integers', () => {
  const spaces = '\t\n\v\f\r \u00a0\u1680\u2000\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff\u0085a';
  same(over(spaces, 4), hasWhitespace, (s) => /\s/.test(s));
  same(over('+-09a', 5), isSignedDigits, (s) => /^[+-]?\d+$/.test(s));
  same(over('aZ_-09. "', 6), (s) => keyPath('spec', s), (s) => (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(s) ? `spec.${s}` : `spec[${JSON.stringify(s)}]`));
  same(over('-09a+', 6), int, (s) => (/^-?\d+$/.test(s) ? Number(s) : undefined));
  const cls = new CharClass('a-c_.-');
  same(over('abcd_.-z', 5), (s) => cls.all(s), (s) => /^[-a-c_.]*$/.test(s));
});

test('constructs: RE2 escaping, path prefixes, policy names, short hosts, Istio versions', () => {
  same(over('a\\^$.|?*+()[]{}/', 8), escapeRe2, (s) => s.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&'));
  same(over('/a', 6), pathPrefixMatches, (s) => {
    const trimmed = s.replace(/\/+$/, '');
    return trimmed === '' ? [{ prefix: '/' }] : [{ exact: trimmed }, { prefix: `${trimmed}/` }];
  });
  same(over('aB9-_. ', 10), (s) => derivePolicyName({ app: s, tier: s.slice(1) }), (s) => {
    const slug = [s, s.slice(1)].join('-').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+/, '');
    return `${slug.slice(0, 63 - '-port-mtls'.length).replace(/-+$/, '') || 'workload'}-port-mtls`;
  });
  same(over('ab.', 6).map((s) => `${s}.svc.cluster.local`), shortHost, (s) => /^([^.]+)\.[^.]+\.svc\.cluster\.local$/.exec(s)?.[1] ?? s);
  same(over('v1.2903 x', 7), (s) => {
    try {
      return IstioVersion.parse(s).minor;
    } catch {
      return 'refused';
    }
  }, (s) => {
    const m = /^v?1\.(\d+)(\.\d+)?$/.exec(s.trim());
    return m && Number(m[1]) >= IstioVersion.OLDEST_SUPPORTED ? Math.min(Number(m[1]), IstioVersion.NEWEST_SUPPORTED) : 'refused';
  });
});

test('a unit name from Object.prototype is an unknown unit, not a TypeError (regression)', () => {
  for (const unit of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(parseGoDuration(`1${unit}`)).toBeUndefined();
});
