"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkLabelMap = checkLabelMap;
exports.checkLabelSelector = checkLabelSelector;
exports.checkWorkloadSelector = checkWorkloadSelector;
exports.checkOptionalSelector = checkOptionalSelector;
const names_1 = require("../util/names");
const plain_json_1 = require("../util/plain-json");
const fields_1 = require("./fields");
/** Label keys and values of a map (selector matchLabels, pod template labels), reported on the map's path. */
function checkLabelMap(labels, path, run) {
    for (const [key, value] of (0, plain_json_1.entries)(labels)) {
        const keyErr = (0, names_1.labelKeyError)(key);
        if (keyErr)
            run.error(path, (0, fields_1.invalid)(key, keyErr));
        const valueErr = typeof value === 'string' ? (0, names_1.labelValueError)(value) : undefined;
        if (valueErr)
            run.error(path, (0, fields_1.invalid)(value, valueErr));
    }
}
function checkLabelSelector(selector, path, run) {
    checkLabelMap(selector.matchLabels, `${path}.matchLabels`, run);
    for (const [e, i] of (0, fields_1.objectItems)(selector.matchExpressions)) {
        const at = `${path}.matchExpressions[${i}]`;
        const keyErr = (0, names_1.labelKeyError)((0, plain_json_1.str)(e.key));
        if (keyErr)
            run.error(`${at}.key`, (0, fields_1.invalid)(e.key, keyErr));
        const values = (0, plain_json_1.list)(e.values);
        switch (e.operator) {
            case 'In':
            case 'NotIn':
                if (values.length === 0)
                    run.error(`${at}.values`, `${fields_1.REQUIRED}: must be specified when \`operator\` is 'In' or 'NotIn'`);
                break;
            case 'Exists':
            case 'DoesNotExist':
                if (values.length > 0)
                    run.error(`${at}.values`, "Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'");
                break;
            default:
                run.error(`${at}.operator`, (0, fields_1.invalid)(e.operator, 'not a valid selector operator'));
        }
    }
}
function matches(selector, labels) {
    for (const [k, v] of (0, plain_json_1.entries)(selector.matchLabels))
        if (labels[k] !== v)
            return false;
    for (const [e] of (0, fields_1.objectItems)(selector.matchExpressions)) {
        const key = (0, plain_json_1.str)(e.key);
        const has = Object.prototype.hasOwnProperty.call(labels, key);
        const values = (0, plain_json_1.list)(e.values);
        switch (e.operator) {
            case 'In':
                if (!has || !values.includes(labels[key]))
                    return false;
                break;
            case 'NotIn':
                if (has && values.includes(labels[key]))
                    return false;
                break;
            case 'Exists':
                if (!has)
                    return false;
                break;
            case 'DoesNotExist':
                if (has)
                    return false;
                break;
            default: return false;
        }
    }
    return true;
}
function isEmptySelector(selector) {
    return (0, plain_json_1.entries)(selector.matchLabels).length === 0 && (0, plain_json_1.list)(selector.matchExpressions).length === 0;
}
/**
 * A workload's `spec.selector`: required, not empty, and matching `spec.template.metadata.labels`. `what` names the
 * kind in the API server's message ("deployment", "statefulset", "daemonset").
 */
function checkWorkloadSelector(spec, run, what) {
    if (!(0, plain_json_1.isObj)(spec.selector)) {
        run.error('spec.selector', fields_1.REQUIRED);
        return;
    }
    const selector = spec.selector;
    if (isEmptySelector(selector)) {
        run.error('spec.selector', (0, fields_1.invalid)('object', `empty selector is invalid for ${what}`));
        return;
    }
    checkLabelSelector(selector, 'spec.selector', run);
    const labels = (0, plain_json_1.obj)((0, plain_json_1.obj)((0, plain_json_1.obj)(spec.template).metadata).labels);
    if (!matches(selector, labels)) {
        run.error('spec.template.metadata.labels', (0, fields_1.invalid)(labels, '`selector` does not match template `labels`'));
    }
}
/** Job: the selector is optional (generated), but one that is given must match the template. */
function checkOptionalSelector(spec, run) {
    if (!(0, plain_json_1.isObj)(spec.selector))
        return;
    checkLabelSelector(spec.selector, 'spec.selector', run);
    const labels = (0, plain_json_1.obj)((0, plain_json_1.obj)((0, plain_json_1.obj)(spec.template).metadata).labels);
    if (!isEmptySelector(spec.selector) && !matches(spec.selector, labels)) {
        run.error('spec.template.metadata.labels', (0, fields_1.invalid)(labels, '`selector` does not match template `labels`'));
    }
}
//# sourceMappingURL=selectors.js.map