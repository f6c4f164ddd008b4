/**
 * The schema layer: what the Kubernetes API server checks when a custom resource is applied — the CRD's structural
 * OpenAPI schema, its CEL rules, ObjectMeta, and that apiVersion/kind are served by the CRDs.
 */
import { Finding } from '../finding';
import { NameRule } from './metadata';
import { SchemaRegistry } from './registry';
/** Validates one Istio object against Istio's CRD bundle; [] for objects outside Istio's API groups. */
export declare function validateSchema(obj: object): Finding[];
/**
 * Validates one object against a registry's schemas; [] for objects outside the registry's API groups. `code` names
 * the findings (Istio's IST0106 unless a family has its own); `nameRule` is the kind's rule for metadata.name
 * (custom resources: DNS-1123 subdomain).
 */
export declare function validateAgainst(registry: SchemaRegistry, obj: object, code?: string, nameRule?: NameRule): Finding[];
