"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PropErrors = void 0;
exports.show = show;
exports.checkInteger = checkInteger;
/**
 * Error messages for bad construct props, in one shape for every construct and value class of the library:
 * `<Construct> '<construct id>': '<prop>' must be <allowed>, got <value>` (cdk8s-plus style: the prop, the value and
 * what is allowed), or `<Class>.<factory>: '<param>' ...` for a value class's static factory. A construct is always
 * named by its construct id (what `node.path` shows), which exists even when a `name` prop is missing or invalid.
 */
class PropErrors {
    /** Errors for the props of the construct `kind` with construct id `id`. */
    static forConstruct(kind, id) {
        return new PropErrors(`${kind} '${String(id).replace(/'/g, "\\'")}'`);
    }
    /** Errors for the parameters of a value class's factory, e.g. `CallerIdentity.namespace`. */
    static forFactory(factory) {
        return new PropErrors(factory);
    }
    /** How messages name the owner, e.g. `CanaryService 'billing'` (for messages that are not thrown, e.g. validations). */
    owner;
    constructor(owner) {
        this.owner = owner;
    }
    /** `<detail>` after the owner, for errors about the construct's use rather than one prop. */
    general(detail) {
        return new Error(`${this.owner}: ${detail}`);
    }
    /** `'<prop>' must be <allowed>, got <value>`. */
    mustBe(prop, allowed, got) {
        return new Error(`${this.owner}: '${prop}' must be ${allowed}, got ${show(got)}`);
    }
    /** `'<prop>' <detail>`, for a detail that already says what is wrong and what is allowed. */
    about(prop, detail) {
        return new Error(`${this.owner}: '${prop}' ${detail}`);
    }
    /** `'<prop>' is invalid: <detail>`, for messages from the shared rule helpers that already quote the value. */
    invalid(prop, detail) {
        return new Error(`${this.owner}: '${prop}' is invalid: ${detail}`);
    }
}
exports.PropErrors = PropErrors;
/** A value as it appears in an error message: strings quoted, everything else as JSON where possible. */
function show(value) {
    if (typeof value === 'string')
        return JSON.stringify(value);
    if (typeof value === 'number' || typeof value === 'boolean' || value === undefined || value === null)
        return String(value);
    try {
        return JSON.stringify(value) ?? String(value);
    }
    catch {
        // A bigint, a cycle, or an object whose own `toString`/`toJSON` is not callable: never throw while reporting.
        return typeof value === 'bigint' ? `${value}n` : Object.prototype.toString.call(value);
    }
}
/** Throws unless `value` is an integer within [min, max]. */
function checkInteger(errors, prop, value, min, max) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
        throw errors.mustBe(prop, `an integer from ${min} to ${max}`, value);
    }
    return value;
}
//# sourceMappingURL=prop-errors.js.map