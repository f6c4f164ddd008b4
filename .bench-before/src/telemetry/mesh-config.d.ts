import { InstallProfile } from './access-log-options';
import { FlushSettings } from './flush-settings';
import { RenderedLogFormat } from './log-format';
/** What the install-time MeshConfig has to carry for one BufferedAccessLogging. */
export interface MeshConfigInput {
    /** Root namespace without selector: `defaultConfig` reaches the proxies in scope. */
    readonly meshWide: boolean;
    readonly path: string;
    readonly format: RenderedLogFormat;
    /** The extension provider to define, or undefined when Istio's built-in `envoy` provider does the job. */
    readonly customProviderName?: string;
    /** Flush settings for `defaultConfig` (mesh-wide scope only; narrower scopes use the pod annotation). */
    readonly flush?: FlushSettings;
}
/**
 * The MeshConfig fragment (only real MeshConfig / ProxyConfig field names). Empty when the Telemetry alone
 * does the job (TEXT to /dev/stdout through the built-in provider in a namespace or workload scope).
 *
 * The legacy mesh-wide knobs (`accessLogFile`, `accessLogEncoding`, `accessLogFormat`) are never set: the custom
 * provider carries its own path and format, and the built-in `envoy` provider is only used as is (TEXT to
 * stdout). Setting them would switch the format of every other team's `envoy`-provider logs and turn logging on
 * for every proxy no Telemetry covers.
 */
export declare function buildMeshConfig(input: MeshConfigInput): {
    [field: string]: unknown;
};
/**
 * An IstioOperator file for `istioctl install -f` (an install input, not a cluster resource), naming the profile
 * the mesh runs, because istioctl installs the named profile (default when none) plus what the files say.
 */
export declare function istioOperatorDocument(name: string, profile: InstallProfile, meshConfig: {
    [field: string]: unknown;
}): {
    [key: string]: unknown;
};
/** The comment at the top of the IstioOperator file: what it is and how to apply it without losing components. */
export declare function istioOperatorHeader(profile: InstallProfile): string;
/** A values fragment for the istiod Helm chart (`helm upgrade istiod istio/istiod --values`). */
export declare function helmValuesDocument(meshConfig: {
    [field: string]: unknown;
}): {
    [key: string]: unknown;
};
