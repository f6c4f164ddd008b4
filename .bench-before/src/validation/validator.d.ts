import { Finding } from './finding';
/** A Kubernetes object as plain JSON (a mapping with apiVersion, kind, metadata, ...). */
export type PlainObject = {
    [key: string]: any;
};
/** One code the analysis layer reports, with its name and severity. */
export interface AnalysisCodeInfo {
    /** The code, e.g. "IST0101". */
    readonly code: string;
    /** Istio's (or this project's) name for it, e.g. "ReferencedResourceNotFound". */
    readonly name: string;
    /** "error", "warning" or "info". */
    readonly severity: string;
}
/** Validates plain Kubernetes objects (the JSON synth writes) like the cluster and `istioctl analyze` would. */
export declare class Validator {
    /** Code of per-object schema and webhook errors (Istio's IST0106). */
    static readonly SCHEMA_VALIDATION_ERROR: string;
    /** Code of per-object schema warnings (Istio's IST0133). */
    static readonly SCHEMA_WARNING: string;
    /** Code of a VirtualService rule that no request can reach (IST0130). */
    static readonly VIRTUAL_SERVICE_UNREACHABLE_RULE: string;
    /** Code of a VirtualService match that has no effect (IST0131). */
    static readonly VIRTUAL_SERVICE_INEFFECTIVE_MATCH: string;
    /** Code of schema errors of the other custom resources (Gateway API, Flagger, Argo Rollouts). */
    static readonly CRD_VALIDATION_ERROR: string;
    /** Code of the API server's errors for Kubernetes core kinds. */
    static readonly KUBERNETES_VALIDATION_ERROR: string;
    /** Code of Gateway API objects istiod refuses. */
    static readonly GATEWAY_API_REJECTED_BY_ISTIO: string;
    /** The API groups whose objects the per-object Istio checks cover. */
    static readonly ISTIO_API_GROUPS: string[];
    /** Schema (CRD OpenAPI + CEL) and webhook checks for one object; [] for kinds the validator does not know. */
    static validateObject(obj: PlainObject): Finding[];
    /** `validateObject` over many objects. */
    static validateObjects(objs: PlainObject[]): Finding[];
    /** Cross-object analysis only (`istioctl analyze`-style), over all the objects together. */
    static analyze(objs: PlainObject[]): Finding[];
    /** Per-object validation plus cross-object analysis, as synth, the cdk8s-cli plugin and the CLI run them. */
    static validateAndAnalyze(objs: PlainObject[]): Finding[];
    /** Whether the object belongs to one of `ISTIO_API_GROUPS`. */
    static isIstioObject(obj: PlainObject): boolean;
    /** Whether a finding is an error (fails synth, makes the CLI exit 1). */
    static isError(finding: Finding): boolean;
    /** One line: `error IST0101 VirtualService ns/name: spec.http[0]: message`. */
    static formatFinding(finding: Finding): string;
    /** Every code the analysis layer reports. */
    static analysisCodes(): AnalysisCodeInfo[];
    private constructor();
}
