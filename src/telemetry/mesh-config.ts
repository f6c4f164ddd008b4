import { AccessLogEncoding } from './access-log-options';
import { FlushSettings } from './flush-settings';
import { RenderedLogFormat } from './log-format';
import { DEFAULT_ROOT_NAMESPACE } from '../validation/util/istio-names';

/** What the install-time MeshConfig has to carry for one BufferedAccessLogging. */
export interface MeshConfigInput {
  /** Root namespace without selector: the legacy mesh-wide knobs and `defaultConfig` apply. */
  readonly meshWide: boolean;
  readonly path: string;
  readonly encoding: AccessLogEncoding;
  readonly format: RenderedLogFormat;
  /** The extension provider to define, or undefined when Istio's built-in `envoy` provider does the job. */
  readonly customProviderName?: string;
  /** Flush settings for `defaultConfig` (mesh-wide scope only; narrower scopes use the pod annotation). */
  readonly flush?: FlushSettings;
}

/**
 * The MeshConfig fragment (only real MeshConfig / ProxyConfig field names). Empty when the Telemetry alone
 * does the job (TEXT to /dev/stdout through the built-in provider in a namespace or workload scope).
 */
export function buildMeshConfig(input: MeshConfigInput): { [field: string]: unknown } {
  const mesh: { [field: string]: unknown } = {};
  if (input.meshWide) {
    // The legacy knobs only act on proxies no Telemetry covers, and the built-in `envoy` provider formats
    // from them; setting them keeps every mesh-wide log line in the same shape. Outside mesh-wide scope
    // they would switch logging on for every proxy the Telemetry does not cover, so they stay out.
    mesh.accessLogFile = input.path;
    mesh.accessLogEncoding = input.encoding;
    if (input.format.meshFormat !== undefined) mesh.accessLogFormat = input.format.meshFormat;
  }
  if (input.customProviderName !== undefined) {
    const envoyFileAccessLog: { [field: string]: unknown } = { path: input.path };
    if (input.format.providerFormat) envoyFileAccessLog.logFormat = input.format.providerFormat;
    mesh.extensionProviders = [{ name: input.customProviderName, envoyFileAccessLog }];
  }
  if (input.meshWide && input.flush) {
    mesh.defaultConfig = { ...input.flush };
  }
  return mesh;
}

/** An IstioOperator file for `istioctl install -f` (an install input, not a cluster resource). */
export function istioOperatorDocument(name: string, meshConfig: { [field: string]: unknown }): { [key: string]: unknown } {
  return {
    apiVersion: 'install.istio.io/v1alpha1',
    kind: 'IstioOperator',
    metadata: { name, namespace: DEFAULT_ROOT_NAMESPACE },
    spec: { meshConfig: structuredClone(meshConfig) },
  };
}

/** A values fragment for the istiod Helm chart (`helm upgrade istiod istio/istiod --values`). */
export function helmValuesDocument(meshConfig: { [field: string]: unknown }): { [key: string]: unknown } {
  return { meshConfig: structuredClone(meshConfig) };
}
