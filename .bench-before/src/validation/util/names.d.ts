/**
 * Kubernetes and Istio name rules, shared by the validator and the constructs (one place for each rule).
 * Each `xxxError` returns undefined when the value is fine, else a message that quotes the value and says
 * what is allowed.
 */
export declare function isDns1123Label(value: string): boolean;
export declare function isDns1123Subdomain(value: string): boolean;
export declare function dns1123LabelError(value: string): string | undefined;
export declare function dns1123SubdomainError(value: string): string | undefined;
/** Istio's rule for subset names and similar identifiers: a DNS-1123 label that may also use upper case. */
export declare function isIstioLabelName(value: string): boolean;
/** A Kubernetes label (or annotation) key: optional DNS-1123 subdomain prefix + '/' + qualified name. */
export declare function labelKeyError(key: string): string | undefined;
/** A Kubernetes label value: empty, or up to 63 alphanumerics, '-', '_', '.', starting/ending alphanumeric. */
export declare function labelValueError(value: string): string | undefined;
/** Errors for every entry of a label map, each prefixed with the key. */
export declare function labelMapErrors(labels: {
    [key: string]: string;
}): string[];
