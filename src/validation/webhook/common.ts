/**
 * Rule groups shared by several kinds, as istiod applies them: label maps, workload selectors, policy
 * target references, exportTo, port names and protocols, durations, percentages.
 */
import { DIGIT, runLength } from '../util/chars';
import { millisecondDurationError } from '../util/duration';
import { isIstioLabelName, isQualifiedName, labelKeyError, labelValueError } from '../util/names';
import { entries, isObj, keyPath, list, nonEmptyList, Obj, obj, str } from '../util/plain-json';
import { WebhookReport } from './report';


/**
 * Whether an entry of a repeated message field is there to check (an object). A null entry is a nil message, which
 * istiod refuses with its own words for each field (`nilMessage`); any other non-object is the schema layer's to report.
 */
export function presentMessage(r: WebhookReport, path: string, entry: unknown, nilMessage: string): entry is Obj {
  if (entry === null) r.error(path, nilMessage);
  return isObj(entry);
}

/** labels.Instance.Validate: every key a Kubernetes label key, every value a label value. */
export function validateLabels(r: WebhookReport, path: string, labels: unknown): void {
  if (!isObj(labels)) return;
  for (const key in labels) {
    const value = labels[key];
    // The common shape (a key without prefix, a qualified-name value) first, before the detailed rules run.
    if (!isQualifiedName(key)) r.errorIf(path, labelKeyError(key));
    if (typeof value === 'string' && value !== '' && !isQualifiedName(value)) r.errorIf(keyPath(path, key), labelValueError(value));
  }
}

/**
 * A workload selector: `matchLabels` (DestinationRule, PeerAuthentication, AuthorizationPolicy, Telemetry, …) or
 * `labels` (ServiceEntry, Sidecar, EnvoyFilter); no empty keys, no wildcards, and (warning) at least one label.
 * Returns false when the selector has errors.
 */
export function validateWorkloadSelector(r: WebhookReport, path: string, selector: unknown, field = 'matchLabels',
  emptyWarning = 'workload selector specified without labels'): boolean {
  if (!isObj(selector)) return true;
  const labels = entries(selector[field]);
  let ok = true;
  for (const [key, value] of labels) {
    const pair = JSON.stringify(`${key}=${str(value)}`);
    if (key === '') {
      r.error(`${path}.${field}`, `empty key is not supported in selector: ${pair}`);
      ok = false;
    }
    if (key.includes('*') || str(value).includes('*')) {
      r.error(keyPath(`${path}.${field}`, key), `wildcard is not supported in selector: ${pair}`);
      ok = false;
    }
  }
  if (labels.length === 0) r.warning(path, emptyWarning);
  return ok;
}

/** Only one way of choosing the workloads a policy applies to. */
function validateOneSelectorStyle(r: WebhookReport, spec: Obj): void {
  let styles = 0;
  if (isObj(spec.selector)) styles++;
  if (isObj(spec.targetRef)) styles++;
  if (nonEmptyList(spec.targetRefs)) styles++;
  if (styles > 1) r.error('spec', 'only one of targetRefs, targetRef or workloadSelector can be set');
}

const TARGET_REF_KINDS: readonly { group: string; kind: string }[] = [
  { group: 'gateway.networking.k8s.io', kind: 'Gateway' },
  { group: 'gateway.networking.k8s.io', kind: 'GatewayClass' },
  { group: 'core', kind: 'Service' },
  { group: 'networking.istio.io', kind: 'ServiceEntry' },
];
const TARGET_REF_KIND_LIST = TARGET_REF_KINDS.map((k) => `${k.group}/${k.kind}`).join(', ');

/** One policy target reference: a name, no namespace, and one of the kinds Istio attaches policies to. */
export function validatePolicyTargetRef(r: WebhookReport, path: string, ref: unknown): void {
  if (!isObj(ref)) return;
  if (str(ref.name) === '') r.error(`${path}.name`, 'targetRef name must be set');
  if (str(ref.namespace) !== '') {
    r.error(`${path}.namespace`,
      `targetRef namespace "${str(ref.namespace)}" must not be set: cross namespace referencing is not currently supported`);
  }
  const group = str(ref.group) === '' ? 'core' : str(ref.group);
  const kind = str(ref.kind);
  if (!TARGET_REF_KINDS.some((k) => k.group === group && k.kind === kind)) {
    r.error(path, `targetRef must be to one of ${TARGET_REF_KIND_LIST} but was ${group}/${kind}`);
  }
}

/** selector / targetRef / targetRefs rules common to AuthorizationPolicy, RequestAuthentication, Telemetry. */
export function validatePolicyTargets(r: WebhookReport, spec: Obj): void {
  validateOneSelectorStyle(r, spec);
  validateWorkloadSelector(r, 'spec.selector', spec.selector);
  validatePolicyTargetRef(r, 'spec.targetRef', spec.targetRef);
  list(spec.targetRefs).forEach((ref, i) => validatePolicyTargetRef(r, `spec.targetRefs[${i}]`, ref));
}

/**
 * exportTo: `.` (own namespace), `*`, or namespace names (`~` only for ServiceEntry); no duplicates
 * (`.` equals the own namespace); `*` and `~` stand alone; a DestinationRule with a workloadSelector may only
 * export to its own namespace.
 */
export function validateExportTo(r: WebhookReport, exportTo: unknown, isServiceEntry: boolean, hasWorkloadSelector: boolean): void {
  const values = list(exportTo);
  if (values.length === 0) return;
  const path = 'spec.exportTo';
  // Without a namespace on the object, `.` can only be compared with itself.
  const own = r.namespace === '' ? '.' : r.namespace;
  const seen = new Set<string>();
  values.forEach((v, i) => {
    if (typeof v !== 'string') return;
    const key = v === '.' ? own : v;
    if (seen.has(key)) {
      r.error(`${path}[${i}]`, key !== v
        ? `duplicate entries in exportTo: . and current namespace ${r.namespace}`
        : `duplicate entries in exportTo for entry ${v}`);
      return;
    }
    if (v === '~' && !isServiceEntry) {
      r.error(`${path}[${i}]`, 'exportTo ~ (none) is not allowed for Istio configuration objects');
    } else if (key !== '.' && key !== '*' && key !== '~' && !isIstioLabelName(key)) {
      r.error(`${path}[${i}]`, `exportTo entry "${v}" is invalid: only .,*, or a valid DNS 1123 label is allowed as exportTo entry`);
    } else {
      seen.add(key);
    }
  });
  if (hasWorkloadSelector && seen.size > 0) {
    if (!seen.has(own)) {
      r.error(path, 'destination rule with workload selector cannot have exportTo beyond current namespace');
    } else if (seen.size > 1) {
      r.error(path, 'destination rule with workload selector cannot have multiple entries in exportTo');
    }
  }
  if (seen.has('*') && values.length > 1) r.error(path, 'cannot have both public (*) and non-public exportTo values for a resource');
  if (seen.has('~') && values.length > 1) r.error(path, 'cannot export service entry to no one (~) and someone');
}

const PROTOCOLS = new Set(['tcp', 'udp', 'grpc', 'grpc-web', 'http', 'http_proxy', 'http2', 'https', 'tls', 'mongo', 'redis', 'mysql']);
const HTTP_PROTOCOLS = new Set(['http', 'http2', 'grpc', 'grpc-web', 'http_proxy']);
const TLS_PROTOCOLS = new Set(['https', 'tls']);

/** A protocol name Istio knows (case-insensitive); '' (sniffing) is accepted by callers separately. */
export function isKnownProtocol(protocol: string): boolean {
  return PROTOCOLS.has(protocol.toLowerCase());
}

export function isHttpProtocol(protocol: string): boolean {
  return HTTP_PROTOCOLS.has(protocol.toLowerCase());
}

export function isTlsProtocol(protocol: string): boolean {
  return TLS_PROTOCOLS.has(protocol.toLowerCase());
}

/** istiod's ValidateProtocol: empty (sniffing) or a known protocol. */
export function protocolError(protocol: string): string | undefined {
  if (protocol === '' || isKnownProtocol(protocol)) return undefined;
  return `unrecognized protocol "${protocol}": use one of HTTP, HTTPS, HTTP2, GRPC, GRPC-WEB, HTTP_PROXY, TLS, TCP, UDP, MONGO, MYSQL, REDIS`;
}

/** istiod's ValidatePortName: a DNS-1123 label. */
export function portNameError(name: string): string | undefined {
  return isIstioLabelName(name) ? undefined : `invalid port name: "${name}" (must be a DNS-1123 label, e.g. "http-web")`;
}

// Whole numbers of ms/s/m/h without leading zeros (`^[1-9]\d{0,8}(?:ms|s|m|h)$`) are always >= 1ms and whole
// milliseconds.
function isPlainDuration(value: string): boolean {
  const digits = runLength(value, DIGIT);
  if (digits === 0 || digits > 9 || value[0] === '0') return false;
  const unit = value.slice(digits);
  return unit === 'ms' || unit === 's' || unit === 'm' || unit === 'h';
}

/** A duration field istiod checks with ValidateDuration (>= 1ms, ms precision); non-strings are the schema's. */
export function validateDuration(r: WebhookReport, path: string, value: unknown): void {
  if (typeof value === 'string' && !isPlainDuration(value)) r.errorIf(path, millisecondDurationError(value));
}

/** The `value` of a google.protobuf wrapper or Percent message, accepting the bare-number JSON form too. */
export function wrappedNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  const inner = obj(v).value;
  return typeof inner === 'number' ? inner : undefined;
}
