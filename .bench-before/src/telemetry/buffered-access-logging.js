"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.BufferedAccessLogging = void 0;
const path = __importStar(require("path"));
const cdk8s_1 = require("cdk8s");
const constructs_1 = require("constructs");
const istio_telemetry_istio_io_1 = require("../../imports/istio-telemetry.istio.io");
const enum_check_1 = require("../shared/enum-check");
const istio_version_1 = require("../shared/istio-version");
const prop_errors_1 = require("../shared/prop-errors");
const prop_types_1 = require("../shared/prop-types");
const proxy_config_1 = require("../shared/proxy-config");
const mesh_validation_1 = require("../synth/mesh-validation");
const cel_1 = require("../validation/cel");
const names_1 = require("../validation/util/names");
const access_log_options_1 = require("./access-log-options");
const claims_1 = require("./claims");
const flush_settings_1 = require("./flush-settings");
const durations_1 = require("../shared/durations");
const log_format_1 = require("./log-format");
const mesh_config_1 = require("./mesh-config");
const install_files_1 = require("./install-files");
const pod_annotation_target_1 = require("./pod-annotation-target");
const pod_template_1 = require("../validation/util/pod-template");
const pod_proxy_config_1 = require("./pod-proxy-config");
const scope_1 = require("./scope");
const DEFAULT_PATH = '/dev/stdout';
const BUILT_IN_PROVIDER = 'envoy';
const CUSTOM_PROVIDER = 'buffered-file-log';
const PROVIDER_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const MATCH_MODES = {
    [access_log_options_1.AccessLogMatchMode.CLIENT_AND_SERVER]: istio_telemetry_istio_io_1.TelemetrySpecAccessLoggingMatchMode.CLIENT_UNDERSCORE_AND_UNDERSCORE_SERVER,
    [access_log_options_1.AccessLogMatchMode.CLIENT]: istio_telemetry_istio_io_1.TelemetrySpecAccessLoggingMatchMode.CLIENT,
    [access_log_options_1.AccessLogMatchMode.SERVER]: istio_telemetry_istio_io_1.TelemetrySpecAccessLoggingMatchMode.SERVER,
};
/**
 * Access logs with buffered writes: a Telemetry (telemetry.istio.io/v1) that switches logging on for a scope
 * with a named provider, the install-time mesh config that encoding, format and mesh-wide flush settings need
 * (as an IstioOperator file and a Helm values fragment, never as cluster objects), and, for namespace or
 * workload scope, the flush settings as the `proxy.istio.io/config` pod annotation.
 */
class BufferedAccessLogging extends constructs_1.Construct {
    /** The log encoding. */
    encoding;
    /** The file the proxies write to. */
    path;
    /** The custom format, if any. */
    format;
    /** The flush interval that is emitted; undefined when the target Istio predates the setting. */
    flushInterval;
    /** The buffer size that is emitted; undefined when the target Istio predates the setting. */
    minFlushSize;
    /** The CEL filter, if any. */
    filter;
    /** Which traffic is logged. */
    matchMode;
    /** The Telemetry's namespace. */
    namespace;
    /** The workload selector, if any. */
    selector;
    /** The Telemetry's name. */
    name;
    /** The provider the Telemetry names. */
    providerName;
    /** True for the root namespace without selector: logging and flush settings apply to the whole mesh. */
    meshWide;
    /** True when this construct defines its provider in `meshConfig.extensionProviders`. */
    definesExtensionProvider;
    /** True when the mesh config must change (install the IstioOperator file or the Helm values). */
    meshConfigRequired;
    /** The Telemetry object. */
    telemetry;
    /** The installation profile the IstioOperator file names; undefined until given. */
    installProfile;
    flush;
    mesh;
    constructor(scope, id, props = {}) {
        super(scope, id);
        mesh_validation_1.MeshValidation.enable(this);
        const errors = prop_errors_1.PropErrors.forConstruct('BufferedAccessLogging', id);
        const fail = (prop, message) => {
            throw errors.about(prop, message);
        };
        props = checkPropTypes(errors, props);
        this.encoding = props.encoding ?? access_log_options_1.AccessLogEncoding.JSON;
        this.path = props.path ?? DEFAULT_PATH;
        if (!this.path.startsWith('/') || /\s/.test(this.path)) {
            fail('path', `must be an absolute file path without spaces (e.g. "/dev/stdout"), got ${JSON.stringify(this.path)}`);
        }
        this.format = props.format;
        if (this.format !== undefined) {
            const error = (0, log_format_1.logFormatError)(this.encoding, this.format);
            if (error)
                fail('format', error);
        }
        this.filter = props.filter;
        if (this.filter !== undefined) {
            if (this.filter.trim() === '') {
                fail('filter', 'must be a non-empty CEL expression (e.g. "response.code >= 400"); leave it out to log every request');
            }
            const error = (0, cel_1.celSyntaxError)(this.filter);
            if (error) {
                const quoted = JSON.stringify(this.filter);
                const detail = error.includes(quoted) ? error : `${quoted} is not a valid CEL expression: ${error}`;
                fail('filter', `must be a CEL expression such as "response.code >= 400": ${detail}`);
            }
        }
        this.matchMode = props.matchMode ?? access_log_options_1.AccessLogMatchMode.CLIENT_AND_SERVER;
        this.namespace = props.namespace ?? scope_1.ROOT_NAMESPACE;
        const namespaceError = (0, names_1.dns1123LabelError)(this.namespace);
        if (namespaceError)
            fail('namespace', `must be a namespace name: ${namespaceError}`);
        if (props.selector !== undefined) {
            const error = (0, scope_1.selectorError)(props.selector);
            if (error)
                fail('selector', error);
            this.selector = { ...props.selector };
        }
        this.meshWide = this.namespace === scope_1.ROOT_NAMESPACE && this.selector === undefined;
        this.name = props.name ?? 'access-logging';
        const nameError = (0, names_1.dns1123SubdomainError)(this.name);
        if (nameError)
            fail('name', `must be a Kubernetes object name: ${nameError}`);
        const builtInSuffices = this.encoding === access_log_options_1.AccessLogEncoding.TEXT && this.format === undefined && this.path === DEFAULT_PATH;
        this.providerName = props.providerName ?? (builtInSuffices ? BUILT_IN_PROVIDER : CUSTOM_PROVIDER);
        if (this.providerName.length > 253 || !PROVIDER_NAME.test(this.providerName)) {
            fail('providerName', 'must be 1-253 letters, digits, \'-\', \'_\' or \'.\', starting and ending with a letter or digit ' +
                `(e.g. "buffered-file-log"), got ${JSON.stringify(this.providerName)}`);
        }
        this.definesExtensionProvider = !(builtInSuffices && this.providerName === BUILT_IN_PROVIDER);
        const interval = props.flushInterval ?? cdk8s_1.Duration.seconds(1);
        // Envoy takes whole milliseconds of at least 1 (a sub-millisecond interval would become "0"): istiod's rule for
        // durations, checked once for every construct.
        (0, durations_1.istioDuration)(errors, 'flushInterval', interval);
        const size = props.minFlushSize ?? cdk8s_1.Size.kibibytes(64);
        const sizeError = (0, flush_settings_1.minFlushSizeError)(size);
        if (sizeError)
            fail('minFlushSize', sizeError);
        if (props.installProfile !== undefined && !(0, enum_check_1.isEnumValue)(access_log_options_1.InstallProfile, props.installProfile)) {
            fail('installProfile', `must be ${(0, enum_check_1.enumChoices)('InstallProfile', access_log_options_1.InstallProfile)}, got ${(0, prop_errors_1.show)(props.installProfile)}`);
        }
        this.installProfile = props.installProfile;
        const acknowledged = props.acknowledgeFlushNeedsIstio129 ?? false;
        if (typeof acknowledged !== 'boolean')
            fail('acknowledgeFlushNeedsIstio129', `must be true or false, got ${(0, prop_errors_1.show)(acknowledged)}`);
        const versionSet = this.node.tryGetContext(istio_version_1.ISTIO_VERSION_CONTEXT_KEY) !== undefined;
        const version = istio_version_1.IstioVersion.of(this);
        if (!versionSet && !acknowledged) {
            fail('acknowledgeFlushNeedsIstio129', `must be true when the context '${istio_version_1.ISTIO_VERSION_CONTEXT_KEY}' is not set: the flush settings ` +
                `(fileFlushInterval, fileFlushMinSizeKb) exist from Istio 1.${flush_settings_1.FLUSH_SETTINGS_MIN_MINOR} on and older proxies ignore them silently; ` +
                `set the context '${istio_version_1.ISTIO_VERSION_CONTEXT_KEY}' to the mesh's Istio release (e.g. "1.30"), or confirm 1.${flush_settings_1.FLUSH_SETTINGS_MIN_MINOR}+ ` +
                'with acknowledgeFlushNeedsIstio129: true');
        }
        if (versionSet && acknowledged && !version.atLeast(flush_settings_1.FLUSH_SETTINGS_MIN_MINOR)) {
            fail('acknowledgeFlushNeedsIstio129', `must be left out: context '${istio_version_1.ISTIO_VERSION_CONTEXT_KEY}' targets ${version}, which has no ` +
                'flush settings');
        }
        if (version.atLeast(flush_settings_1.FLUSH_SETTINGS_MIN_MINOR)) {
            this.flushInterval = interval;
            this.minFlushSize = size;
            this.flush = (0, flush_settings_1.renderFlushSettings)(interval, size);
        }
        else {
            const explicit = [props.flushInterval && 'flushInterval', props.minFlushSize && 'minFlushSize'].filter((p) => !!p);
            if (explicit.length > 0)
                fail(explicit.join('\' and \''), (0, flush_settings_1.flushVersionError)(explicit.length, version));
        }
        this.mesh = (0, mesh_config_1.buildMeshConfig)({
            meshWide: this.meshWide,
            path: this.path,
            format: (0, log_format_1.renderLogFormat)(this.encoding, this.format),
            customProviderName: this.definesExtensionProvider ? this.providerName : undefined,
            flush: this.flush,
        });
        this.meshConfigRequired = Object.keys(this.mesh).length > 0;
        if (!(0, claims_1.claimTelemetry)(this, this.namespace, this.name)) {
            fail('name', `"${this.name}" is already used by another BufferedAccessLogging in namespace "${this.namespace}"; ` +
                'give each one its own \'name\'');
        }
        const definition = this.definesExtensionProvider ? JSON.stringify(this.mesh.extensionProviders) : 'built-in';
        if (!(0, claims_1.claimProvider)(this, this.providerName, definition)) {
            fail('providerName', `"${this.providerName}" is already defined by another BufferedAccessLogging with a different ` +
                'path or format; give this one its own \'providerName\'');
        }
        const entry = {
            providers: [{ name: this.providerName }],
            match: { mode: MATCH_MODES[this.matchMode] },
            ...(this.filter !== undefined ? { filter: { expression: this.filter } } : {}),
        };
        this.telemetry = new istio_telemetry_istio_io_1.Telemetry(this, 'Resource', {
            metadata: { name: this.name, namespace: this.namespace },
            spec: {
                ...(this.selector ? { selector: { matchLabels: { ...this.selector } } } : {}),
                accessLogging: [entry],
            },
        });
        const flush = this.flush;
        if (flush && !this.meshWide) {
            // Narrower scopes cannot use meshConfig.defaultConfig (it reaches every proxy), so the workloads this
            // library creates in scope get the pod annotation instead.
            (0, proxy_config_1.registerProxyConfigSource)(this, {
                proxyConfigFor: (podLabels, namespace) => (namespace ?? 'default') === this.namespace && (!this.selector || (0, scope_1.selectorMatches)(this.selector, podLabels))
                    ? { ...flush }
                    : undefined,
            });
        }
    }
    /**
     * The ProxyConfig flush fields (`fileFlushInterval`, `fileFlushMinSizeKb`) this construct sets, or
     * undefined when the target Istio predates them.
     */
    proxyConfig() {
        return this.flush ? { ...this.flush } : undefined;
    }
    /** The MeshConfig fragment this construct needs (empty when `meshConfigRequired` is false). */
    meshConfig() {
        return structuredClone(this.mesh);
    }
    /**
     * An IstioOperator document (install.istio.io/v1alpha1) for `istioctl install -f`; not a cluster resource.
     * Needs `installProfile`.
     */
    toIstioOperator() {
        return (0, mesh_config_1.istioOperatorDocument)(this.name, this.requireProfile('toIstioOperator()'), this.mesh);
    }
    /** The same mesh config as values for the istiod Helm chart (`helm upgrade istiod istio/istiod --values`). */
    toHelmValues() {
        return (0, mesh_config_1.helmValuesDocument)(this.mesh);
    }
    /**
     * Sets the flush settings as the `proxy.istio.io/config` annotation on a workload's pod template (or on a
     * Pod), merged into any ProxyConfig fields the annotation already carries. Proxies read it only when the
     * pod starts.
     *
     * @param workload a cdk8s-plus workload of any cdk8s-plus-NN (Deployment, StatefulSet, DaemonSet, Job, CronJob,
     * Pod), or an ApiObject of one of those kinds (or a construct whose default child is one); for an ApiObject,
     * the annotation is added as a JSON patch, so set its other pod annotations first
     */
    applyTo(workload) {
        const target = `applyTo(${workload.node.path})`;
        if (!this.flush) {
            throw prop_errors_1.PropErrors.forConstruct('BufferedAccessLogging', this.node.id).general(`${target} has no flush settings to apply: context ` +
                `'${istio_version_1.ISTIO_VERSION_CONTEXT_KEY}' targets ${istio_version_1.IstioVersion.of(this)}, and fileFlushInterval / fileFlushMinSizeKb ` +
                `need Istio 1.${flush_settings_1.FLUSH_SETTINGS_MIN_MINOR} or newer`);
        }
        const pod = (0, pod_annotation_target_1.podAnnotationTarget)(workload);
        if (pod === undefined) {
            throw new Error(`BufferedAccessLogging '${this.node.id}': ${target}: the construct renders no pod template: ` +
                `pass a cdk8s-plus workload or an ApiObject of kind ${pod_template_1.POD_TEMPLATE_KINDS.join(', ')}`);
        }
        const existing = pod.read(proxy_config_1.PROXY_CONFIG_ANNOTATION);
        let merged;
        try {
            merged = (0, pod_proxy_config_1.mergeProxyConfigAnnotation)(existing, { ...this.flush });
        }
        catch (e) {
            throw prop_errors_1.PropErrors.forConstruct('BufferedAccessLogging', this.node.id)
                .general(`${target}: annotation '${proxy_config_1.PROXY_CONFIG_ANNOTATION}': ${e.message}`);
        }
        pod.write(proxy_config_1.PROXY_CONFIG_ANNOTATION, merged);
    }
    /**
     * Writes the IstioOperator file and the Helm values file into `dir` (created if needed) and returns their
     * paths: both files or, when anything fails, neither (files of an earlier run stay as they were). Writes nothing
     * when `meshConfigRequired` is false. Needs `installProfile`. Keep `dir` outside the synth output folder:
     * `kubectl apply -f dist/` would try to apply anything in it.
     * @param dir the folder for the install files, relative to the working directory
     * @default 'dist-install'
     */
    writeInstallFiles(dir = 'dist-install') {
        const call = `writeInstallFiles(${(0, prop_errors_1.show)(dir)})`;
        if (typeof dir !== 'string' || dir === '') {
            throw new Error(`BufferedAccessLogging '${this.node.id}': ${call}: 'dir' must be a non-empty folder path`);
        }
        if (!this.meshConfigRequired)
            return [];
        const profile = this.requireProfile(call);
        const base = path.join(dir, `${this.namespace}.${this.name}`);
        const restart = this.mesh.defaultConfig ? '# Proxies take the defaultConfig (flush) settings only when their pods restart.\n' : '';
        const files = [
            { file: `${base}.istio-operator.yaml`, text: (0, mesh_config_1.istioOperatorHeader)(profile) + restart + cdk8s_1.Yaml.stringify(this.toIstioOperator()) },
            {
                file: `${base}.helm-values.yaml`,
                text: '# Values for the istiod Helm chart: helm upgrade istiod istio/istiod -n istio-system --reuse-values --values <this file>\n' +
                    restart + cdk8s_1.Yaml.stringify(this.toHelmValues()),
            },
        ];
        try {
            (0, install_files_1.writeAllOrNothing)(dir, files);
        }
        catch (e) {
            throw new Error(`BufferedAccessLogging '${this.node.id}': ${call} wrote no install file: ${e.message}`);
        }
        return files.map((f) => f.file);
    }
    requireProfile(call) {
        if (this.installProfile === undefined) {
            throw new Error(`BufferedAccessLogging '${this.node.id}': ${call} needs 'installProfile', the profile the mesh was installed with ` +
                '(e.g. InstallProfile.DEFAULT, InstallProfile.AMBIENT): istioctl install -f installs the profile the file names, and ' +
                'the default profile would remove what another profile installed (an ambient mesh loses ztunnel and the CNI agent)');
        }
        return this.installProfile;
    }
}
exports.BufferedAccessLogging = BufferedAccessLogging;
/** Every prop's type, before any is used (plain JavaScript callers have no compiler to check them). */
function checkPropTypes(errors, given) {
    const props = (0, prop_types_1.propsObject)(errors, given);
    (0, prop_types_1.optionalEnum)(errors, 'encoding', 'AccessLogEncoding', access_log_options_1.AccessLogEncoding, props.encoding);
    (0, prop_types_1.optionalEnum)(errors, 'matchMode', 'AccessLogMatchMode', access_log_options_1.AccessLogMatchMode, props.matchMode);
    for (const prop of ['path', 'format', 'filter', 'namespace', 'name', 'providerName'])
        (0, prop_types_1.optionalString)(errors, prop, props[prop]);
    (0, prop_types_1.optionalInstance)(errors, 'flushInterval', cdk8s_1.Duration, 'a Duration (e.g. Duration.seconds(1))', props.flushInterval);
    (0, prop_types_1.optionalInstance)(errors, 'minFlushSize', cdk8s_1.Size, 'a Size (e.g. Size.kibibytes(64))', props.minFlushSize);
    (0, prop_types_1.optionalStringMap)(errors, 'selector', props.selector);
    return props;
}
//# sourceMappingURL=buffered-access-logging.js.map