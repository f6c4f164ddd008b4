"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateWebhook = validateWebhook;
const authorization_policy_1 = require("./authorization-policy");
const destination_rule_1 = require("./destination-rule");
const envoy_filter_1 = require("./envoy-filter");
const extensions_1 = require("./extensions");
const gateway_1 = require("./gateway");
const peer_authentication_1 = require("./peer-authentication");
const plain_json_1 = require("../util/plain-json");
const metadata_1 = require("./metadata");
const report_1 = require("./report");
const request_authentication_1 = require("./request-authentication");
const service_entry_1 = require("./service-entry");
const sidecar_1 = require("./sidecar");
const telemetry_1 = require("./telemetry");
const virtual_service_1 = require("./virtual-service");
const workload_entry_1 = require("./workload-entry");
function rules(group, validate) {
    return { groupPrefix: `${group}/`, validate };
}
const VALIDATORS = new Map([
    ['VirtualService', rules('networking.istio.io', virtual_service_1.validateVirtualService)],
    ['DestinationRule', rules('networking.istio.io', destination_rule_1.validateDestinationRule)],
    ['Sidecar', rules('networking.istio.io', sidecar_1.validateSidecar)],
    ['Gateway', rules('networking.istio.io', gateway_1.validateGateway)],
    ['ServiceEntry', rules('networking.istio.io', service_entry_1.validateServiceEntry)],
    ['WorkloadEntry', rules('networking.istio.io', workload_entry_1.validateWorkloadEntry)],
    ['WorkloadGroup', rules('networking.istio.io', workload_entry_1.validateWorkloadGroup)],
    ['EnvoyFilter', rules('networking.istio.io', envoy_filter_1.validateEnvoyFilter)],
    ['ProxyConfig', rules('networking.istio.io', extensions_1.validateProxyConfig)],
    ['PeerAuthentication', rules('security.istio.io', peer_authentication_1.validatePeerAuthentication)],
    ['AuthorizationPolicy', rules('security.istio.io', authorization_policy_1.validateAuthorizationPolicy)],
    ['RequestAuthentication', rules('security.istio.io', request_authentication_1.validateRequestAuthentication)],
    ['Telemetry', rules('telemetry.istio.io', telemetry_1.validateTelemetry)],
    ['WasmPlugin', rules('extensions.istio.io', extensions_1.validateWasmPlugin)],
]);
const NO_SPEC = Object.freeze({});
/** Webhook findings for one object; [] for kinds the webhook layer does not cover. */
function validateWebhook(obj) {
    if (!(0, plain_json_1.isObj)(obj))
        return [];
    const apiVersion = obj.apiVersion;
    const kind = obj.kind;
    if (typeof apiVersion !== 'string' || typeof kind !== 'string')
        return [];
    const kindRules = VALIDATORS.get(kind);
    if (kindRules === undefined || !apiVersion.startsWith(kindRules.groupPrefix))
        return [];
    // A missing spec decodes as an empty one, as istiod sees it; a spec of another type is the schema's to report.
    const spec = obj.spec === undefined || obj.spec === null ? NO_SPEC : obj.spec;
    if (!(0, plain_json_1.isObj)(spec))
        return [];
    const report = new report_1.WebhookReport(obj);
    if ((0, metadata_1.validateMetadata)(report, kind, (0, plain_json_1.str)(spec.action) || 'ALLOW'))
        kindRules.validate(report, spec);
    return report.findings;
}
//# sourceMappingURL=index.js.map