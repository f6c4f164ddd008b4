/**
 * Host names as istiod judges them (pkg/config/validation/agent ValidateFQDN / ValidateWildcardDomain and
 * pkg/config/host Name.Matches / SubsetOf).
 */
import { isIstioLabelName } from '../util/names';

const WILDCARD_LABEL = /^(\*|(\*|\*-)?[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?)$/;
const ALL_NUMERIC = /^[+-]?\d+$/;

function preconditionError(name: string): string | undefined {
  if (name.length > 255) return `domain name "${name}" too long (max 255)`;
  if (name.length === 0) return 'empty domain name not allowed';
  return undefined;
}

function labelsError(domain: string, whole: string): string | undefined {
  const parts = domain.split('.');
  const tld = parts[parts.length - 1];
  if (ALL_NUMERIC.test(tld)) return `domain name "${whole}" invalid (top level domain "${tld}" cannot be all-numeric)`;
  for (let i = 0; i < parts.length; i++) {
    // A trailing dot (`istio.io.`) is an unambiguous absolute name.
    if (i === parts.length - 1 && parts[i] === '') return undefined;
    if (!isIstioLabelName(parts[i])) return `domain name "${whole}" invalid (label "${parts[i]}" invalid)`;
  }
  return undefined;
}

// The common case in one pass: labels of letters, digits and '-', at most 63 each, optional trailing dot.
const PLAIN_DOMAIN = /^[a-zA-Z0-9](?:[-a-zA-Z0-9]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-a-zA-Z0-9]{0,61}[a-zA-Z0-9])?)*\.?$/;
const NUMERIC_TLD = /(?:^|\.)[0-9]+\.?$/;

function endsWithDigit(name: string): boolean {
  const c = name.charCodeAt(name.length - 1);
  return c >= 48 && c <= 57;
}

function isPlainDomain(name: string): boolean {
  return name.length <= 255 && PLAIN_DOMAIN.test(name) && !(endsWithDigit(name) && NUMERIC_TLD.test(name));
}

/** A fully-qualified domain name: DNS-1123 labels (upper case allowed), TLD not all-numeric. */
export function fqdnError(name: string): string | undefined {
  if (isPlainDomain(name)) return undefined;
  return preconditionError(name) ?? labelsError(name, name);
}

/** A domain whose first label may be `*` or start with `*` (`*.example.com`, `*-svc.example.com`). */
export function wildcardDomainError(domain: string): string | undefined {
  if (VALID_WILDCARD_DOMAINS.has(domain)) return undefined;
  if (isPlainDomain(domain)) {
    remember(domain);
    return undefined;
  }
  const pre = preconditionError(domain);
  if (pre) return pre;
  const dot = domain.indexOf('.');
  const label = dot < 0 ? domain : domain.slice(0, dot);
  const rest = dot < 0 ? '' : domain.slice(dot + 1);
  if (label.length > 63 || !WILDCARD_LABEL.test(label)) return `domain name "${domain}" invalid (label "${label}" invalid)`;
  const err = rest === '' ? undefined : labelsError(rest, domain);
  if (err === undefined) remember(domain);
  return err;
}

// The same host names recur in every route of an app (VirtualService hosts, destinations, DestinationRules).
const VALID_WILDCARD_DOMAINS = new Set<string>();
const MAX_REMEMBERED = 8192;

function remember(domain: string): void {
  if (VALID_WILDCARD_DOMAINS.size >= MAX_REMEMBERED) VALID_WILDCARD_DOMAINS.clear();
  VALID_WILDCARD_DOMAINS.add(domain);
}

function isWildcarded(h: string): boolean {
  return h.startsWith('*');
}

/** Two host names overlap: equal, or one wildcard covers the other (either direction). */
export function hostsOverlap(a: string, b: string): boolean {
  if (isWildcarded(a)) {
    if (isWildcarded(b)) return a.length < b.length ? b.slice(1).endsWith(a.slice(1)) : a.slice(1).endsWith(b.slice(1));
    return b.endsWith(a.slice(1));
  }
  if (isWildcarded(b)) return a.endsWith(b.slice(1));
  return a === b;
}

/** `host` is covered by `of` (one direction only). */
export function hostSubsetOf(host: string, of: string): boolean {
  if (isWildcarded(host)) {
    if (!isWildcarded(of)) return false;
    return host.length >= of.length && host.slice(1).endsWith(of.slice(1));
  }
  if (isWildcarded(of)) return host.endsWith(of.slice(1));
  return host === of;
}
