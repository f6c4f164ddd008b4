/**
 * A read-only view of one input object with the fields every analyzer needs, read once.
 */
import { Finding, Layer, ObjectRef } from '../finding';
import { apiGroupOf } from '../istio-kinds';
import { list as asArray, obj as asObject, str as asString } from '../util/plain-json';
import { FindingCode } from '../finding-codes';

export type Json = { readonly [key: string]: unknown };
export type StringMap = { readonly [key: string]: string };

/** Kinds kubectl creates without a namespace; every other kind lands in `default` when metadata.namespace is unset. */
const CLUSTER_SCOPED_KINDS = new Set([
  'Namespace', 'Node', 'PersistentVolume', 'StorageClass', 'ClusterRole', 'ClusterRoleBinding',
  'CustomResourceDefinition', 'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration',
  'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding', 'PriorityClass', 'IngressClass', 'APIService',
  'RuntimeClass', 'CSIDriver', 'CSINode', 'VolumeAttachment', 'GatewayClass', 'CertificateSigningRequest',
]);

const DEFAULT_NAMESPACE = 'default';

/** The namespace an object lives in: its metadata.namespace, else `default`; undefined for cluster-scoped kinds. */
export function effectiveNamespace(kind: string, metadataNamespace: string): string | undefined {
  return CLUSTER_SCOPED_KINDS.has(kind) ? undefined : metadataNamespace || DEFAULT_NAMESPACE;
}

/**
 * The identity analysis findings carry for an object: `objectRef` with the effective namespace, so callers can
 * match a finding back to the document it came from.
 */
export function analysisRef(obj: object): ObjectRef {
  const res = new Resource(asObject(obj));
  return {
    apiVersion: res.apiVersion,
    kind: res.kind,
    name: res.name,
    ...(res.namespace === undefined ? {} : { namespace: res.namespace }),
  };
}

// The analyzers' names for the shared defensive readers.
export { asArray, asObject, asString };

/** A label/selector map with non-string values dropped (they cannot match anything). */
export function asStringMap(value: unknown): StringMap {
  const obj = asObject(value);
  let clean = true;
  for (const k in obj) if (typeof obj[k] !== 'string') { clean = false; break; }
  if (clean) return obj as StringMap;
  const out: { [key: string]: string } = {};
  for (const k in obj) if (typeof obj[k] === 'string') out[k] = obj[k] as string;
  return out;
}

export class Resource {
  public readonly apiVersion: string;
  public readonly group: string;
  public readonly kind: string;
  public readonly name: string;
  /** The namespace the object lives in (`default` when unset); undefined for cluster-scoped kinds. */
  public readonly namespace: string | undefined;
  public readonly labels: StringMap;
  public readonly annotations: StringMap;
  public readonly spec: Json;

  constructor(public readonly raw: Json) {
    this.apiVersion = asString(raw.apiVersion);
    this.group = apiGroupOf(this.apiVersion);
    this.kind = asString(raw.kind);
    const meta = asObject(raw.metadata);
    this.name = asString(meta.name);
    this.namespace = effectiveNamespace(this.kind, asString(meta.namespace));
    this.labels = asStringMap(meta.labels);
    this.annotations = asStringMap(meta.annotations);
    this.spec = asObject(raw.spec);
  }

  /** The namespace of a namespaced object (callers only ask namespaced kinds). */
  public get ns(): string {
    return this.namespace ?? '';
  }

  /** `Kind ns/name`, or `Kind name` for cluster-scoped objects. */
  public get origin(): string {
    return this.namespace === undefined ? `${this.kind} ${this.name}` : `${this.kind} ${this.namespace}/${this.name}`;
  }

  public finding(code: FindingCode, path: string, message: string): Finding {
    return {
      severity: code.severity,
      code: code.code,
      layer: Layer.ANALYSIS,
      apiVersion: this.apiVersion,
      kind: this.kind,
      ...(this.namespace === undefined ? {} : { namespace: this.namespace }),
      name: this.name,
      path,
      message,
    };
  }
}
