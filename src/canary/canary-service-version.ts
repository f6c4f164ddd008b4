import type { Duration } from 'cdk8s';
import type * as k8s from '../../imports/k8s';
import { Autoscaling } from './autoscaling';
import { DisruptionBudget } from './disruption-budget';
import { EnvFrom, EnvValue } from './env-value';
import { LifecycleHook } from './lifecycle-hook';
import { Affinity, PodSpreading, Toleration, TopologySpread } from './placement';
import { Probe } from './probe';
import { ContainerResources } from './resources';
import { RolloutStrategy } from './rollout-strategy';
import { VolumeMount, Volume } from './volume';

/** Security settings of a version's pods. The defaults run ordinary images (including ones that run as root). */
export interface WorkloadSecurityOptions {
  /**
   * What the Pod Security Standard "restricted" requires: seccomp profile RuntimeDefault, all capabilities
   * dropped, no privilege escalation, non-root (the image's USER must be numeric, or set `runAsUser`). Needed in
   * namespaces labelled `pod-security.kubernetes.io/enforce: restricted`. Istio's injected `istio-init` container
   * needs NET_ADMIN and NET_RAW, which "restricted" forbids: such namespaces need the Istio CNI node agent (or
   * the ambient data plane).
   * @default false
   */
  readonly restricted?: boolean;
  /**
   * Require the containers to run as a non-root user (the image's USER must be numeric, or set `runAsUser`).
   * @default - not set (the image decides); true with `restricted`
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

/** A container that runs to completion before the version's app container starts. */
export interface InitContainer {
  /** The container name (a DNS-1123 label; not "main", "istio-proxy" or "istio-init"). */
  readonly name: string;
  /** The container image. */
  readonly image: string;
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
   * Environment variables by name.
   * @default - none
   */
  readonly env?: { [name: string]: EnvValue };
  /**
   * ConfigMaps and Secrets whose keys all become environment variables.
   * @default - none
   */
  readonly envFrom?: EnvFrom[];
  /**
   * Volumes this container mounts (they join the pod's volumes).
   * @default - none
   */
  readonly mounts?: VolumeMount[];
  /**
   * CPU, memory and ephemeral storage; each block given replaces that block of the default.
   * @default - as the app container's default
   */
  readonly resources?: ContainerResources;
  /**
   * Image pull policy.
   * @default - as Kubernetes defaults it: Always for ":latest" or no tag, else IfNotPresent
   */
  readonly imagePullPolicy?: ImagePullPolicy;
}

/** One version of a CanaryService: its image and pod settings. */
export interface CanaryServiceVersion {
  /** The version label value and DestinationRule subset name, e.g. "v1" (a DNS-1123 label: no dots). */
  readonly version: string;
  /** The container image, e.g. "registry.example.com/billing:1.4.2". */
  readonly image: string;
  /**
   * Number of pods (at least 1: a subset without pods fails Istio's analysis with IST0173). Stable defaults to 2
   * so that a node drain or a crash of one pod leaves the subset serving (with one pod, the stable share of the
   * traffic gets 503 until the replacement is ready). Leave it out with `autoscaling`.
   * @default 2 for stable, 1 for the canary (without `autoscaling`)
   */
  readonly replicas?: number;
  /**
   * Scale the version with a HorizontalPodAutoscaler (autoscaling/v2, on CPU) instead of a fixed `replicas`.
   * @default - no autoscaler: `replicas` pods
   */
  readonly autoscaling?: Autoscaling;
  /**
   * The PodDisruptionBudget `<name>-<version>` that limits how many of the version's pods a node drain evicts
   * at once.
   * @default DisruptionBudget.DEFAULT (maxUnavailable 1)
   */
  readonly disruptionBudget?: DisruptionBudget;
  /**
   * How the Deployment replaces pods on a change.
   * @default - Kubernetes' rolling update (25% surge, 25% unavailable)
   */
  readonly strategy?: RolloutStrategy;
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
   * ConfigMaps and Secrets whose keys all become environment variables (`env` wins on a clash).
   * @default - none
   */
  readonly envFrom?: EnvFrom[];
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
   * Volumes the app container mounts (they join the pod's volumes).
   * @default - none
   */
  readonly mounts?: VolumeMount[];
  /**
   * More pod volumes, for volumes only init containers mount (volumes named by `mounts` are added anyway).
   * `Volume.raw` takes any other Kubernetes volume source.
   * @default - the volumes the mounts name
   */
  readonly volumes?: Volume[];
  /**
   * Containers that run to completion, in order, before the app starts. With sidecar injection they start before
   * the sidecar, so their network calls fail (traffic is already redirected to the proxy): keep them local, or
   * use native sidecars (`values.pilot.env.ENABLE_NATIVE_SIDECARS`).
   * @default - none
   */
  readonly initContainers?: InitContainer[];
  /**
   * Secrets with registry credentials for pulling the images (names of `kubernetes.io/dockerconfigjson` Secrets).
   * @default - none (the service account's pull secrets apply)
   */
  readonly imagePullSecrets?: string[];
  /**
   * Node labels the pods' node must carry.
   * @default - any node
   */
  readonly nodeSelector?: { [key: string]: string };
  /**
   * Node taints the pods tolerate.
   * @default - none
   */
  readonly tolerations?: Toleration[];
  /**
   * Scheduling rules: node affinity, pod affinity and pod anti-affinity (required ones must all hold; preferred ones
   * rank the nodes). They add to the `spreadPods` preference.
   * @default - none
   */
  readonly affinity?: Affinity[];
  /**
   * Spread the version's pods across nodes (or zones) with a preferred pod anti-affinity against its own pods. The
   * PodDisruptionBudget protects the version from drains one eviction at a time, but not from what no budget sees:
   * a node that crashes, is reclaimed or loses its network takes every replica it runs, and the version's subset
   * answers 503 until replacements are ready. Preferred, so a cluster with fewer nodes than replicas still runs
   * them all. `PodSpreading.NONE` turns it off.
   * @default PodSpreading.ACROSS_NODES when the version may run more than one pod (replicas or maxReplicas above 1), else NONE
   */
  readonly spreadPods?: PodSpreading;
  /**
   * The pod's whole `affinity` field as a Kubernetes Affinity, for rules `affinity` cannot express (several node
   * selector terms, matchFields, matchLabelKeys). It replaces `affinity` and `spreadPods` (giving either with it is
   * an error). The Kubernetes validation at synth checks it as the API server would.
   * @default - built from `affinity` and `spreadPods`
   */
  readonly rawAffinity?: k8s.Affinity;
  /**
   * Spread the version's pods across nodes or zones.
   * @default - none (the scheduler's default spreading)
   */
  readonly topologySpread?: TopologySpread[];
  /**
   * What runs before the app container stops.
   * @default - none
   */
  readonly preStop?: LifecycleHook;
  /**
   * Time between the stop signal and the kill (whole seconds; must cover a preStop sleep).
   * @default - 30 seconds (Kubernetes' default)
   */
  readonly terminationGracePeriod?: Duration;
  /**
   * More container ports besides the targetPort (e.g. metrics).
   * @default - none
   */
  readonly ports?: ExtraContainerPort[];
  /**
   * Readiness probe: until it passes, the pod gets no traffic (so a canary does not take requests while it warms
   * up). `Probe.none()` removes it.
   * @default Probe.tcp() (a TCP connect to the service's targetPort)
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
   * @default - as Kubernetes defaults it: Always for ":latest" or no tag, else IfNotPresent
   */
  readonly imagePullPolicy?: ImagePullPolicy;
  /**
   * Pod and container security settings.
   * @default - run as the image's user, root allowed, writable root filesystem, no privilege escalation, not restricted
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
