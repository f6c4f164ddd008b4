/**
 * Kubernetes and Istio name rules, shared by the validator and the constructs (one place for each rule).
 * Each `xxxError` returns undefined when the value is fine, else a message that quotes the value and says
 * what is allowed.
 */

import { ALNUM, CharClass, isEdgedRun, LOWER_ALNUM } from './chars';

// The rules below as the regexes Kubernetes and Istio write them, checked by plain scanning (util/chars.ts):
// DNS-1123 label        ^[a-z0-9]([-a-z0-9]*[a-z0-9])?$
// DNS-1123 subdomain    labels of that shape joined by '.'
// Istio label name      ^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$  (pkg/config/labels: upper case, no dots)
// qualified name        ^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$
// label value           empty, or a qualified name
const LOWER_ALNUM_DASH = new CharClass('a-z0-9-');
const ALNUM_DASH = new CharClass('a-zA-Z0-9-');
const LOWER = new CharClass('a-z');
const QUALIFIED_INNER = new CharClass('a-zA-Z0-9_.-');

export function isDns1123Label(value: string): boolean {
  return value.length <= 63 && isEdgedRun(value, LOWER_ALNUM, LOWER_ALNUM_DASH);
}

/** A DNS-1035 label (Service names): a DNS-1123 label that starts with a letter (`^[a-z]([-a-z0-9]*[a-z0-9])?$`). */
export function isDns1035Label(value: string): boolean {
  return isDns1123Label(value) && LOWER.has(value.charCodeAt(0));
}

/** A port name (IANA_SVC_NAME): at most 15 of a-z, 0-9 and '-', edged by a letter or digit, with a letter, no '--'. */
export function isIanaSvcName(value: string): boolean {
  return value.length <= 15 && isEdgedRun(value, LOWER_ALNUM, LOWER_ALNUM_DASH) && LOWER.some(value) && !value.includes('--');
}

export function isDns1123Subdomain(value: string): boolean {
  if (value.length > 253) return false;
  let start = 0;
  for (;;) {
    const dot = value.indexOf('.', start);
    const end = dot < 0 ? value.length : dot;
    if (!isEdgedRun(value, LOWER_ALNUM, LOWER_ALNUM_DASH, start, end)) return false;
    if (dot < 0) return true;
    start = dot + 1;
  }
}

/** A route host name: a DNS-1123 subdomain, optionally after a leading `*.` (Gateway API and Istio agree on this). */
export function isWildcardHostname(value: string): boolean {
  return isDns1123Subdomain(value.startsWith('*.') ? value.slice(2) : value);
}

/** A qualified name (a label key's name part, a non-empty label value): at most 63 characters. */
export function isQualifiedName(value: string): boolean {
  return value.length <= 63 && isEdgedRun(value, ALNUM, QUALIFIED_INNER);
}

export function dns1123LabelError(value: string): string | undefined {
  if (isDns1123Label(value)) return undefined;
  return `"${value}" is not a DNS-1123 label: at most 63 characters of lower-case letters, digits and '-', ` +
    'starting and ending with a letter or digit (e.g. "my-name", "v2")';
}

export function dns1123SubdomainError(value: string): string | undefined {
  if (isDns1123Subdomain(value)) return undefined;
  return `"${value}" is not a DNS-1123 subdomain: at most 253 characters of lower-case letters, digits, '-' and '.', ` +
    'each dot-separated part starting and ending with a letter or digit (e.g. "example.com")';
}

/** Istio's rule for subset names and similar identifiers: a DNS-1123 label that may also use upper case. */
export function isIstioLabelName(value: string): boolean {
  return value.length <= 63 && isEdgedRun(value, ALNUM, ALNUM_DASH);
}

/** A Kubernetes label (or annotation) key: optional DNS-1123 subdomain prefix + '/' + qualified name. */
export function labelKeyError(key: string): string | undefined {
  const slash = key.lastIndexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  if (prefix !== undefined && (prefix.length === 0 || !isDns1123Subdomain(prefix))) {
    return `key "${key}": prefix part must be a DNS-1123 subdomain (e.g. "example.com/my-key")`;
  }
  if (name.length === 0 || name.length > 63 || !isQualifiedName(name)) {
    return `key "${key}": name part must be 1-63 characters of alphanumerics, '-', '_' or '.', ` +
      'starting and ending with an alphanumeric (e.g. "app", "my.key_1")';
  }
  return undefined;
}

/** A Kubernetes label value: empty, or up to 63 alphanumerics, '-', '_', '.', starting/ending alphanumeric. */
export function labelValueError(value: string): string | undefined {
  if (value.length <= 63 && (value === '' || isQualifiedName(value))) return undefined;
  return `value "${value}" must be empty or 1-63 characters of alphanumerics, '-', '_' or '.', ` +
    'starting and ending with an alphanumeric (e.g. "v1", "my_value")';
}

/** Errors for every entry of a label map, each prefixed with the key. */
export function labelMapErrors(labels: { [key: string]: string }): string[] {
  const errors: string[] = [];
  for (const [key, value] of Object.entries(labels)) {
    const keyError = labelKeyError(key);
    if (keyError) errors.push(keyError);
    const valueError = typeof value === 'string' ? labelValueError(value) : `value of "${key}" must be a string`;
    if (valueError) errors.push(`label "${key}": ${valueError}`);
  }
  return errors;
}
