"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateFlaggerObject = validateFlaggerObject;
exports.validateArgoRolloutsObject = validateArgoRolloutsObject;
/**
 * Flagger v1.44 and Argo Rollouts v1.9 objects: the API server's validation against their CRDs (schema + CEL).
 */
const finding_1 = require("../finding");
const schema_1 = require("../schema");
const registry_1 = require("../schema/registry");
function validateFlaggerObject(obj) {
    return (0, schema_1.validateAgainst)((0, registry_1.schemaRegistry)(registry_1.CrdBundle.FLAGGER), obj, finding_1.CRD_VALIDATION_ERROR);
}
function validateArgoRolloutsObject(obj) {
    return (0, schema_1.validateAgainst)((0, registry_1.schemaRegistry)(registry_1.CrdBundle.ARGO_ROLLOUTS), obj, finding_1.CRD_VALIDATION_ERROR);
}
//# sourceMappingURL=index.js.map