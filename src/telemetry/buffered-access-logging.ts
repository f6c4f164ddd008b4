import * as path from 'path';
import { Duration, Size, Yaml } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';
import { Telemetry, TelemetrySpecAccessLogging, TelemetrySpecAccessLoggingMatchMode } from '../../imports/istio-telemetry.istio.io';
import { enumChoices, isEnumValue } from '../shared/enum-check';
import { ISTIO_VERSION_CONTEXT_KEY, IstioVersion } from '../shared/istio-version';
import { PropErrors, show } from '../shared/prop-errors';
import { optionalEnum, optionalInstance, optionalString, optionalStringMap, propsObject } from '../shared/prop-types';
import { PROXY_CONFIG_ANNOTATION, registerProxyConfigSource } from '../shared/proxy-config';
import { MeshValidation } from '../synth/mesh-validation';
import { celSyntaxError } from '../validation/cel';
import { ALNUM, CharClass, hasWhitespace, isEdgedRun } from '../validation/util/chars';
import { dns1123LabelError, dns1123SubdomainError } from '../validation/util/names';
import { AccessLogEncoding, AccessLogMatchMode, InstallProfile } from './access-log-options';
import { claimProvider, claimTelemetry } from './claims';
import { FLUSH_SETTINGS_MIN_MINOR, FlushSettings, flushVersionError, minFlushSizeError, renderFlushSettings } from './flush-settings';
import { istioDuration } from '../shared/durations';
import { logFormatError, renderLogFormat } from './log-format';
import { buildMeshConfig, helmValuesDocument, istioOperatorDocument, istioOperatorHeader } from './mesh-config';
import { writeAllOrNothing } from './install-files';
import { podAnnotationTarget } from './pod-annotation-target';
import { POD_TEMPLATE_KINDS } from '../validation/util/pod-template';
import { mergeProxyConfigAnnotation } from './pod-proxy-config';
import { ROOT_NAMESPACE, selectorError, selectorMatches } from './scope';

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
  readonly selector?: { [key: string]: string };

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

const DEFAULT_PATH = '/dev/stdout';
const BUILT_IN_PROVIDER = 'envoy';
const CUSTOM_PROVIDER = 'buffered-file-log';
// `^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$`
const PROVIDER_NAME_INNER = new CharClass('A-Za-z0-9_.-');

const MATCH_MODES: { [mode: string]: TelemetrySpecAccessLoggingMatchMode } = {
  [AccessLogMatchMode.CLIENT_AND_SERVER]: TelemetrySpecAccessLoggingMatchMode.CLIENT_UNDERSCORE_AND_UNDERSCORE_SERVER,
  [AccessLogMatchMode.CLIENT]: TelemetrySpecAccessLoggingMatchMode.CLIENT,
  [AccessLogMatchMode.SERVER]: TelemetrySpecAccessLoggingMatchMode.SERVER,
};

/**
 * Access logs with buffered writes: a Telemetry (telemetry.istio.io/v1) that switches logging on for a scope
 * with a named provider, the install-time mesh config that encoding, format and mesh-wide flush settings need
 * (as an IstioOperator file and a Helm values fragment, never as cluster objects), and, for namespace or
 * workload scope, the flush settings as the `proxy.istio.io/config` pod annotation.
 */
export class BufferedAccessLogging extends Construct {
  /** The log encoding. */
  public readonly encoding: AccessLogEncoding;
  /** The file the proxies write to. */
  public readonly path: string;
  /** The custom format, if any. */
  public readonly format?: string;
  /** The flush interval that is emitted; undefined when the target Istio predates the setting. */
  public readonly flushInterval?: Duration;
  /** The buffer size that is emitted; undefined when the target Istio predates the setting. */
  public readonly minFlushSize?: Size;
  /** The CEL filter, if any. */
  public readonly filter?: string;
  /** Which traffic is logged. */
  public readonly matchMode: AccessLogMatchMode;
  /** The Telemetry's namespace. */
  public readonly namespace: string;
  /** The workload selector, if any. */
  public readonly selector?: { [key: string]: string };
  /** The Telemetry's name. */
  public readonly name: string;
  /** The provider the Telemetry names. */
  public readonly providerName: string;
  /** True for the root namespace without selector: logging and flush settings apply to the whole mesh. */
  public readonly meshWide: boolean;
  /** True when this construct defines its provider in `meshConfig.extensionProviders`. */
  public readonly definesExtensionProvider: boolean;
  /** True when the mesh config must change (install the IstioOperator file or the Helm values). */
  public readonly meshConfigRequired: boolean;
  /** The Telemetry object. */
  public readonly telemetry: Telemetry;
  /** The installation profile the IstioOperator file names; undefined until given. */
  public readonly installProfile?: InstallProfile;

  private readonly flush?: FlushSettings;
  private readonly mesh: { [field: string]: unknown };

  public constructor(scope: Construct, id: string, props: BufferedAccessLoggingProps = {}) {
    super(scope, id);
    MeshValidation.enable(this);
    const errors = PropErrors.forConstruct('BufferedAccessLogging', id);
    const fail = (prop: string, message: string): never => {
      throw errors.about(prop, message);
    };
    props = checkPropTypes(errors, props);

    this.encoding = props.encoding ?? AccessLogEncoding.JSON;
    this.path = props.path ?? DEFAULT_PATH;
    if (!this.path.startsWith('/') || hasWhitespace(this.path)) {
      fail('path', `must be an absolute file path without spaces (e.g. "/dev/stdout"), got ${JSON.stringify(this.path)}`);
    }
    this.format = props.format;
    if (this.format !== undefined) {
      const error = logFormatError(this.encoding, this.format);
      if (error) fail('format', error);
    }
    this.filter = props.filter;
    if (this.filter !== undefined) {
      if (this.filter.trim() === '') {
        fail('filter', 'must be a non-empty CEL expression (e.g. "response.code >= 400"); leave it out to log every request');
      }
      const error = celSyntaxError(this.filter);
      if (error) {
        const quoted = JSON.stringify(this.filter);
        const detail = error.includes(quoted) ? error : `${quoted} is not a valid CEL expression: ${error}`;
        fail('filter', `must be a CEL expression such as "response.code >= 400": ${detail}`);
      }
    }
    this.matchMode = props.matchMode ?? AccessLogMatchMode.CLIENT_AND_SERVER;

    this.namespace = props.namespace ?? ROOT_NAMESPACE;
    const namespaceError = dns1123LabelError(this.namespace);
    if (namespaceError) fail('namespace', `must be a namespace name: ${namespaceError}`);
    if (props.selector !== undefined) {
      const error = selectorError(props.selector);
      if (error) fail('selector', error);
      this.selector = { ...props.selector };
    }
    this.meshWide = this.namespace === ROOT_NAMESPACE && this.selector === undefined;
    this.name = props.name ?? 'access-logging';
    const nameError = dns1123SubdomainError(this.name);
    if (nameError) fail('name', `must be a Kubernetes object name: ${nameError}`);

    const builtInSuffices = this.encoding === AccessLogEncoding.TEXT && this.format === undefined && this.path === DEFAULT_PATH;
    this.providerName = props.providerName ?? (builtInSuffices ? BUILT_IN_PROVIDER : CUSTOM_PROVIDER);
    if (this.providerName.length > 253 || !isEdgedRun(this.providerName, ALNUM, PROVIDER_NAME_INNER)) {
      fail('providerName', 'must be 1-253 letters, digits, \'-\', \'_\' or \'.\', starting and ending with a letter or digit ' +
        `(e.g. "buffered-file-log"), got ${JSON.stringify(this.providerName)}`);
    }
    this.definesExtensionProvider = !(builtInSuffices && this.providerName === BUILT_IN_PROVIDER);

    const interval = props.flushInterval ?? Duration.seconds(1);
    // Envoy takes whole milliseconds of at least 1 (a sub-millisecond interval would become "0"): istiod's rule for
    // durations, checked once for every construct.
    istioDuration(errors, 'flushInterval', interval);
    const size = props.minFlushSize ?? Size.kibibytes(64);
    const sizeError = minFlushSizeError(size);
    if (sizeError) fail('minFlushSize', sizeError);
    if (props.installProfile !== undefined && !isEnumValue(InstallProfile, props.installProfile)) {
      fail('installProfile', `must be ${enumChoices('InstallProfile', InstallProfile)}, got ${show(props.installProfile)}`);
    }
    this.installProfile = props.installProfile;
    const acknowledged = props.acknowledgeFlushNeedsIstio129 ?? false;
    if (typeof acknowledged !== 'boolean') fail('acknowledgeFlushNeedsIstio129', `must be true or false, got ${show(acknowledged)}`);
    const versionSet = this.node.tryGetContext(ISTIO_VERSION_CONTEXT_KEY) !== undefined;
    const version = IstioVersion.of(this);
    if (!versionSet && !acknowledged) {
      fail('acknowledgeFlushNeedsIstio129', `must be true when the context '${ISTIO_VERSION_CONTEXT_KEY}' is not set: the flush settings ` +
        `(fileFlushInterval, fileFlushMinSizeKb) exist from Istio 1.${FLUSH_SETTINGS_MIN_MINOR} on and older proxies ignore them silently; ` +
        `set the context '${ISTIO_VERSION_CONTEXT_KEY}' to the mesh's Istio release (e.g. "1.30"), or confirm 1.${FLUSH_SETTINGS_MIN_MINOR}+ ` +
        'with acknowledgeFlushNeedsIstio129: true');
    }
    if (versionSet && acknowledged && !version.atLeast(FLUSH_SETTINGS_MIN_MINOR)) {
      fail('acknowledgeFlushNeedsIstio129', `must be left out: context '${ISTIO_VERSION_CONTEXT_KEY}' targets ${version}, which has no ` +
        'flush settings');
    }
    if (version.atLeast(FLUSH_SETTINGS_MIN_MINOR)) {
      this.flushInterval = interval;
      this.minFlushSize = size;
      this.flush = renderFlushSettings(interval, size);
    } else {
      const explicit = [props.flushInterval && 'flushInterval', props.minFlushSize && 'minFlushSize'].filter((p): p is string => !!p);
      if (explicit.length > 0) fail(explicit.join('\' and \''), flushVersionError(explicit.length, version));
    }

    this.mesh = buildMeshConfig({
      meshWide: this.meshWide,
      path: this.path,
      format: renderLogFormat(this.encoding, this.format),
      customProviderName: this.definesExtensionProvider ? this.providerName : undefined,
      flush: this.flush,
    });
    this.meshConfigRequired = Object.keys(this.mesh).length > 0;

    if (!claimTelemetry(this, this.namespace, this.name)) {
      fail('name', `"${this.name}" is already used by another BufferedAccessLogging in namespace "${this.namespace}"; ` +
        'give each one its own \'name\'');
    }
    const definition = this.definesExtensionProvider ? JSON.stringify(this.mesh.extensionProviders) : 'built-in';
    if (!claimProvider(this, this.providerName, definition)) {
      fail('providerName', `"${this.providerName}" is already defined by another BufferedAccessLogging with a different ` +
        'path or format; give this one its own \'providerName\'');
    }

    const entry: TelemetrySpecAccessLogging = {
      providers: [{ name: this.providerName }],
      match: { mode: MATCH_MODES[this.matchMode] },
      ...(this.filter !== undefined ? { filter: { expression: this.filter } } : {}),
    };
    this.telemetry = new Telemetry(this, 'Resource', {
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
      registerProxyConfigSource(this, {
        proxyConfigFor: (podLabels, namespace) =>
          (namespace ?? 'default') === this.namespace && (!this.selector || selectorMatches(this.selector, podLabels))
            ? { ...flush }
            : undefined,
      });
    }
  }

  /**
   * The ProxyConfig flush fields (`fileFlushInterval`, `fileFlushMinSizeKb`) this construct sets, or
   * undefined when the target Istio predates them.
   */
  public proxyConfig(): { [field: string]: unknown } | undefined {
    return this.flush ? { ...this.flush } : undefined;
  }

  /** The MeshConfig fragment this construct needs (empty when `meshConfigRequired` is false). */
  public meshConfig(): { [field: string]: unknown } {
    return structuredClone(this.mesh);
  }

  /**
   * An IstioOperator document (install.istio.io/v1alpha1) for `istioctl install -f`; not a cluster resource.
   * Needs `installProfile`.
   */
  public toIstioOperator(): { [key: string]: unknown } {
    return istioOperatorDocument(this.name, this.requireProfile('toIstioOperator()'), this.mesh);
  }

  /** The same mesh config as values for the istiod Helm chart (`helm upgrade istiod istio/istiod --values`). */
  public toHelmValues(): { [key: string]: unknown } {
    return helmValuesDocument(this.mesh);
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
  public applyTo(workload: IConstruct): void {
    const target = `applyTo(${workload.node.path})`;
    if (!this.flush) {
      throw PropErrors.forConstruct('BufferedAccessLogging', this.node.id).general(`${target} has no flush settings to apply: context ` +
        `'${ISTIO_VERSION_CONTEXT_KEY}' targets ${IstioVersion.of(this)}, and fileFlushInterval / fileFlushMinSizeKb ` +
        `need Istio 1.${FLUSH_SETTINGS_MIN_MINOR} or newer`);
    }
    const pod = podAnnotationTarget(workload);
    if (pod === undefined) {
      throw new Error(`BufferedAccessLogging '${this.node.id}': ${target}: the construct renders no pod template: ` +
        `pass a cdk8s-plus workload or an ApiObject of kind ${POD_TEMPLATE_KINDS.join(', ')}`);
    }
    const existing = pod.read(PROXY_CONFIG_ANNOTATION);
    let merged: string;
    try {
      merged = mergeProxyConfigAnnotation(existing, { ...this.flush });
    } catch (e) {
      throw PropErrors.forConstruct('BufferedAccessLogging', this.node.id)
        .general(`${target}: annotation '${PROXY_CONFIG_ANNOTATION}': ${(e as Error).message}`);
    }
    pod.write(PROXY_CONFIG_ANNOTATION, merged);
  }

  /**
   * Writes the IstioOperator file and the Helm values file into `dir` (created if needed) and returns their
   * paths: both files or, when anything fails, neither (files of an earlier run stay as they were). Writes nothing
   * when `meshConfigRequired` is false. Needs `installProfile`. Keep `dir` outside the synth output folder:
   * `kubectl apply -f dist/` would try to apply anything in it.
   * @param dir the folder for the install files, relative to the working directory
   * @default 'dist-install'
   */
  public writeInstallFiles(dir: string = 'dist-install'): string[] {
    const call = `writeInstallFiles(${show(dir)})`;
    if (typeof dir !== 'string' || dir === '') {
      throw new Error(`BufferedAccessLogging '${this.node.id}': ${call}: 'dir' must be a non-empty folder path`);
    }
    if (!this.meshConfigRequired) return [];
    const profile = this.requireProfile(call);
    const base = path.join(dir, `${this.namespace}.${this.name}`);
    const restart = this.mesh.defaultConfig ? '# Proxies take the defaultConfig (flush) settings only when their pods restart.\n' : '';
    const files = [
      { file: `${base}.istio-operator.yaml`, text: istioOperatorHeader(profile) + restart + Yaml.stringify(this.toIstioOperator()) },
      {
        file: `${base}.helm-values.yaml`,
        text: '# Values for the istiod Helm chart: helm upgrade istiod istio/istiod -n istio-system --reuse-values --values <this file>\n' +
          restart + Yaml.stringify(this.toHelmValues()),
      },
    ];
    try {
      writeAllOrNothing(dir, files);
    } catch (e) {
      throw new Error(`BufferedAccessLogging '${this.node.id}': ${call} wrote no install file: ${(e as Error).message}`);
    }
    return files.map((f) => f.file);
  }

  private requireProfile(call: string): InstallProfile {
    if (this.installProfile === undefined) {
      throw new Error(`BufferedAccessLogging '${this.node.id}': ${call} needs 'installProfile', the profile the mesh was installed with ` +
        '(e.g. InstallProfile.DEFAULT, InstallProfile.AMBIENT): istioctl install -f installs the profile the file names, and ' +
        'the default profile would remove what another profile installed (an ambient mesh loses ztunnel and the CNI agent)');
    }
    return this.installProfile;
  }
}

/** Every prop's type, before any is used (plain JavaScript callers have no compiler to check them). */
function checkPropTypes(errors: PropErrors, given: BufferedAccessLoggingProps | null): BufferedAccessLoggingProps {
  const props = propsObject(errors, given);
  optionalEnum(errors, 'encoding', 'AccessLogEncoding', AccessLogEncoding, props.encoding);
  optionalEnum(errors, 'matchMode', 'AccessLogMatchMode', AccessLogMatchMode, props.matchMode);
  for (const prop of ['path', 'format', 'filter', 'namespace', 'name', 'providerName'] as const) optionalString(errors, prop, props[prop]);
  optionalInstance(errors, 'flushInterval', Duration, 'a Duration (e.g. Duration.seconds(1))', props.flushInterval);
  optionalInstance(errors, 'minFlushSize', Size, 'a Size (e.g. Size.kibibytes(64))', props.minFlushSize);
  optionalStringMap(errors, 'selector', props.selector);
  return props;
}
