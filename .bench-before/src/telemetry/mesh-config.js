"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildMeshConfig = buildMeshConfig;
exports.istioOperatorDocument = istioOperatorDocument;
exports.istioOperatorHeader = istioOperatorHeader;
exports.helmValuesDocument = helmValuesDocument;
const istio_names_1 = require("../validation/util/istio-names");
/**
 * The MeshConfig fragment (only real MeshConfig / ProxyConfig field names). Empty when the Telemetry alone
 * does the job (TEXT to /dev/stdout through the built-in provider in a namespace or workload scope).
 *
 * The legacy mesh-wide knobs (`accessLogFile`, `accessLogEncoding`, `accessLogFormat`) are never set: the custom
 * provider carries its own path and format, and the built-in `envoy` provider is only used as is (TEXT to
 * stdout). Setting them would switch the format of every other team's `envoy`-provider logs and turn logging on
 * for every proxy no Telemetry covers.
 */
function buildMeshConfig(input) {
    const mesh = {};
    if (input.customProviderName !== undefined) {
        const envoyFileAccessLog = { path: input.path };
        if (input.format.providerFormat)
            envoyFileAccessLog.logFormat = input.format.providerFormat;
        mesh.extensionProviders = [{ name: input.customProviderName, envoyFileAccessLog }];
    }
    if (input.meshWide && input.flush) {
        mesh.defaultConfig = { ...input.flush };
    }
    return mesh;
}
/**
 * An IstioOperator file for `istioctl install -f` (an install input, not a cluster resource), naming the profile
 * the mesh runs, because istioctl installs the named profile (default when none) plus what the files say.
 */
function istioOperatorDocument(name, profile, meshConfig) {
    return {
        apiVersion: 'install.istio.io/v1alpha1',
        kind: 'IstioOperator',
        metadata: { name, namespace: istio_names_1.DEFAULT_ROOT_NAMESPACE },
        spec: { profile, meshConfig: structuredClone(meshConfig) },
    };
}
/** The comment at the top of the IstioOperator file: what it is and how to apply it without losing components. */
function istioOperatorHeader(profile) {
    return [
        '# Install input for istioctl, not a cluster resource (kubectl apply would fail: there is no IstioOperator CRD).',
        `# Apply: istioctl install -f <your mesh's IstioOperator files> -f <this file>`,
        `# istioctl installs profile "${profile}" plus what all the files given say, and removes what they leave out:`,
        '# pass every file your mesh was installed with, or components (gateways, ztunnel, CNI) are removed.',
        '',
    ].join('\n');
}
/** A values fragment for the istiod Helm chart (`helm upgrade istiod istio/istiod --values`). */
function helmValuesDocument(meshConfig) {
    return { meshConfig: structuredClone(meshConfig) };
}
//# sourceMappingURL=mesh-config.js.map