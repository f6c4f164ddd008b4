import { EnvValue } from './env-value';
import { Probe } from './probe';
import { ContainerResources } from './resources';

/** Security settings of a version's pods. The defaults run ordinary images (including ones that run as root). */
export interface WorkloadSecurityOptions {
  /**
   * Require the container to run as a non-root user (the image's USER must be numeric, or set `runAsUser`).
   * @default false
   */
  readonly runAsNonRoot?: boolean;
  /**
   * The UID the container runs as. 1337 is refused: the sidecar's traffic capture skips that UID.
   * @default - the image's USER
   */
  readonly runAsUser?: number;
  /**
   * The GID the container runs as.
   * @default - the image's group
   */
  readonly runAsGroup?: number;
  /**
   * Mount the container's root filesystem read-only (needs writable volumes for images that write files).
   * @default false
   */
  readonly readOnlyRootFilesystem?: boolean;
}

/** An additional port of a version's container (the service's targetPort is always declared). */
export interface ExtraContainerPort {
  /** The port number (1..65535). */
  readonly number: number;
  /**
   * The port name (an IANA service name: up to 15 lower-case letters, digits and '-').
   * @default - unnamed
   */
  readonly name?: string;
}

/** When the kubelet pulls a version's image (the Kubernetes `imagePullPolicy` values). */
export enum ImagePullPolicy {
  /** Pull on every pod start. */
  ALWAYS = 'Always',
  /** Pull only when the node lacks the image. */
  IF_NOT_PRESENT = 'IfNotPresent',
  /** Never pull; the image must be on the node. */
  NEVER = 'Never',
}

/** One version of a CanaryService: its image and pod settings. */
export interface CanaryServiceVersion {
  /** The version label value and DestinationRule subset name, e.g. "v1" (a DNS-1123 label: no dots). */
  readonly version: string;
  /** The container image, e.g. "registry.example.com/billing:1.4.2". */
  readonly image: string;
  /**
   * Number of pods (at least 1: a subset without pods fails Istio's analysis with IST0173).
   * @default 1
   */
  readonly replicas?: number;
  /**
   * Container CPU, memory and ephemeral storage; each block given replaces that block of the default.
   * @default - cpu request 100m / limit 1, memory request 128Mi / limit 512Mi
   */
  readonly resources?: ContainerResources;
  /**
   * Environment variables by name.
   * @default - none
   */
  readonly env?: { [name: string]: EnvValue };
  /**
   * Entrypoint override.
   * @default - the image's ENTRYPOINT
   */
  readonly command?: string[];
  /**
   * Arguments override.
   * @default - the image's CMD
   */
  readonly args?: string[];
  /**
   * More container ports besides the targetPort (e.g. metrics).
   * @default - none
   */
  readonly ports?: ExtraContainerPort[];
  /**
   * Readiness probe.
   * @default - none
   */
  readonly readiness?: Probe;
  /**
   * Liveness probe.
   * @default - none
   */
  readonly liveness?: Probe;
  /**
   * Startup probe.
   * @default - none
   */
  readonly startup?: Probe;
  /**
   * Extra pod labels (app, version and app.kubernetes.io/name|version are always set).
   * @default - none
   */
  readonly podLabels?: { [key: string]: string };
  /**
   * Extra pod annotations (use `proxyResources` and `proxyConfig` for the sidecar).
   * @default - none
   */
  readonly podAnnotations?: { [key: string]: string };
  /**
   * Image pull policy.
   * @default ImagePullPolicy.IF_NOT_PRESENT
   */
  readonly imagePullPolicy?: ImagePullPolicy;
  /**
   * Pod and container security settings.
   * @default - run as the image's user, root allowed, writable root filesystem, no privilege escalation
   */
  readonly securityContext?: WorkloadSecurityOptions;
  /**
   * Mount the service account token into the app container (needed only by apps that call the Kubernetes API;
   * the sidecar has its own token).
   * @default false
   */
  readonly automountServiceAccountToken?: boolean;
  /**
   * ProxyConfig fields for this version's sidecars (`proxy.istio.io/config`), e.g. `{ concurrency: 2 }`.
   * They win over fields that other constructs (BufferedAccessLogging) contribute.
   * @default - none
   */
  readonly proxyConfig?: { [field: string]: unknown };
}
