"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BUILT_IN_TELEMETRY_PROVIDERS = void 0;
exports.analyzeTelemetryProviders = analyzeTelemetryProviders;
/**
 * CDK8SISTIO-010: a Telemetry naming a provider that no mesh config defines. Istio skips unknown provider names
 * silently, so such a Telemetry logs, traces or measures nothing.
 *
 * When the inputs hold the mesh config (the `istio` ConfigMap of the root namespace, or an IstioOperator's
 * meshConfig), its extensionProviders plus Istio's built-in ones are the whole list: an unknown name is an error.
 * Otherwise the mesh config lives elsewhere and may define it: a warning says so.
 */
const finding_1 = require("../finding");
const codes_1 = require("./codes");
const resource_1 = require("./resource");
/** Providers every default MeshConfig has (pkg/config/mesh/mesh.go DefaultMeshConfig). */
exports.BUILT_IN_TELEMETRY_PROVIDERS = ['envoy', 'prometheus', 'stackdriver'];
const SIGNALS = ['accessLogging', 'metrics', 'tracing'];
function analyzeTelemetryProviders(model, out) {
    if (model.telemetries.length === 0)
        return;
    const defined = new Set(exports.BUILT_IN_TELEMETRY_PROVIDERS);
    for (const { meshConfig } of model.meshConfigSources) {
        for (const p of (0, resource_1.asArray)(meshConfig.extensionProviders)) {
            const name = (0, resource_1.asString)((0, resource_1.asObject)(p).name);
            if (name)
                defined.add(name);
        }
    }
    const authoritative = model.meshConfigSources.length > 0;
    for (const t of model.telemetries) {
        for (const signal of SIGNALS) {
            (0, resource_1.asArray)(t.spec[signal]).forEach((entry, i) => {
                (0, resource_1.asArray)((0, resource_1.asObject)(entry).providers).forEach((p, j) => {
                    const name = (0, resource_1.asString)((0, resource_1.asObject)(p).name);
                    if (!name || defined.has(name))
                        return;
                    const path = `spec.${signal}[${i}].providers[${j}].name`;
                    const finding = t.finding(codes_1.UNKNOWN_TELEMETRY_PROVIDER, path, authoritative
                        ? `provider "${name}" is not defined by the mesh config in the inputs (extensionProviders of ` +
                            `${model.meshConfigSources.map((s) => s.res.origin).join(', ')}; built-in: ${exports.BUILT_IN_TELEMETRY_PROVIDERS.join(', ')}), ` +
                            'and Istio silently ignores unknown providers; add it to meshConfig.extensionProviders or fix the name'
                        : `provider "${name}" is not one of Istio's built-in providers (${exports.BUILT_IN_TELEMETRY_PROVIDERS.join(', ')}) and ` +
                            'no mesh config is in the inputs to define it; make sure meshConfig.extensionProviders defines it, ' +
                            'since Istio silently ignores unknown providers');
                    out.push(authoritative ? finding : { ...finding, severity: finding_1.Severity.WARNING });
                });
            });
        }
    }
}
//# sourceMappingURL=telemetry-providers.js.map