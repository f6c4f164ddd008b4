/**
 * The one shape every validation layer reports in, whatever the entry point (synth, CLI, plugin, tests).
 */
import { escapeControlChars } from './util/control-chars';

/** How bad a finding is. Errors fail synth and make the CLI exit 1; warnings and info are printed. */
export enum Severity {
  ERROR = 'error',
  WARNING = 'warning',
  INFO = 'info',
}

/** Which layer produced a finding: the API server's checks, istiod's webhook, or cross-object analysis. */
export enum Layer {
  SCHEMA = 'schema',
  WEBHOOK = 'webhook',
  ANALYSIS = 'analysis',
}

/** One problem found in one object. */
export interface Finding {
  readonly severity: Severity;
  /** Istio's analyzer code (`IST0101`) where one exists, otherwise this project's own (all listed in docs/codes.md). */
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
export function objectRef(obj: unknown): ObjectRef {
  const o = (obj !== null && typeof obj === 'object' ? obj : {}) as Record<string, unknown>;
  const meta = (o.metadata !== null && typeof o.metadata === 'object' ? o.metadata : {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const namespace = str(meta.namespace);
  return {
    apiVersion: str(o.apiVersion),
    kind: str(o.kind),
    name: str(meta.name),
    ...(namespace ? { namespace } : {}),
  };
}

/** `Kind ns/name` (or `Kind name` for objects without a namespace), the way findings name their object. */
export function describeObject(ref: ObjectRef): string {
  return ref.namespace ? `${ref.kind} ${ref.namespace}/${ref.name}` : `${ref.kind} ${ref.name}`;
}

/**
 * One line per finding: `error IST0101 VirtualService ns/name: spec.http[0]: message`. Control characters in names,
 * paths and messages (which quote input values) are escaped: the line is always one line, and inert on a terminal.
 */
export function formatFinding(f: Finding): string {
  const where = f.path ? `${describeObject(f)}: ${f.path}` : describeObject(f);
  return escapeControlChars(`${f.severity} ${f.code} ${where}: ${f.message}`);
}

export function isError(f: Finding): boolean {
  return f.severity === Severity.ERROR;
}
