/** How bad a finding is. Errors fail synth and make the CLI exit 1; warnings and info are printed. */
export declare enum Severity {
    ERROR = "error",
    WARNING = "warning",
    INFO = "info"
}
/** Which layer produced a finding: the API server's checks, istiod's webhook, or cross-object analysis. */
export declare enum Layer {
    SCHEMA = "schema",
    WEBHOOK = "webhook",
    ANALYSIS = "analysis"
}
/**
 * Istio's codes for per-object validation results, as `istioctl analyze` reports istiod's validation: both the
 * schema and the webhook layer use them (the `layer` field tells which one found the problem).
 */
export declare const SCHEMA_VALIDATION_ERROR = "IST0106";
export declare const SCHEMA_WARNING = "IST0133";
export declare const VIRTUAL_SERVICE_UNREACHABLE_RULE = "IST0130";
/** This project's codes for kinds Istio does not own (Istio's analyzers have none for them). */
/** The API server's CRD validation (schema + CEL) of Gateway API, Flagger and Argo Rollouts objects. */
export declare const CRD_VALIDATION_ERROR = "CKI0001";
/** The API server's own validation of Kubernetes core kinds (Deployment, Service, …). */
export declare const KUBERNETES_VALIDATION_ERROR = "CKI0002";
/** What istiod refuses in a Gateway API object that the CRD accepts (the route or listener is not programmed). */
export declare const GATEWAY_API_REJECTED_BY_ISTIO = "CKI0003";
export declare const VIRTUAL_SERVICE_INEFFECTIVE_MATCH = "IST0131";
/** One problem found in one object. */
export interface Finding {
    readonly severity: Severity;
    /** Istio's analyzer code (`IST0101`) where one exists, otherwise this project's own code (see README). */
    readonly code: string;
    readonly layer: Layer;
    /** apiVersion of the object the finding is about (may be empty for unparseable input). */
    readonly apiVersion: string;
    readonly kind: string;
    /** Namespace of the object; undefined for cluster-scoped objects or objects without one. */
    readonly namespace?: string;
    readonly name: string;
    /** Field path inside the object, e.g. `spec.http[0].route[1].weight`; empty for the object as a whole. */
    readonly path: string;
    readonly message: string;
}
/** The identity of the object a finding is about. */
export interface ObjectRef {
    readonly apiVersion: string;
    readonly kind: string;
    readonly namespace?: string;
    readonly name: string;
}
/** Reads the identity of a plain Kubernetes object, tolerating missing or malformed metadata. */
export declare function objectRef(obj: unknown): ObjectRef;
/** `Kind ns/name` (or `Kind name` for objects without a namespace), the way findings name their object. */
export declare function describeObject(ref: ObjectRef): string;
/**
 * One line per finding: `error IST0101 VirtualService ns/name: spec.http[0]: message`. Control characters in names,
 * paths and messages (which quote input values) are escaped: the line is always one line, and inert on a terminal.
 */
export declare function formatFinding(f: Finding): string;
export declare function isError(f: Finding): boolean;
