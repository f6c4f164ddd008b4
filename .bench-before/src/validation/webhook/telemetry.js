"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateTelemetry = validateTelemetry;
/** Telemetry (telemetry.istio.io, any served version): targets, providers, access-log filters, metrics, tracing. */
const cel_1 = require("../cel");
const common_1 = require("./common");
const plain_json_1 = require("../util/plain-json");
function validateTelemetry(r, spec) {
    (0, common_1.validatePolicyTargets)(r, spec);
    validateMetrics(r, spec.metrics);
    validateTracing(r, spec.tracing);
    validateAccessLogging(r, spec.accessLogging);
}
/** Every provider reference names a provider (istiod reports the first empty one per entry). */
function validateProviders(r, path, providers) {
    const items = (0, plain_json_1.list)(providers);
    for (let i = 0; i < items.length; i++) {
        if (items[i] === null || ((0, plain_json_1.isObj)(items[i]) && (0, plain_json_1.str)((0, plain_json_1.obj)(items[i]).name) === '')) {
            r.error(`${path}[${i}].name`, 'providers.name may not be empty');
            return;
        }
    }
}
function validateAccessLogging(r, logging) {
    (0, plain_json_1.list)(logging).forEach((entry, i) => {
        if (!(0, plain_json_1.isObj)(entry))
            return;
        const p = `spec.accessLogging[${i}]`;
        if ((0, plain_json_1.isObj)(entry.filter)) {
            const expression = (0, plain_json_1.str)(entry.filter.expression);
            const err = (0, cel_1.celSyntaxError)(expression);
            if (err !== undefined) {
                r.error(`${p}.filter.expression`, `access log filter must be a valid CEL expression: ${err}`);
            }
        }
        validateProviders(r, `${p}.providers`, entry.providers);
    });
}
function validateMetrics(r, metrics) {
    (0, plain_json_1.list)(metrics).forEach((entry, i) => {
        if (!(0, plain_json_1.isObj)(entry))
            return;
        const p = `spec.metrics[${i}]`;
        validateProviders(r, `${p}.providers`, entry.providers);
        (0, plain_json_1.list)(entry.overrides).forEach((o, j) => {
            const op = `${p}.overrides[${j}]`;
            if (o === null) {
                r.error(op, 'tagOverrides may not be null');
                return;
            }
            if (!(0, plain_json_1.isObj)(o))
                return;
            for (const [tag, override] of (0, plain_json_1.entries)(o.tagOverrides)) {
                const tp = (0, plain_json_1.keyPath)(`${op}.tagOverrides`, tag);
                if (tag === '')
                    r.warning(tp, 'tagOverrides.name may not be empty');
                if (override === null) {
                    r.error(tp, 'tagOverrides may not be null');
                    continue;
                }
                if (!(0, plain_json_1.isObj)(override))
                    continue;
                // UPSERT is the default operation.
                const operation = (0, plain_json_1.str)(override.operation) || 'UPSERT';
                const value = (0, plain_json_1.str)(override.value);
                if (operation === 'UPSERT' && value === '')
                    r.error(`${tp}.value`, `tagOverrides.value must be set when operation is UPSERT (tag "${tag}")`);
                if (operation === 'REMOVE' && value !== '') {
                    r.error(`${tp}.value`, `tagOverrides.value may only be set when operation is UPSERT (tag "${tag}" has operation REMOVE)`);
                }
            }
            const match = (0, plain_json_1.obj)(o.match);
            if (match.customMetric === '')
                r.error(`${op}.match.customMetric`, 'customMetric may not be empty');
        });
    });
}
function validateTracing(r, tracing) {
    const items = (0, plain_json_1.list)(tracing);
    if (items.length > 1)
        r.warning('spec.tracing', 'multiple tracing is not currently supported');
    items.forEach((entry, i) => {
        if (!(0, plain_json_1.isObj)(entry))
            return;
        const p = `spec.tracing[${i}]`;
        if ((0, plain_json_1.list)(entry.providers).length > 1)
            r.warning(`${p}.providers`, 'multiple providers is not currently supported');
        validateProviders(r, `${p}.providers`, entry.providers);
        const sampling = (0, common_1.wrappedNumber)(entry.randomSamplingPercentage);
        if (sampling !== undefined && (sampling < 0 || sampling > 100)) {
            r.error(`${p}.randomSamplingPercentage`, `randomSamplingPercentage ${sampling} must be in range [0.0, 100.0]`);
        }
        for (const [name, tag] of (0, plain_json_1.entries)(entry.customTags)) {
            const tp = (0, plain_json_1.keyPath)(`${p}.customTags`, name);
            if (name === '')
                r.error(tp, 'tag name may not be empty');
            if (tag === null) {
                r.error(tp, `tag '${name}' may not have a nil value`);
                continue;
            }
            if (!(0, plain_json_1.isObj)(tag))
                continue;
            if ((0, plain_json_1.isObj)(tag.literal) && (0, plain_json_1.str)(tag.literal.value) === '')
                r.error(`${tp}.literal.value`, 'literal tag value may not be empty');
            if ((0, plain_json_1.isObj)(tag.header) && (0, plain_json_1.str)(tag.header.name) === '')
                r.error(`${tp}.header.name`, 'header tag name may not be empty');
            if ((0, plain_json_1.isObj)(tag.environment) && (0, plain_json_1.str)(tag.environment.name) === '') {
                r.error(`${tp}.environment.name`, 'environment tag name may not be empty');
            }
        }
    });
}
//# sourceMappingURL=telemetry.js.map