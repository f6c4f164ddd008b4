"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Validator = void 0;
/**
 * The validator as one class of static methods and constants, because jsii (Python, Java, Go, .NET) carries
 * classes across but drops free functions and module-level constants. TypeScript users may call either this or
 * the functions of the `validation` namespace: both are the same code.
 */
const analysis_1 = require("./analysis");
const codes_1 = require("./analysis/codes");
const finding_1 = require("./finding");
const index_1 = require("./index");
const istio_kinds_1 = require("./istio-kinds");
/** Validates plain Kubernetes objects (the JSON synth writes) like the cluster and `istioctl analyze` would. */
class Validator {
    /** Code of per-object schema and webhook errors (Istio's IST0106). */
    static SCHEMA_VALIDATION_ERROR = finding_1.SCHEMA_VALIDATION_ERROR;
    /** Code of per-object schema warnings (Istio's IST0133). */
    static SCHEMA_WARNING = finding_1.SCHEMA_WARNING;
    /** Code of a VirtualService rule that no request can reach (IST0130). */
    static VIRTUAL_SERVICE_UNREACHABLE_RULE = finding_1.VIRTUAL_SERVICE_UNREACHABLE_RULE;
    /** Code of a VirtualService match that has no effect (IST0131). */
    static VIRTUAL_SERVICE_INEFFECTIVE_MATCH = finding_1.VIRTUAL_SERVICE_INEFFECTIVE_MATCH;
    /** Code of schema errors of the other custom resources (Gateway API, Flagger, Argo Rollouts). */
    static CRD_VALIDATION_ERROR = finding_1.CRD_VALIDATION_ERROR;
    /** Code of the API server's errors for Kubernetes core kinds. */
    static KUBERNETES_VALIDATION_ERROR = finding_1.KUBERNETES_VALIDATION_ERROR;
    /** Code of Gateway API objects istiod refuses. */
    static GATEWAY_API_REJECTED_BY_ISTIO = finding_1.GATEWAY_API_REJECTED_BY_ISTIO;
    /** The API groups whose objects the per-object Istio checks cover. */
    static ISTIO_API_GROUPS = [...istio_kinds_1.ISTIO_API_GROUPS];
    /** Schema (CRD OpenAPI + CEL) and webhook checks for one object; [] for kinds the validator does not know. */
    static validateObject(obj) {
        return (0, index_1.validateObject)(obj);
    }
    /** `validateObject` over many objects. */
    static validateObjects(objs) {
        return (0, index_1.validateObjects)(objs);
    }
    /** Cross-object analysis only (`istioctl analyze`-style), over all the objects together. */
    static analyze(objs) {
        return (0, analysis_1.analyze)(objs);
    }
    /** Per-object validation plus cross-object analysis, as synth, the cdk8s-cli plugin and the CLI run them. */
    static validateAndAnalyze(objs) {
        return (0, index_1.validateAndAnalyze)(objs);
    }
    /** Whether the object belongs to one of `ISTIO_API_GROUPS`. */
    static isIstioObject(obj) {
        return (0, istio_kinds_1.isIstioObject)(obj);
    }
    /** Whether a finding is an error (fails synth, makes the CLI exit 1). */
    static isError(finding) {
        return (0, finding_1.isError)(finding);
    }
    /** One line: `error IST0101 VirtualService ns/name: spec.http[0]: message`. */
    static formatFinding(finding) {
        return (0, finding_1.formatFinding)(finding);
    }
    /** Every code the analysis layer reports. */
    static analysisCodes() {
        return codes_1.ANALYSIS_CODES.map((c) => ({ code: c.code, name: c.name, severity: c.severity }));
    }
    constructor() { }
}
exports.Validator = Validator;
//# sourceMappingURL=validator.js.map