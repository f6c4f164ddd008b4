"use strict";
/**
 * Kubernetes and Istio name rules, shared by the validator and the constructs (one place for each rule).
 * Each `xxxError` returns undefined when the value is fine, else a message that quotes the value and says
 * what is allowed.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.isDns1123Label = isDns1123Label;
exports.isDns1123Subdomain = isDns1123Subdomain;
exports.dns1123LabelError = dns1123LabelError;
exports.dns1123SubdomainError = dns1123SubdomainError;
exports.isIstioLabelName = isIstioLabelName;
exports.labelKeyError = labelKeyError;
exports.labelValueError = labelValueError;
exports.labelMapErrors = labelMapErrors;
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
// Istio's own label regex (pkg/config/labels): upper case allowed, no dots or underscores.
const ISTIO_LABEL_NAME = /^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
function isDns1123Label(value) {
    return value.length <= 63 && DNS1123_LABEL.test(value);
}
function isDns1123Subdomain(value) {
    return value.length <= 253 && DNS1123_SUBDOMAIN.test(value);
}
function dns1123LabelError(value) {
    if (isDns1123Label(value))
        return undefined;
    return `"${value}" is not a DNS-1123 label: at most 63 characters of lower-case letters, digits and '-', ` +
        'starting and ending with a letter or digit (e.g. "my-name", "v2")';
}
function dns1123SubdomainError(value) {
    if (isDns1123Subdomain(value))
        return undefined;
    return `"${value}" is not a DNS-1123 subdomain: at most 253 characters of lower-case letters, digits, '-' and '.', ` +
        'each dot-separated part starting and ending with a letter or digit (e.g. "example.com")';
}
/** Istio's rule for subset names and similar identifiers: a DNS-1123 label that may also use upper case. */
function isIstioLabelName(value) {
    return value.length <= 63 && ISTIO_LABEL_NAME.test(value);
}
/** A Kubernetes label (or annotation) key: optional DNS-1123 subdomain prefix + '/' + qualified name. */
function labelKeyError(key) {
    const slash = key.lastIndexOf('/');
    const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
    const name = slash >= 0 ? key.slice(slash + 1) : key;
    if (prefix !== undefined && (prefix.length === 0 || !isDns1123Subdomain(prefix))) {
        return `key "${key}": prefix part must be a DNS-1123 subdomain (e.g. "example.com/my-key")`;
    }
    if (name.length === 0 || name.length > 63 || !QUALIFIED_NAME.test(name)) {
        return `key "${key}": name part must be 1-63 characters of alphanumerics, '-', '_' or '.', ` +
            'starting and ending with an alphanumeric (e.g. "app", "my.key_1")';
    }
    return undefined;
}
/** A Kubernetes label value: empty, or up to 63 alphanumerics, '-', '_', '.', starting/ending alphanumeric. */
function labelValueError(value) {
    if (value.length <= 63 && LABEL_VALUE.test(value))
        return undefined;
    return `value "${value}" must be empty or 1-63 characters of alphanumerics, '-', '_' or '.', ` +
        'starting and ending with an alphanumeric (e.g. "v1", "my_value")';
}
/** Errors for every entry of a label map, each prefixed with the key. */
function labelMapErrors(labels) {
    const errors = [];
    for (const [key, value] of Object.entries(labels)) {
        const keyError = labelKeyError(key);
        if (keyError)
            errors.push(keyError);
        const valueError = typeof value === 'string' ? labelValueError(value) : `value of "${key}" must be a string`;
        if (valueError)
            errors.push(`label "${key}": ${valueError}`);
    }
    return errors;
}
//# sourceMappingURL=names.js.map