"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.unsupported = exports.REQUIRED = exports.invalid = void 0;
exports.portNameErrors = portNameErrors;
exports.checkPortNumber = checkPortNumber;
exports.checkNumberOrPortName = checkNumberOrPortName;
exports.checkNonNegative = checkNonNegative;
exports.checkEnum = checkEnum;
exports.checkIntOrPercent = checkIntOrPercent;
exports.objectItems = objectItems;
const messages_1 = require("../schema/messages");
Object.defineProperty(exports, "invalid", { enumerable: true, get: function () { return messages_1.invalid; } });
Object.defineProperty(exports, "REQUIRED", { enumerable: true, get: function () { return messages_1.REQUIRED; } });
Object.defineProperty(exports, "unsupported", { enumerable: true, get: function () { return messages_1.unsupported; } });
const plain_json_1 = require("../util/plain-json");
const IANA_SVC_NAME = /^[-a-z0-9]+$/;
/** Go's validation.IsValidPortName (IANA_SVC_NAME): the reasons a port name is invalid, [] when fine. */
function portNameErrors(name) {
    const errs = [];
    if (name.length > 15)
        errs.push('must be no more than 15 characters');
    if (!IANA_SVC_NAME.test(name))
        errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
    if (name.includes('--'))
        errs.push('must not contain consecutive hyphens');
    if (!/[a-z]/.test(name))
        errs.push('must contain at least one letter (a-z)');
    if (name.startsWith('-') || name.endsWith('-'))
        errs.push('must not begin or end with a hyphen');
    return errs;
}
function checkPortNumber(run, path, value, required) {
    if (value === undefined || value === null) {
        if (required)
            run.error(path, messages_1.REQUIRED);
        return;
    }
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 65535) {
        run.error(path, (0, messages_1.invalid)(value, 'must be between 1 and 65535, inclusive'));
    }
}
/** A port given as a number (1-65535) or an IANA port name (probe ports, Service targetPort). */
function checkNumberOrPortName(run, path, value) {
    if (typeof value === 'string') {
        for (const e of portNameErrors(value))
            run.error(path, (0, messages_1.invalid)(value, e));
    }
    else {
        checkPortNumber(run, path, value, true);
    }
}
function checkNonNegative(run, path, value) {
    if (typeof value === 'number' && value < 0)
        run.error(path, (0, messages_1.invalid)(value, 'must be greater than or equal to 0'));
}
function checkEnum(run, path, value, allowed) {
    if (value === undefined || value === null)
        return;
    if (typeof value !== 'string' || !allowed.includes(value))
        run.error(path, (0, messages_1.unsupported)(value, allowed));
}
/** An int-or-percent field (`25%`, `1`); returns the percent (or undefined when it is an integer or invalid). */
function checkIntOrPercent(run, path, value) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'number') {
        checkNonNegative(run, path, value);
        return undefined;
    }
    if (typeof value !== 'string' || !/^[0-9]+%$/.test(value)) {
        run.error(path, (0, messages_1.invalid)(value, "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%', or '93%')"));
        return undefined;
    }
    return Number(value.slice(0, -1));
}
/** The items of a list field that are objects, with their index. */
function objectItems(v) {
    const out = [];
    (0, plain_json_1.list)(v).forEach((item, i) => {
        if ((0, plain_json_1.isObj)(item))
            out.push([item, i]);
    });
    return out;
}
//# sourceMappingURL=fields.js.map