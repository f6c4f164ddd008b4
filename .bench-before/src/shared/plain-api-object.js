"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.plainApiObject = plainApiObject;
/**
 * ApiObjects for the objects a construct emits per service, many times in one app (CanaryService: five).
 *
 * They are plain cdk8s ApiObjects that carry the generated L1 class's GVK (`k8s.KubeDeployment.GVK`,
 * `VirtualService.GVK`, ...) and props that are already the JSON the API server reads, not instances of the L1
 * class. An L1 instance renders like an ApiObject and then converts the whole rendered object once more (its
 * generated `toJson_*` functions rebuild every nested object key by key, copying it once per key); for a mesh of
 * a thousand services that second pass and its garbage cost about a tenth of the synth time, for the same YAML.
 * What the L1 conversion would have fixed up (class-wrapped values, generated names that differ from the wire
 * name) must therefore already be right in the props: type them with the wire-format types of the caller's area
 * (e.g. src/canary/emitted-json.ts). Istio objects are still checked against their CRD schema at synth, which
 * reports a misnamed field as unknown.
 */
const cdk8s_1 = require("cdk8s");
function plainApiObject(scope, id, gvk, body) {
    return new cdk8s_1.ApiObject(scope, id, { apiVersion: gvk.apiVersion, kind: gvk.kind, metadata: body.metadata, spec: body.spec });
}
//# sourceMappingURL=plain-api-object.js.map