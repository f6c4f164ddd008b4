import { Obj } from '../util/plain-json';
import { WebhookReport } from './report';
/** labels.Instance.Validate: every key a Kubernetes label key, every value a label value. */
export declare function validateLabels(r: WebhookReport, path: string, labels: unknown): void;
/**
 * A workload selector: `matchLabels` (DestinationRule, PeerAuthentication, AuthorizationPolicy, Telemetry, …) or
 * `labels` (ServiceEntry, Sidecar, EnvoyFilter); no empty keys, no wildcards, and (warning) at least one label.
 * Returns false when the selector has errors.
 */
export declare function validateWorkloadSelector(r: WebhookReport, path: string, selector: unknown, field?: string, emptyWarning?: string): boolean;
/** One policy target reference: a name, no namespace, and one of the kinds Istio attaches policies to. */
export declare function validatePolicyTargetRef(r: WebhookReport, path: string, ref: unknown): void;
/** selector / targetRef / targetRefs rules common to AuthorizationPolicy, RequestAuthentication, Telemetry. */
export declare function validatePolicyTargets(r: WebhookReport, spec: Obj): void;
/**
 * exportTo: `.` (own namespace), `*`, or namespace names (`~` only for ServiceEntry); no duplicates
 * (`.` equals the own namespace); `*` and `~` stand alone; a DestinationRule with a workloadSelector may only
 * export to its own namespace.
 */
export declare function validateExportTo(r: WebhookReport, exportTo: unknown, isServiceEntry: boolean, hasWorkloadSelector: boolean): void;
/** A protocol name Istio knows (case-insensitive); '' (sniffing) is accepted by callers separately. */
export declare function isKnownProtocol(protocol: string): boolean;
export declare function isHttpProtocol(protocol: string): boolean;
export declare function isTlsProtocol(protocol: string): boolean;
/** istiod's ValidateProtocol: empty (sniffing) or a known protocol. */
export declare function protocolError(protocol: string): string | undefined;
/** istiod's ValidatePortName: a DNS-1123 label. */
export declare function portNameError(name: string): string | undefined;
/** A duration field istiod checks with ValidateDuration (>= 1ms, ms precision); non-strings are the schema's. */
export declare function validateDuration(r: WebhookReport, path: string, value: unknown): void;
/** The `value` of a google.protobuf wrapper or Percent message, accepting the bare-number JSON form too. */
export declare function wrappedNumber(v: unknown): number | undefined;
