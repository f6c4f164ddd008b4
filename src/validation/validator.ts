/**
 * The validator as one class of static methods and constants, because jsii (Python, Java, Go, .NET) carries
 * classes across but drops free functions and module-level constants. TypeScript users may call either this or
 * the functions of the `validation` namespace: both are the same code.
 */
import { analyze } from './analysis';
import { Finding, formatFinding, isError } from './finding';
import {
  ANALYSIS_CODES, CRD_VALIDATION_ERROR, FindingCode, GATEWAY_API_REJECTED_BY_ISTIO, KUBERNETES_VALIDATION_ERROR,
  SCHEMA_VALIDATION_ERROR, SCHEMA_WARNING, VIRTUAL_SERVICE_INEFFECTIVE_MATCH, VIRTUAL_SERVICE_UNREACHABLE_RULE,
} from './finding-codes';
import { validateAndAnalyze, validateObject, validateObjects } from './index';
import { ISTIO_API_GROUPS, isIstioObject } from './istio-kinds';


/** What a plain-JavaScript caller gave instead of the expected argument, for the message. */
function given(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

// The public entry points are called from plain JavaScript too: a wrong argument gets an Error naming the method.
function manifestList(method: string, objs: unknown): PlainObject[] {
  if (!Array.isArray(objs)) throw new Error(`Validator.${method}: 'objs' must be an array of manifest objects, got ${given(objs)}`);
  return objs as PlainObject[];
}

function findingArg(method: string, finding: unknown): Finding {
  const f = finding as Partial<Finding> | null;
  if (f === null || typeof f !== 'object' || typeof f.severity !== 'string' || typeof f.code !== 'string' || typeof f.message !== 'string') {
    throw new Error(`Validator.${method}: 'finding' must be a Finding (as validateObject returns them), got ${given(finding)}`);
  }
  return f as Finding;
}
/** A Kubernetes object as plain JSON (a mapping with apiVersion, kind, metadata, ...). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any JSON value; jsii maps it to a map of any
export type PlainObject = { [key: string]: any };

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
export class Validator {
  /** Code of per-object schema and webhook errors (Istio's IST0106). */
  public static readonly SCHEMA_VALIDATION_ERROR: string = SCHEMA_VALIDATION_ERROR.code;
  /** Code of per-object schema warnings (Istio's IST0133). */
  public static readonly SCHEMA_WARNING: string = SCHEMA_WARNING.code;
  /** Code of a VirtualService rule that no request can reach (IST0130). */
  public static readonly VIRTUAL_SERVICE_UNREACHABLE_RULE: string = VIRTUAL_SERVICE_UNREACHABLE_RULE.code;
  /** Code of a VirtualService match that has no effect (IST0131). */
  public static readonly VIRTUAL_SERVICE_INEFFECTIVE_MATCH: string = VIRTUAL_SERVICE_INEFFECTIVE_MATCH.code;
  /** Code of schema errors of the other custom resources (Gateway API, Flagger, Argo Rollouts). */
  public static readonly CRD_VALIDATION_ERROR: string = CRD_VALIDATION_ERROR.code;
  /** Code of the API server's errors for Kubernetes core kinds. */
  public static readonly KUBERNETES_VALIDATION_ERROR: string = KUBERNETES_VALIDATION_ERROR.code;
  /** Code of Gateway API objects istiod refuses. */
  public static readonly GATEWAY_API_REJECTED_BY_ISTIO: string = GATEWAY_API_REJECTED_BY_ISTIO.code;
  /** The API groups whose objects the per-object Istio checks cover. */
  public static readonly ISTIO_API_GROUPS: string[] = [...ISTIO_API_GROUPS];

  /** Schema (CRD OpenAPI + CEL) and webhook checks for one object; [] for kinds the validator does not know. */
  public static validateObject(obj: PlainObject): Finding[] {
    return validateObject(obj);
  }

  /** `validateObject` over many objects. */
  public static validateObjects(objs: PlainObject[]): Finding[] {
    return validateObjects(manifestList('validateObjects', objs));
  }

  /** Cross-object analysis only (`istioctl analyze`-style), over all the objects together. */
  public static analyze(objs: PlainObject[]): Finding[] {
    return analyze(manifestList('analyze', objs));
  }

  /** Per-object validation plus cross-object analysis, as synth, the cdk8s-cli plugin and the CLI run them. */
  public static validateAndAnalyze(objs: PlainObject[]): Finding[] {
    return validateAndAnalyze(manifestList('validateAndAnalyze', objs));
  }

  /** Whether the object belongs to one of `ISTIO_API_GROUPS`. */
  public static isIstioObject(obj: PlainObject): boolean {
    return isIstioObject(obj);
  }

  /** Whether a finding is an error (fails synth, makes the CLI exit 1). */
  public static isError(finding: Finding): boolean {
    return isError(findingArg('isError', finding));
  }

  /** One line: `error IST0101 VirtualService ns/name: spec.http[0]: message`. */
  public static formatFinding(finding: Finding): string {
    return formatFinding(findingArg('formatFinding', finding));
  }

  /** Every code the analysis layer reports. */
  public static analysisCodes(): AnalysisCodeInfo[] {
    return ANALYSIS_CODES.map((c: FindingCode) => ({ code: c.code, name: c.name, severity: c.severity }));
  }

  private constructor() {}
}
