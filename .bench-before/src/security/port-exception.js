"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PortExceptionGroups = void 0;
exports.derivePolicyName = derivePolicyName;
exports.plaintextPorts = plaintextPorts;
const names_1 = require("../validation/util/names");
const enum_check_1 = require("../shared/enum-check");
const prop_errors_1 = require("../shared/prop-errors");
const modes_1 = require("./modes");
const NAME_SUFFIX = '-port-mtls';
/**
 * Validates port exceptions one at a time (so the constructor and `addPortException` share the rules) and groups
 * them by selector.
 */
class PortExceptionGroups {
    errors;
    ambient;
    bySelector = new Map();
    byName = new Map();
    count = 0;
    /**
     * @param errors the owner's prop errors (StrictMtlsNamespace)
     * @param ambient whether the namespace uses the ambient data plane (no port-level DISABLE)
     */
    constructor(errors, ambient) {
        this.errors = errors;
        this.ambient = ambient;
    }
    get groups() {
        return [...this.bySelector.values()];
    }
    get size() {
        return this.count;
    }
    /** Checks one exception and files it; returns its group and whether this exception started it. */
    add(exception) {
        const at = `portExceptions[${this.count}]`;
        const fail = (field, message) => this.errors.about(`${at}.${field}`, message);
        if (exception === null || typeof exception !== 'object' || Array.isArray(exception)) {
            throw this.errors.about(at, "must be an object with 'port', 'mode' and 'selector'");
        }
        const { port, mode, selector, policyName } = exception;
        if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) {
            throw fail('port', `is ${(0, prop_errors_1.show)(port)}: must be an integer from 1 to 65535 (the container port)`);
        }
        if (!(0, enum_check_1.isEnumValue)(modes_1.PortMtlsMode, mode)) {
            throw fail('mode', `is ${(0, prop_errors_1.show)(mode)}: must be ${(0, enum_check_1.enumChoices)('PortMtlsMode', modes_1.PortMtlsMode)}`);
        }
        if (mode === modes_1.PortMtlsMode.DISABLE && this.ambient) {
            throw fail('mode', 'is PortMtlsMode.DISABLE, which the ambient data plane does not support (ztunnel always ' +
                "uses mTLS between proxies): use PortMtlsMode.PERMISSIVE, or 'dataplane' DataplaneMode.SIDECAR");
        }
        if (Array.isArray(selector))
            throw fail('selector', `is ${(0, prop_errors_1.show)(selector)}: must be a map of pod labels (e.g. { app: 'billing' })`);
        if (selector === null || typeof selector !== 'object' || Object.keys(selector).length === 0) {
            throw fail('selector', 'is empty: port-level mTLS needs a workload selector with at least one pod label ' +
                "(e.g. { app: 'billing-service' }); Istio rejects portLevelMtls on a namespace-wide policy");
        }
        const labelErrors = (0, names_1.labelMapErrors)(selector);
        if (labelErrors.length > 0)
            throw fail('selector', `has an invalid label: ${labelErrors[0]}`);
        if (policyName !== undefined) {
            const nameError = typeof policyName === 'string' ? (0, names_1.dns1123LabelError)(policyName) : 'must be a string';
            if (nameError)
                throw fail('policyName', nameError);
            if (policyName === 'default') {
                throw fail('policyName', 'is "default", the name of the namespace-wide PeerAuthentication: choose another name');
            }
        }
        const key = selectorKey(selector);
        const existing = this.bySelector.get(key);
        if (existing) {
            if (policyName !== undefined && policyName !== existing.policyName) {
                throw fail('policyName', `is "${policyName}" but portExceptions[${existing.firstIndex}] with the same ` +
                    `selector ${describeSelector(selector)} uses "${existing.policyName}": give every exception of one ` +
                    'selector the same name, or none');
            }
            if (existing.ports.has(port)) {
                throw fail('port', `${port} is already set for the selector ${describeSelector(selector)}: ` +
                    'one mode per port and workload');
            }
            existing.ports.set(port, mode);
            this.count++;
            return { group: existing, created: false };
        }
        const name = policyName ?? derivePolicyName(selector);
        const owner = this.byName.get(name);
        if (owner !== undefined) {
            const field = policyName === undefined ? 'selector' : 'policyName';
            throw fail(field, `${describeSelector(selector)} would share the PeerAuthentication name "${name}" with the ` +
                `selector ${owner}: set a distinct 'policyName'`);
        }
        const group = { policyName: name, selector: { ...selector }, ports: new Map([[port, mode]]), firstIndex: this.count };
        this.bySelector.set(key, group);
        this.byName.set(name, describeSelector(selector));
        this.count++;
        return { group, created: true };
    }
}
exports.PortExceptionGroups = PortExceptionGroups;
/** `<label values>-port-mtls`, reduced to a DNS-1123 label (label values may hold upper case, '.', '_'). */
function derivePolicyName(selector) {
    const slug = Object.keys(selector).sort().map((k) => selector[k]).join('-')
        .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+/, '');
    const base = slug.slice(0, 63 - NAME_SUFFIX.length).replace(/-+$/, '');
    return `${base || 'workload'}${NAME_SUFFIX}`;
}
function selectorKey(selector) {
    return JSON.stringify(Object.keys(selector).sort().map((k) => [k, selector[k]]));
}
function describeSelector(selector) {
    return `{${Object.keys(selector).sort().map((k) => `${k}=${selector[k]}`).join(', ')}}`;
}
/** The ports of a group that accept plaintext (PERMISSIVE or DISABLE), as AuthorizationPolicy port strings. */
function plaintextPorts(group) {
    return [...group.ports].filter(([, mode]) => mode !== modes_1.PortMtlsMode.STRICT).map(([port]) => String(port));
}
//# sourceMappingURL=port-exception.js.map