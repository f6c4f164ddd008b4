/**
 * AuthorizationPolicy (security.istio.io, any served version): action/rules/provider consistency, targets,
 * and the from / to / when parts of each rule.
 */
import { presentMessage, validatePolicyTargets } from './common';
import { CharClass, isDigits } from '../util/chars';
import { ipSubnetError } from './net';
import { isObj, list, nonEmptyList, Obj, obj, present, str } from '../util/plain-json';
import { WebhookReport } from './report';

const NEVER_TRIGGERED = 'action without `rules` is meaningless as it will never be triggered, ' +
  'add an empty rule `{}` if you want it be triggered for every request';

const SOURCE_FIELDS = [
  'principals', 'notPrincipals', 'requestPrincipals', 'notRequestPrincipals', 'namespaces', 'notNamespaces',
  'ipBlocks', 'notIpBlocks', 'remoteIpBlocks', 'notRemoteIpBlocks', 'serviceAccounts', 'notServiceAccounts',
  'trustDomains', 'notTrustDomains',
];
// Service accounts and trust domains have their own rules, which report empty values themselves.
const PLAIN_SOURCE_FIELDS = SOURCE_FIELDS.filter((f) => !/^(not)?(serviceAccounts|trustDomains)$/i.test(f));
const SOURCE_IP_FIELDS = ['ipBlocks', 'notIpBlocks', 'remoteIpBlocks', 'notRemoteIpBlocks'];
const OPERATION_FIELDS = ['hosts', 'notHosts', 'ports', 'notPorts', 'methods', 'notMethods', 'paths', 'notPaths'];

export function validateAuthorizationPolicy(r: WebhookReport, spec: Obj): void {
  validatePolicyTargets(r, spec);
  const action = str(spec.action) || 'ALLOW';
  const hasRules = nonEmptyList(spec.rules);
  if (action === 'CUSTOM') {
    if (!hasRules) r.error('spec.rules', `CUSTOM ${NEVER_TRIGGERED}`);
    else if (str(obj(spec.provider).name) === '') r.error('spec.provider.name', '`provider.name` must not be empty for the CUSTOM action');
    validateCustomRules(r, spec.rules);
  }
  if (present(spec.provider) && action !== 'CUSTOM') {
    r.error('spec.provider', `\`provider\` must not be with non CUSTOM action, found ${action}`);
  }
  if (action === 'DENY' && !hasRules) r.error('spec.rules', `DENY ${NEVER_TRIGGERED}`);
  list(spec.rules).forEach((rule, i) => validateRule(r, `spec.rules[${i}]`, rule, i));
  if (action === 'DENY') list(spec.rules).forEach((rule, i) => warnHttpOnlyDeny(r, `spec.rules[${i}]`, rule));
}

// Source fields a TCP connection carries; the others (requestPrincipals, …) exist only in HTTP requests.
const TCP_SOURCE_FIELDS = [
  'principals', 'notPrincipals', 'ipBlocks', 'notIpBlocks', 'namespaces', 'notNamespaces', 'remoteIpBlocks',
  'notRemoteIpBlocks', 'serviceAccounts', 'notServiceAccounts',
];

/**
 * A DENY rule made only of HTTP attributes cannot be evaluated on a TCP connection, so the proxy denies every
 * TCP connection in scope; istiod warns unless the rule names its ports.
 */
function warnHttpOnlyDeny(r: WebhookReport, path: string, rule: unknown): void {
  if (!isObj(rule)) return;
  const sources = list(rule.from).map((f) => obj(obj(f).source));
  const operations = list(rule.to).map((t) => obj(obj(t).operation));
  const httpOnlySource = list(rule.from).length > 0 && operations.length === 0 &&
    !sources.some((src) => TCP_SOURCE_FIELDS.some((f) => nonEmptyList(src[f])));
  const operationWithoutPorts = operations.some((op) => !nonEmptyList(op.ports) && !nonEmptyList(op.notPorts));
  if (httpOnlySource || operationWithoutPorts) {
    r.warning(path, 'configured AuthorizationPolicy will deny all traffic to TCP ports under its scope due to the use ' +
      'of only HTTP attributes in a DENY rule; it is recommended to explicitly specify the port');
  }
}

/** The CUSTOM action is evaluated before identities are known: identity-based fields are not supported. */
function validateCustomRules(r: WebhookReport, rules: unknown): void {
  const unsupported = (path: string, name: string) => r.error(path, `${name} is currently not supported with CUSTOM action`);
  list(rules).forEach((rule, i) => {
    list(obj(rule).from).forEach((from, j) => {
      const src = obj(obj(from).source);
      const p = `spec.rules[${i}].from[${j}].source`;
      for (const [field, name] of [['namespaces', 'From.Namespaces'], ['notNamespaces', 'From.NotNamespaces'],
        ['principals', 'From.Principals'], ['notPrincipals', 'From.NotPrincipals'],
        ['requestPrincipals', 'From.RequestPrincipals'], ['notRequestPrincipals', 'From.NotRequestPrincipals']]) {
        if (nonEmptyList(src[field])) unsupported(`${p}.${field}`, name);
      }
    });
    list(obj(rule).when).forEach((when, j) => {
      const key = str(obj(when).key);
      if (key === 'source.namespace' || key === 'source.principal' || key.startsWith('request.auth.')) {
        unsupported(`spec.rules[${i}].when[${j}].key`, key);
      }
    });
  });
}

function emptyValues(r: WebhookReport, path: string, o: Obj, fields: readonly string[]): void {
  for (const field of fields) {
    if (list(o[field]).some((v) => v === '')) r.error(`${path}.${field}`, `empty value not allowed, found in ${field}`);
  }
}

function ipErrors(values: unknown): string[] {
  const errors: string[] = [];
  for (const v of list(values)) {
    if (typeof v !== 'string' || v === '') continue;
    if (ipSubnetError(v) !== undefined) errors.push(v.includes('/') ? `bad CIDR range (${v})` : `bad IP address (${v})`);
  }
  return errors;
}

function portErrors(values: unknown): string[] {
  const errors: string[] = [];
  for (const v of list(values)) {
    if (typeof v !== 'string' || v === '') continue;
    if (!isDigits(v) || Number(v) > 65535) errors.push(`bad port (${v}): must be a number in 0..65535`);
  }
  return errors;
}

function validateRule(r: WebhookReport, path: string, rule: unknown, index: number): void {
  if (!presentMessage(r, path, rule, `\`rule\` must not be nil, found at rule ${index}`)) return;
  if (Array.isArray(rule.from) && rule.from.length === 0) r.error(`${path}.from`, `\`from\` must not be empty, found at rule ${index}`);
  list(rule.from).forEach((from, j) => validateFrom(r, `${path}.from[${j}]`, from, index));
  if (Array.isArray(rule.to) && rule.to.length === 0) r.error(`${path}.to`, `\`to\` must not be empty, found at rule ${index}`);
  list(rule.to).forEach((to, j) => validateTo(r, `${path}.to[${j}]`, to, index));
  list(rule.when).forEach((when, j) => validateCondition(r, `${path}.when[${j}]`, when));
}

function validateFrom(r: WebhookReport, path: string, from: unknown, index: number): void {
  if (!presentMessage(r, path, from, `\`from\` must not be nil, found at rule ${index}`)) return;
  if (!isObj(from.source)) {
    if (!present(from.source)) r.error(`${path}.source`, `\`from.source\` must not be nil, found at rule ${index}`);
    return;
  }
  const src = from.source;
  const p = `${path}.source`;
  if (!SOURCE_FIELDS.some((f) => nonEmptyList(src[f]))) r.error(p, `\`from.source\` must not be empty, found at rule ${index}`);
  for (const field of SOURCE_IP_FIELDS) for (const e of ipErrors(src[field])) r.error(`${p}.${field}`, e);
  emptyValues(r, p, src, PLAIN_SOURCE_FIELDS);
  const accounts = nonEmptyList(src.serviceAccounts) || nonEmptyList(src.notServiceAccounts);
  const identities = ['principals', 'notPrincipals', 'namespaces', 'notNamespaces'].some((f) => nonEmptyList(src[f]));
  if (accounts && identities) r.error(p, 'Cannot set serviceAccounts with namespaces or principals');
  for (const field of ['serviceAccounts', 'notServiceAccounts']) {
    if (nonEmptyList(src[field])) r.errorIf(`${p}.${field}`, serviceAccountsError(src[field], field));
  }
  for (const field of ['trustDomains', 'notTrustDomains']) {
    if (nonEmptyList(src[field])) r.errorIf(`${p}.${field}`, trustDomainsError(src[field], field));
  }
}

function validateTo(r: WebhookReport, path: string, to: unknown, index: number): void {
  if (!presentMessage(r, path, to, `\`to\` must not be nil, found at rule ${index}`)) return;
  if (!isObj(to.operation)) {
    if (!present(to.operation)) r.error(`${path}.operation`, `\`to.operation\` must not be nil, found at rule ${index}`);
    return;
  }
  const op = to.operation;
  const p = `${path}.operation`;
  if (!OPERATION_FIELDS.some((f) => nonEmptyList(op[f]))) r.error(p, `\`to.operation\` must not be empty, found at rule ${index}`);
  for (const field of ['ports', 'notPorts']) for (const e of portErrors(op[field])) r.error(`${p}.${field}`, e);
  emptyValues(r, p, op, OPERATION_FIELDS);
  for (const field of ['paths', 'notPaths']) {
    for (const path of list(op[field])) {
      if (typeof path === 'string') r.errorIf(`${p}.${field}`, pathTemplateError(path, field));
    }
  }
}

const MATCH_ONE = '{*}';
const MATCH_ANY = '{**}';
// RFC 3986 pchar: what a literal segment next to a path template may contain.
const PATH_LITERAL = new CharClass("A-Za-z0-9._~%!$&'()*+,;:@=-");

/** `path` without leading and trailing slashes (string code: the regexp for it backtracks quadratically). */
function trimSlashes(path: string): string {
  let start = 0;
  let end = path.length;
  while (start < end && path.charCodeAt(start) === 0x2f) start++;
  while (end > start && path.charCodeAt(end - 1) === 0x2f) end--;
  return path.slice(start, end);
}

/** Path templates (`/api/{*}/items/{**}`): `{**}` only once and last, no other braces, literal segments pchar only. */
function pathTemplateError(path: string, field: string): string | undefined {
  const templated = path.includes(MATCH_ONE) || path.includes(MATCH_ANY);
  let matchAnySeen = false;
  for (const glob of trimSlashes(path).split('/')) {
    if (glob === MATCH_ONE && !matchAnySeen) continue;
    if (glob === MATCH_ANY && !matchAnySeen) {
      matchAnySeen = true;
      continue;
    }
    if (glob.includes('{') || glob.includes('}')) {
      return `invalid or unsupported path ${path}, found in ${field}. Contains '{' or '}' beyond a supported path template`;
    }
    if (templated && (glob === '' || !PATH_LITERAL.all(glob))) {
      return `invalid or unsupported path ${path}, found in ${field}. Contains segment ${glob} with invalid string literal`;
    }
  }
  return undefined;
}

// Keys whose values istiod does not check (security.ValidateAttribute).
const UNCHECKED_KEYS = new Set([
  'source.namespace', 'source.principal', 'request.auth.principal', 'request.auth.audiences', 'request.auth.presenter',
  'connection.sni',
]);
const IP_KEYS = new Set(['source.ip', 'remote.ip', 'destination.ip']);
const MAP_KEY_PREFIXES = ['request.headers', 'request.auth.claims', 'experimental.envoy.filters.'];

/** Why istiod refuses a condition key whatever its values, or undefined for keys it knows. */
function attributeKeyError(key: string): string | undefined {
  if (MAP_KEY_PREFIXES.some((prefix) => key.startsWith(prefix))) {
    const open = key.indexOf('[');
    const ok = key.endsWith(']') && open > 0 && open < key.length - 2;
    return ok ? undefined : `bad key (${key}): should have format a[b]`;
  }
  if (IP_KEYS.has(key) || UNCHECKED_KEYS.has(key) || key === 'destination.port' || key === 'source.serviceAccount' ||
    key === 'source.trustDomain') return undefined;
  if (key === 'destination.namespace') return `attribute ${key} is replaced by the metadata.namespace`;
  if (key.startsWith('destination.labels')) return `attribute ${key} is replaced by the workload selector`;
  if (key === 'destination.name' || key === 'destination.user') return `deprecated attribute ${key}: only supported in v1alpha1`;
  return `unknown attribute: ${key}`;
}

/** What the values of a known key must look like (non-empty; IP addresses / CIDRs, ports, service accounts). */
function attributeValueErrors(key: string, values: unknown): string[] {
  if (list(values).some((v) => v === '')) return [`empty value not allowed, found in ${key}`];
  if (IP_KEYS.has(key)) return ipErrors(values);
  if (key === 'destination.port') return portErrors(values);
  if (key === 'source.serviceAccount') return optional(serviceAccountsError(values, key));
  if (key === 'source.trustDomain') return optional(trustDomainsError(values, key));
  return [];
}

function optional(error: string | undefined): string[] {
  return error === undefined ? [] : [error];
}

const MAX_SERVICE_ACCOUNTS = 16;
const MAX_SERVICE_ACCOUNT_LENGTH = 320;

/** `serviceAccount` or `namespace/serviceAccount`, at most 16 values (security.go, first failure only). */
function serviceAccountsError(values: unknown, field: string): string | undefined {
  const items = list(values).filter((v): v is string => typeof v === 'string');
  if (items.length > MAX_SERVICE_ACCOUNTS) return `may not have more than ${MAX_SERVICE_ACCOUNTS} values, found in ${field}`;
  for (const v of items) {
    if (v === '') return `empty value not allowed, found in ${field}`;
    if (v.includes('*')) return `wildcard not allowed, found in ${field}`;
    const parts = v.split('/');
    const format = "expected format 'serviceAccount' or 'namespace/serviceAccount'";
    if (parts.length > 2) return `${format}, found ${JSON.stringify(v)} in ${field}`;
    if (v.length > MAX_SERVICE_ACCOUNT_LENGTH) return `value cannot exceed ${MAX_SERVICE_ACCOUNT_LENGTH} characters, found ${JSON.stringify(v)} in ${field}`;
    if (parts.length === 2 && parts[0] === '') return `${format}, found empty namespace ${JSON.stringify(v)} in ${field}`;
    if (parts.length === 2 && parts[1] === '') return `${format}, found empty serviceAccount ${JSON.stringify(v)} in ${field}`;
  }
  return undefined;
}

/** Trust domains: one `*` at most, only at the start or the end, no `/` (first failure only). */
function trustDomainsError(values: unknown, field: string): string | undefined {
  for (const v of list(values)) {
    if (typeof v !== 'string') continue;
    if (v === '') return `empty value not allowed, found in ${field}`;
    const stars = v.split('*').length - 1;
    if (stars > 1) return `at most one wildcard is allowed, found in ${field}: ${JSON.stringify(v)}`;
    if (stars === 1 && !v.startsWith('*') && !v.endsWith('*')) {
      return `wildcard is only allowed at the start or end, found in ${field}: ${JSON.stringify(v)}`;
    }
    if (v.includes('/')) return `trust domain must not contain '/', found in ${field}: ${JSON.stringify(v)}`;
  }
  return undefined;
}

function validateCondition(r: WebhookReport, path: string, when: unknown): void {
  if (!presentMessage(r, path, when, 'when field cannot be nil')) return;
  const key = str(when.key);
  if (key === '') {
    r.error(`${path}.key`, '`key` must not be empty');
    return;
  }
  if (!nonEmptyList(when.values) && !nonEmptyList(when.notValues)) {
    r.error(path, `at least one of \`values\` or \`notValues\` must be set for key ${key}`);
    return;
  }
  const keyError = attributeKeyError(key);
  if (keyError !== undefined) {
    r.error(`${path}.key`, `invalid \`key\` ${key}: ${keyError}`);
    return;
  }
  for (const [field, what] of [['values', 'value'], ['notValues', 'notValue']]) {
    const errors = attributeValueErrors(key, when[field]);
    if (errors.length > 0) r.error(`${path}.${field}`, `invalid \`${what}\` for \`key\` ${key}: ${errors.join('; ')}`);
  }
}
