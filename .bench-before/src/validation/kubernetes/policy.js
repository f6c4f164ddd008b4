"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkPodDisruptionBudget = checkPodDisruptionBudget;
exports.checkHorizontalPodAutoscaler = checkHorizontalPodAutoscaler;
const plain_json_1 = require("../util/plain-json");
const fields_1 = require("./fields");
const selectors_1 = require("./selectors");
function checkPodDisruptionBudget(o, run) {
    const spec = (0, plain_json_1.obj)(o.spec);
    if (spec.minAvailable !== undefined && spec.maxUnavailable !== undefined) {
        run.error('spec', 'Invalid value: "object": minAvailable and maxUnavailable cannot be both set');
    }
    for (const f of ['minAvailable', 'maxUnavailable']) {
        const percent = (0, fields_1.checkIntOrPercent)(run, `spec.${f}`, spec[f]);
        if (percent !== undefined && percent > 100)
            run.error(`spec.${f}`, (0, fields_1.invalid)(spec[f], 'must not be greater than 100%'));
    }
    if ((0, plain_json_1.isObj)(spec.selector))
        (0, selectors_1.checkLabelSelector)(spec.selector, 'spec.selector', run);
    (0, fields_1.checkEnum)(run, 'spec.unhealthyPodEvictionPolicy', spec.unhealthyPodEvictionPolicy, ['IfHealthyBudget', 'AlwaysAllow']);
}
const METRIC_SOURCES = {
    Object: 'object', Pods: 'pods', Resource: 'resource', ContainerResource: 'containerResource', External: 'external',
};
function checkHorizontalPodAutoscaler(o, run) {
    const spec = (0, plain_json_1.obj)(o.spec);
    const min = typeof spec.minReplicas === 'number' ? spec.minReplicas : 1;
    if (min < 1)
        run.error('spec.minReplicas', (0, fields_1.invalid)(min, 'must be greater than or equal to 1'));
    if (typeof spec.maxReplicas !== 'number')
        run.error('spec.maxReplicas', fields_1.REQUIRED);
    else if (spec.maxReplicas < 1)
        run.error('spec.maxReplicas', (0, fields_1.invalid)(spec.maxReplicas, 'must be greater than 0'));
    else if (spec.maxReplicas < min)
        run.error('spec.maxReplicas', (0, fields_1.invalid)(spec.maxReplicas, 'must be greater than or equal to `minReplicas`'));
    const target = (0, plain_json_1.obj)(spec.scaleTargetRef);
    if (typeof target.kind !== 'string' || target.kind === '')
        run.error('spec.scaleTargetRef.kind', fields_1.REQUIRED);
    if (typeof target.name !== 'string' || target.name === '')
        run.error('spec.scaleTargetRef.name', fields_1.REQUIRED);
    for (const [m, i] of (0, fields_1.objectItems)(spec.metrics)) {
        const path = `spec.metrics[${i}]`;
        const source = typeof m.type === 'string' ? METRIC_SOURCES[m.type] : undefined;
        if (source === undefined) {
            run.error(`${path}.type`, `Unsupported value: ${JSON.stringify(m.type)}: supported values: ${Object.keys(METRIC_SOURCES).map((t) => JSON.stringify(t)).join(', ')}`);
            continue;
        }
        if (!(0, plain_json_1.isObj)(m[source]))
            run.error(`${path}.${source}`, `${fields_1.REQUIRED}: must populate information for the given metric source`);
        for (const other of Object.values(METRIC_SOURCES)) {
            if (other !== source && m[other] !== undefined)
                run.error(`${path}.${other}`, 'Forbidden: must populate the given metric source only');
        }
        const t = (0, plain_json_1.obj)((0, plain_json_1.obj)(m[source]).target);
        if ((0, plain_json_1.isObj)((0, plain_json_1.obj)(m[source]).target)) {
            (0, fields_1.checkEnum)(run, `${path}.${source}.target.type`, t.type, ['Utilization', 'Value', 'AverageValue']);
            if (t.averageUtilization !== undefined && t.averageValue !== undefined) {
                run.error(`${path}.${source}.target`, 'Forbidden: may not set both a target raw value and a target utilization');
            }
            if (typeof t.averageUtilization === 'number' && t.averageUtilization <= 0) {
                run.error(`${path}.${source}.target.averageUtilization`, (0, fields_1.invalid)(t.averageUtilization, 'must be greater than 0'));
            }
        }
    }
    const behavior = (0, plain_json_1.obj)(spec.behavior);
    for (const direction of ['scaleUp', 'scaleDown']) {
        const rules = (0, plain_json_1.obj)(behavior[direction]);
        if (!(0, plain_json_1.isObj)(behavior[direction]))
            continue;
        const path = `spec.behavior.${direction}`;
        const window = rules.stabilizationWindowSeconds;
        if (typeof window === 'number' && (window < 0 || window > 3600)) {
            run.error(`${path}.stabilizationWindowSeconds`, (0, fields_1.invalid)(window, 'must be less than or equal to 3600'));
        }
        (0, fields_1.checkEnum)(run, `${path}.selectPolicy`, rules.selectPolicy, ['Max', 'Min', 'Disabled']);
        if (Array.isArray(rules.policies) && rules.policies.length === 0)
            run.error(`${path}.policies`, `${fields_1.REQUIRED}: must specify at least one Policy`);
        for (const [p, i] of (0, fields_1.objectItems)(rules.policies)) {
            (0, fields_1.checkEnum)(run, `${path}.policies[${i}].type`, p.type, ['Pods', 'Percent']);
            if (typeof p.value === 'number' && p.value <= 0)
                run.error(`${path}.policies[${i}].value`, (0, fields_1.invalid)(p.value, 'must be greater than zero'));
            if (typeof p.periodSeconds === 'number' && (p.periodSeconds <= 0 || p.periodSeconds > 1800)) {
                run.error(`${path}.policies[${i}].periodSeconds`, (0, fields_1.invalid)(p.periodSeconds, 'must be greater than zero and less than or equal to 1800'));
            }
        }
    }
}
//# sourceMappingURL=policy.js.map