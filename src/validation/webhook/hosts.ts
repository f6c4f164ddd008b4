/**
 * Host names as istiod judges them (pkg/config/validation/agent ValidateFQDN / ValidateWildcardDomain and
 * pkg/config/host Name.Matches / SubsetOf).
 */
import { isIpAddress } from './net';
import { CharClass, DIGIT, isDigits, isSignedDigits } from '../util/chars';
import { isIstioLabelName } from '../util/names';

const LETTER = new CharClass('a-zA-Z');

/** `^(\*|(\*|\*-)?[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?)$` (the first label of a wildcard domain). */
function isWildcardLabel(label: string): boolean {
  if (label === '*') return true;
  const rest = label.startsWith('*-') ? label.slice(2) : label.startsWith('*') ? label.slice(1) : label;
  return isIstioLabelName(rest);
}

function preconditionError(name: string): string | undefined {
  if (name.length > 255) return `domain name "${name}" too long (max 255)`;
  if (name.length === 0) return 'empty domain name not allowed';
  return undefined;
}

function labelsError(domain: string, whole: string): string | undefined {
  const parts = domain.split('.');
  const tld = parts[parts.length - 1];
  if (isSignedDigits(tld)) return `domain name "${whole}" invalid (top level domain "${tld}" cannot be all-numeric)`;
  for (let i = 0; i < parts.length; i++) {
    // A trailing dot (`istio.io.`) is an unambiguous absolute name.
    if (i === parts.length - 1 && parts[i] === '') return undefined;
    if (!isIstioLabelName(parts[i])) return `domain name "${whole}" invalid (label "${parts[i]}" invalid)`;
  }
  return undefined;
}

/**
 * The common case in one pass: labels of letters, digits and '-' (Istio label names, at most 63 each), an optional
 * trailing dot, and a top-level label that is not all digits.
 */
function isPlainDomain(name: string): boolean {
  if (name.length > 255) return false;
  const end = name.endsWith('.') ? name.length - 1 : name.length;
  let start = 0;
  for (;;) {
    const dot = name.indexOf('.', start);
    const labelEnd = dot < 0 || dot >= end ? end : dot;
    const label = name.slice(start, labelEnd);
    if (!isIstioLabelName(label)) return false;
    if (labelEnd === end) return !isDigits(label);
    start = labelEnd + 1;
  }
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
  if (label.length > 63 || !isWildcardLabel(label)) return `domain name "${domain}" invalid (label "${label}" invalid)`;
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

/** `*bar.com`: a wildcard that is not a whole first label (Gateway API and Envoy match it differently). */
export function partialWildcardError(host: string): string | undefined {
  if (host.includes('*') && host !== '*' && !host.startsWith('*.')) return `partial wildcard "${host}" not allowed`;
  return undefined;
}

/** The dnsName part of a Gateway server or Sidecar egress host: an FQDN (or IP for gateways), a prefix wildcard, or `*`. */
function hostPartErrors(host: string, isGateway: boolean): string[] {
  const errors: string[] = [];
  if (host !== '*' && !host.includes('.')) errors.push(`short names (non FQDN) are not allowed (host "${host}")`);
  const err = wildcardDomainError(host);
  if (err !== undefined && !(isGateway && isIpAddress(host))) errors.push(err);
  const partial = partialWildcardError(host);
  if (partial !== undefined) errors.push(partial);
  return errors;
}

/**
 * A `namespace/dnsName` host entry of a Gateway server (a bare dnsName is allowed there) or a Sidecar egress
 * listener. Namespace `~` is allowed in Sidecars, and in Gateways only under `gatewaySemantics` (those Istio
 * generates from Gateway API objects).
 */
export function namespacedHostErrors(entry: string, isGateway: boolean, gatewaySemantics: boolean): string[] {
  const slash = entry.indexOf('/');
  if (slash < 0) {
    if (isGateway) return hostPartErrors(entry, true);
    return [`host "${entry}" must be of form namespace/dnsName (e.g. "./*", "istio-system/*", "*/svc.example.com")`];
  }
  const errors: string[] = [];
  const ns = entry.slice(0, slash);
  const host = entry.slice(slash + 1);
  if (ns === '' || host === '') errors.push(`config namespace and dnsName in host entry cannot be empty (in "${entry}")`);
  const tildeAllowed = !isGateway || gatewaySemantics;
  if (ns !== '*' && ns !== '.' && !(ns === '~' && tildeAllowed) && !isIstioLabelName(ns)) {
    errors.push(`invalid namespace value "${ns}" in ${isGateway ? 'gateway' : 'sidecar'} (in "${entry}")`);
  }
  return errors.concat(hostPartErrors(host, isGateway));
}

const AUTO_SNI_FORMAT = 'outbound_.<PORT>_._.<HOSTNAME>';

/**
 * A VirtualService host or SNI host where TLS routing is in play: besides (wildcard) domains, istiod accepts the
 * SNI names it generates for mTLS clusters, `outbound_.<port>_._.<host>`.
 */
export function sniDomainError(domain: string): string | undefined {
  if (!domain.startsWith('outbound_')) return wildcardDomainError(domain);
  const pre = preconditionError(domain);
  if (pre) return pre;
  const parts = domain.split('_');
  if (parts.length < 4) return `domain name ${domain} invalid, should follow '${AUTO_SNI_FORMAT}' format`;
  if (!DIGIT.some(parts[1])) return `domain name "${domain}" invalid (label "${parts[1]}" invalid). should follow ${AUTO_SNI_FORMAT} format`;
  if (!LETTER.some(parts[3])) return `domain name "${domain}" invalid (label "${parts[3]}" invalid). should follow ${AUTO_SNI_FORMAT} format`;
  return undefined;
}
