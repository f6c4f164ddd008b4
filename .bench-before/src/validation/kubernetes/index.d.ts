/**
 * The Kubernetes core kinds (Deployment, Service, …): the API server's own validation, which the OpenAPI schema
 * does not carry — object names per kind, labels, selectors that match templates, ports, containers, probes,
 * resources (KUBERNETES-VALIDATION-RULES.md, Kubernetes 1.33). Messages follow the API server's field errors.
 */
import { Finding } from '../finding';
/** Service names: a DNS-1035 label (must start with a letter). */
export declare function dns1035LabelError(name: string): string | undefined;
/** Names any kind must have: usable as one segment of a URL path. */
export declare function pathSegmentError(name: string): string | undefined;
/**
 * The schema (field names, JSON types, required fields: strict decoding and the OpenAPI schema of 1.33) and the
 * API server's Go validation rules. A problem both report (a required container name) is reported once.
 */
export declare function validateKubernetesObject(obj: object): Finding[];
