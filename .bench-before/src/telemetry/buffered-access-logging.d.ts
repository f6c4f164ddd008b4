import { Duration, Size } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';
import { Telemetry } from '../../imports/istio-telemetry.istio.io';
import { AccessLogEncoding, AccessLogMatchMode, InstallProfile } from './access-log-options';
/** Props for {@link BufferedAccessLogging}. */
export interface BufferedAccessLoggingProps {
    /**
     * How each log line is written.
     * @default AccessLogEncoding.JSON
     */
    readonly encoding?: AccessLogEncoding;
    /**
     * The file the proxies write to. Anything but /dev/stdout must be writable inside the istio-proxy
     * container (its root file system is read-only, so mount a volume there).
     * @default '/dev/stdout'
     */
    readonly path?: string;
    /**
     * A custom log format. TEXT: an Envoy format string (Istio appends the newline). JSON: a JSON object whose
     * values are Envoy command operators, e.g. '{"status":"%RESPONSE_CODE%","path":"%REQ(:PATH)%"}'.
     * @default - Istio's default format for the encoding
     */
    readonly format?: string;
    /**
     * How often Envoy flushes buffered log lines (ProxyConfig `fileFlushInterval`, Istio 1.29+). Whole
     * milliseconds, at least 1 ms.
     * @default Duration.seconds(1) when the target Istio is 1.29 or newer; nothing is emitted for older targets
     */
    readonly flushInterval?: Duration;
    /**
     * How much Envoy buffers before it writes (ProxyConfig `fileFlushMinSizeKb`, Istio 1.29+). Whole KiB,
     * at least 1 KiB.
     * @default Size.kibibytes(64) (Envoy's own default) when the target Istio is 1.29 or newer; nothing is
     * emitted for older targets
     */
    readonly minFlushSize?: Size;
    /**
     * A CEL expression; only requests for which it is true are logged, e.g. 'response.code >= 400'.
     * Telemetry's `filter` is not part of the v1 API's stable channel: a cluster that installs Istio's optional
     * stable-channel admission policy rejects it.
     * @default - every request is logged
     */
    readonly filter?: string;
    /**
     * Which traffic a proxy logs: outbound (CLIENT), inbound (SERVER) or both.
     * @default AccessLogMatchMode.CLIENT_AND_SERVER
     */
    readonly matchMode?: AccessLogMatchMode;
    /**
     * The namespace of the Telemetry. The root namespace without a selector is mesh-wide; any other
     * namespace covers that namespace only.
     * @default 'istio-system' (mesh-wide)
     */
    readonly namespace?: string;
    /**
     * Pod labels that narrow the scope to some workloads of `namespace`. In the root namespace a selector
     * reaches only workloads in that namespace (e.g. gateways), not the whole mesh.
     * @default - every workload in the namespace
     */
    readonly selector?: {
        [key: string]: string;
    };
    /**
     * `metadata.name` of the Telemetry (also names the install files).
     * @default 'access-logging'
     */
    readonly name?: string;
    /**
     * The Istio installation profile of the mesh, written into the IstioOperator file (`spec.profile`). Required
     * for `toIstioOperator()` and `writeInstallFiles()` when the mesh config must change: `istioctl install -f`
     * installs the profile the file names (`default` when none), so a wrong one removes components, e.g. ztunnel and
     * the CNI agent of an ambient mesh.
     * @default - none: toIstioOperator() and writeInstallFiles() throw until it is set (toHelmValues() needs none)
     */
    readonly installProfile?: InstallProfile;
    /**
     * Confirms that the mesh runs Istio 1.29 or newer when the context `istioVersion` is not set. The flush
     * settings (`fileFlushInterval`, `fileFlushMinSizeKb`) exist from 1.29 on, and older proxies ignore them
     * without a word, so without the context they are emitted only with this acknowledgement.
     * @default false (set the context `istioVersion` instead, e.g. "1.30")
     */
    readonly acknowledgeFlushNeedsIstio129?: boolean;
    /**
     * The access-log provider the Telemetry names. Unless it is Istio's built-in `envoy` used as is, this
     * construct defines it in the mesh config (`extensionProviders`) with `path` and `format`; naming it
     * `envoy` then redefines the built-in provider for every Telemetry that uses it.
     * @default 'envoy' for TEXT to /dev/stdout without a custom format, else 'buffered-file-log'
     */
    readonly providerName?: string;
}
/**
 * Access logs with buffered writes: a Telemetry (telemetry.istio.io/v1) that switches logging on for a scope
 * with a named provider, the install-time mesh config that encoding, format and mesh-wide flush settings need
 * (as an IstioOperator file and a Helm values fragment, never as cluster objects), and, for namespace or
 * workload scope, the flush settings as the `proxy.istio.io/config` pod annotation.
 */
export declare class BufferedAccessLogging extends Construct {
    /** The log encoding. */
    readonly encoding: AccessLogEncoding;
    /** The file the proxies write to. */
    readonly path: string;
    /** The custom format, if any. */
    readonly format?: string;
    /** The flush interval that is emitted; undefined when the target Istio predates the setting. */
    readonly flushInterval?: Duration;
    /** The buffer size that is emitted; undefined when the target Istio predates the setting. */
    readonly minFlushSize?: Size;
    /** The CEL filter, if any. */
    readonly filter?: string;
    /** Which traffic is logged. */
    readonly matchMode: AccessLogMatchMode;
    /** The Telemetry's namespace. */
    readonly namespace: string;
    /** The workload selector, if any. */
    readonly selector?: {
        [key: string]: string;
    };
    /** The Telemetry's name. */
    readonly name: string;
    /** The provider the Telemetry names. */
    readonly providerName: string;
    /** True for the root namespace without selector: logging and flush settings apply to the whole mesh. */
    readonly meshWide: boolean;
    /** True when this construct defines its provider in `meshConfig.extensionProviders`. */
    readonly definesExtensionProvider: boolean;
    /** True when the mesh config must change (install the IstioOperator file or the Helm values). */
    readonly meshConfigRequired: boolean;
    /** The Telemetry object. */
    readonly telemetry: Telemetry;
    /** The installation profile the IstioOperator file names; undefined until given. */
    readonly installProfile?: InstallProfile;
    private readonly flush?;
    private readonly mesh;
    constructor(scope: Construct, id: string, props?: BufferedAccessLoggingProps);
    /**
     * The ProxyConfig flush fields (`fileFlushInterval`, `fileFlushMinSizeKb`) this construct sets, or
     * undefined when the target Istio predates them.
     */
    proxyConfig(): {
        [field: string]: unknown;
    } | undefined;
    /** The MeshConfig fragment this construct needs (empty when `meshConfigRequired` is false). */
    meshConfig(): {
        [field: string]: unknown;
    };
    /**
     * An IstioOperator document (install.istio.io/v1alpha1) for `istioctl install -f`; not a cluster resource.
     * Needs `installProfile`.
     */
    toIstioOperator(): {
        [key: string]: unknown;
    };
    /** The same mesh config as values for the istiod Helm chart (`helm upgrade istiod istio/istiod --values`). */
    toHelmValues(): {
        [key: string]: unknown;
    };
    /**
     * Sets the flush settings as the `proxy.istio.io/config` annotation on a workload's pod template (or on a
     * Pod), merged into any ProxyConfig fields the annotation already carries. Proxies read it only when the
     * pod starts.
     *
     * @param workload a cdk8s-plus workload of any cdk8s-plus-NN (Deployment, StatefulSet, DaemonSet, Job, CronJob,
     * Pod), or an ApiObject of one of those kinds (or a construct whose default child is one); for an ApiObject,
     * the annotation is added as a JSON patch, so set its other pod annotations first
     */
    applyTo(workload: IConstruct): void;
    /**
     * Writes the IstioOperator file and the Helm values file into `dir` (created if needed) and returns their
     * paths: both files or, when anything fails, neither (files of an earlier run stay as they were). Writes nothing
     * when `meshConfigRequired` is false. Needs `installProfile`. Keep `dir` outside the synth output folder:
     * `kubectl apply -f dist/` would try to apply anything in it.
     * @param dir the folder for the install files, relative to the working directory
     * @default 'dist-install'
     */
    writeInstallFiles(dir?: string): string[];
    private requireProfile;
}
