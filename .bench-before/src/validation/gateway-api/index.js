"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateGatewayApiObject = validateGatewayApiObject;
/**
 * Gateway API v1.5.1 (standard channel) objects: the API server's validation against the CRDs (schema + all CEL
 * rules), then what Istio refuses in objects the CRDs accept.
 */
const finding_1 = require("../finding");
const finding_collector_1 = require("../finding-collector");
const schema_1 = require("../schema");
const registry_1 = require("../schema/registry");
const istio_refusals_1 = require("./istio-refusals");
function validateGatewayApiObject(obj) {
    const schema = (0, schema_1.validateAgainst)((0, registry_1.schemaRegistry)(registry_1.CrdBundle.GATEWAY_API), obj, finding_1.CRD_VALIDATION_ERROR);
    const o = obj;
    const out = new finding_collector_1.FindingCollector((0, finding_1.objectRef)(obj), finding_1.Layer.WEBHOOK);
    (0, istio_refusals_1.checkIstioRefusals)(typeof o.kind === 'string' ? o.kind : '', o, out);
    return out.findings.length === 0 ? schema : schema.concat(out.findings);
}
//# sourceMappingURL=index.js.map