"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FactoryArgs = void 0;
exports.unset = unset;
exports.optionalString = optionalString;
exports.requiredString = requiredString;
exports.optionalNumber = optionalNumber;
exports.optionalBoolean = optionalBoolean;
exports.optionalEnum = optionalEnum;
exports.optionalInstance = optionalInstance;
exports.optionalObject = optionalObject;
exports.propsObject = propsObject;
exports.optionalStringMap = optionalStringMap;
exports.optionalArray = optionalArray;
/**
 * Runtime type checks of construct props, for callers in plain JavaScript (or other jsii languages) where no
 * compiler stands between a wrong type and the construct: each returns the value typed as the prop declares it, or
 * throws the construct's PropErrors error naming the prop. `undefined` and `null` mean "not set" for optional props
 * (the check returns undefined). Constructs call these first, before any prop is used, so that a wrong type never
 * reaches the code below as a TypeError, a silently dropped value or one written through into the output.
 */
const enum_check_1 = require("./enum-check");
const prop_errors_1 = require("./prop-errors");
/** Not set: undefined, or null from JavaScript callers. */
function unset(value) {
    return value === undefined || value === null;
}
function optionalString(errors, prop, value) {
    if (unset(value))
        return undefined;
    if (typeof value !== 'string')
        throw errors.mustBe(prop, 'a string', value);
    return value;
}
function requiredString(errors, prop, value) {
    if (typeof value !== 'string')
        throw errors.mustBe(prop, 'a string', value);
    return value;
}
/** A finite number (integer checks and ranges stay with the construct, which knows them). */
function optionalNumber(errors, prop, value) {
    if (unset(value))
        return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value))
        throw errors.mustBe(prop, 'a finite number', value);
    return value;
}
function optionalBoolean(errors, prop, value) {
    if (unset(value))
        return undefined;
    if (typeof value !== 'boolean')
        throw errors.mustBe(prop, 'true or false', value);
    return value;
}
/** One of the enum's values; `enumName` names the enum in the message (`AccessLogEncoding.JSON or ...`). */
function optionalEnum(errors, prop, enumName, values, value) {
    if (unset(value))
        return undefined;
    if (!(0, enum_check_1.isEnumValue)(values, value))
        throw errors.mustBe(prop, (0, enum_check_1.enumChoices)(enumName, values), value);
    return value;
}
/** An instance of `type` (a value class made by its factories, or a cdk8s `Duration`/`Size`). */
function optionalInstance(errors, prop, type, what, value) {
    if (unset(value))
        return undefined;
    // `type` may have a private constructor (value classes, cdk8s Duration/Size): instanceof works all the same.
    if (!(value instanceof type))
        throw errors.mustBe(prop, what, value);
    return value;
}
/** A plain object (not an array, not a class instance): a props interface or a map. */
function optionalObject(errors, prop, value, what = 'an object') {
    if (unset(value))
        return undefined;
    if (typeof value !== 'object' || Array.isArray(value))
        throw errors.mustBe(prop, what, value);
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null)
        throw errors.mustBe(prop, what, value);
    return value;
}
/**
 * The props object itself: `{}` when not given, otherwise a shallow copy without the props set to null, so that the
 * construct's `props.x !== undefined` and `props.x ?? default` treat null as "not set".
 */
function propsObject(errors, props) {
    const given = optionalObject(errors, 'props', props, 'an object of props');
    if (given === undefined)
        return {};
    const out = {};
    for (const key of Object.keys(given))
        if (given[key] !== null)
            out[key] = given[key];
    return out;
}
/** A map of strings (labels, annotations, selectors); every value is checked and named (`labels.team`). */
function optionalStringMap(errors, prop, value) {
    const map = optionalObject(errors, prop, value, 'a map of strings');
    if (map === undefined)
        return undefined;
    for (const key of Object.keys(map)) {
        if (typeof map[key] !== 'string')
            throw errors.mustBe(`${prop}.${key}`, 'a string', map[key]);
    }
    return map;
}
/** An array whose items pass `item` (called with the item's prop name, `prop[i]`). */
function optionalArray(errors, prop, value, item) {
    if (unset(value))
        return undefined;
    if (!Array.isArray(value))
        throw errors.mustBe(prop, 'an array', value);
    return value.map((v, i) => item(`${prop}[${i}]`, v));
}
/**
 * Arguments of value-class factories (`RouteMatch.header(name, match)`): the same checks, with errors that name the
 * factory and the parameter: `RouteMatch.header: 'name' must be a string, got 0`.
 */
class FactoryArgs {
    errors;
    constructor(factory) {
        this.errors = prop_errors_1.PropErrors.forFactory(factory);
    }
    error(param, allowed, got) {
        return this.errors.mustBe(param, allowed, got);
    }
    string(param, value) {
        if (typeof value !== 'string')
            throw this.error(param, 'a string', value);
        return value;
    }
    instance(param, type, what, value) {
        if (!(value instanceof type))
            throw this.error(param, what, value);
        return value;
    }
    /** Optional (undefined or null: not given) instance. */
    optionalInstance(param, type, what, value) {
        return unset(value) ? undefined : this.instance(param, type, what, value);
    }
    stringMap(param, value) {
        if (value === null || typeof value !== 'object' || Array.isArray(value) ||
            (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null)) {
            throw this.error(param, 'a map of strings', value);
        }
        for (const [key, v] of Object.entries(value))
            if (typeof v !== 'string')
                throw this.error(`${param}.${key}`, 'a string', v);
        return value;
    }
}
exports.FactoryArgs = FactoryArgs;
//# sourceMappingURL=prop-types.js.map