"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateDestinationRule = validateDestinationRule;
/** DestinationRule (networking.istio.io, any served version): host, subsets, traffic policies, exportTo, selector. */
const common_1 = require("./common");
const destination_1 = require("./destination");
const hosts_1 = require("./hosts");
const plain_json_1 = require("../util/plain-json");
const traffic_policy_1 = require("./traffic-policy");
function validateDestinationRule(r, spec) {
    if (typeof spec.host === 'string' || spec.host === undefined) {
        r.errorIf('spec.host', (0, hosts_1.wildcardDomainError)(typeof spec.host === 'string' ? spec.host : ''));
    }
    validateSubsets(r, spec.subsets);
    const hasSelector = (0, plain_json_1.isObj)(spec.workloadSelector);
    (0, common_1.validateExportTo)(r, spec.exportTo, false, hasSelector);
    (0, common_1.validateWorkloadSelector)(r, 'spec.workloadSelector', spec.workloadSelector);
    (0, traffic_policy_1.validateTrafficPolicy)(r, 'spec.trafficPolicy', spec.trafficPolicy);
    // istiod keeps warnings of the top-level policy only (subset and port-level ones are dropped).
    (0, traffic_policy_1.warnFailoverWithoutOutlierDetection)(r, 'spec.trafficPolicy', spec.trafficPolicy);
}
function validateSubsets(r, subsets) {
    const names = new Set();
    (0, plain_json_1.list)(subsets).forEach((subset, i) => {
        const p = `spec.subsets[${i}]`;
        if (subset === null) {
            r.error(p, 'subset may not be null');
            return;
        }
        if (!(0, plain_json_1.isObj)(subset))
            return;
        const name = typeof subset.name === 'string' ? subset.name : '';
        if (names.has(name))
            r.error(`${p}.name`, `duplicate subset names: ${name}`);
        names.add(name);
        r.errorIf(`${p}.name`, (0, destination_1.subsetNameError)(name));
        (0, common_1.validateLabels)(r, `${p}.labels`, subset.labels);
        (0, traffic_policy_1.validateTrafficPolicy)(r, `${p}.trafficPolicy`, subset.trafficPolicy);
    });
}
//# sourceMappingURL=destination-rule.js.map