import { ApiObject } from 'cdk8s';
import * as k8s from '../../imports/k8s';
import { Construct } from 'constructs';
import { checkAutoscaling } from './autoscaling';
import { CanaryServiceVersion, ExtraContainerPort, InitContainer } from './canary-service-version';
import { DisruptionBudget } from './disruption-budget';
import { wholeSeconds } from '../shared/durations';
import { EnvFrom, EnvValue } from './env-value';
import { checkInteger, PropErrors } from '../shared/prop-errors';
import { optionalArray, optionalNumber, optionalObject, optionalString, optionalStringMap, requiredString } from '../shared/prop-types';
import { pullPolicy } from './image-pull-policy';
import { LifecycleHook } from './lifecycle-hook';
import { renderPlacement } from './placement';
import { Probe } from './probe';
import { RolloutStrategy } from './rollout-strategy';
import { securitySettings, SecuritySettings } from './security-context';
import { PodVolumes, renderMounts, Volume } from './volume';
import { ContainerJson, ContainerPortJson, DeploymentJson, HorizontalPodAutoscalerJson, PodDisruptionBudgetJson, PodSpecJson } from './emitted-json';
import { containerResources } from './quantities';
import { PROXY_CPU, PROXY_CPU_LIMIT, PROXY_MEMORY, PROXY_MEMORY_LIMIT } from '../validation/util/istio-names';
import { plainApiObject } from '../shared/plain-api-object';
import { PROXY_CONFIG_ANNOTATION } from '../shared/proxy-config';
import { workloadLabels } from '../shared/workload-labels';
import { hasWhitespace } from '../validation/util/chars';
import { dns1123LabelError, dns1123SubdomainError, isIanaSvcName, labelKeyError, labelMapErrors } from '../validation/util/names';

// Ports the sidecar itself listens on; an app port there collides with Envoy or the agent.
const ISTIO_RESERVED_PORTS = [15000, 15001, 15004, 15006, 15008, 15020, 15021, 15053, 15090];
const MANAGED_ANNOTATIONS = [PROXY_CPU, PROXY_CPU_LIMIT, PROXY_MEMORY, PROXY_MEMORY_LIMIT];
const APP_CONTAINER = 'main';
// Container names Istio's injector adds to the pod.
const ISTIO_CONTAINERS = ['istio-proxy', 'istio-init', 'istio-validation'];
// Kubernetes' default terminationGracePeriodSeconds.
const DEFAULT_GRACE_SECONDS = 30;

/** The checked, rendered parts of one version's objects. */
export interface RenderedVersion {
  readonly version: string;
  readonly podLabels: { [key: string]: string };
  readonly staticAnnotations: { [key: string]: string };
  readonly proxyConfig?: { [field: string]: unknown };
  readonly deployment: DeploymentJson;
  /** Undefined with DisruptionBudget.none(). */
  readonly disruptionBudget?: PodDisruptionBudgetJson;
  /** Undefined without `autoscaling`. */
  readonly autoscaler?: HorizontalPodAutoscalerJson;
}

/** Everything the Deployment of one version needs from the service. */
export interface VersionContext {
  readonly app: string;
  readonly role: string;
  readonly targetPort: number;
  readonly portName: string;
  readonly serviceAccountName?: string;
  readonly proxyAnnotations: { [key: string]: string };
  /** Pods when neither `replicas` nor `autoscaling` is given (stable 2, canary 1). */
  readonly defaultReplicas: number;
}

/** The cdk8s objects of one version. */
export interface VersionObjects {
  readonly deployment: ApiObject;
  readonly disruptionBudget?: ApiObject;
  readonly autoscaler?: ApiObject;
}

/** Emits one version's Deployment, PodDisruptionBudget and HorizontalPodAutoscaler under ids `<prefix>Deployment` etc. */
export function emitVersion(scope: Construct, idPrefix: string, v: RenderedVersion): VersionObjects {
  // Plain ApiObjects typed by the generated L1 types, not L1 instances: see plainApiObject for why.
  return {
    deployment: plainApiObject(scope, `${idPrefix}Deployment`, k8s.KubeDeployment.GVK, v.deployment),
    ...(v.disruptionBudget ? { disruptionBudget: plainApiObject(scope, `${idPrefix}DisruptionBudget`, k8s.KubePodDisruptionBudget.GVK, v.disruptionBudget) } : {}),
    ...(v.autoscaler ? { autoscaler: plainApiObject(scope, `${idPrefix}Autoscaler`, k8s.KubeHorizontalPodAutoscalerV2.GVK, v.autoscaler) } : {}),
  };
}

/**
 * Checks one version's props and renders its objects' JSON (the pod annotations are filled in at synth). This is the
 * one pass over the pod spec props: each is checked where it is rendered, its type first (plain JavaScript callers
 * have no compiler) and then its range, so a wrong value is an error naming the prop, never a TypeError. `v` is a
 * props object without null entries (check-props.ts).
 */
export function renderVersion(errors: PropErrors, ctx: VersionContext, v: CanaryServiceVersion, annotations: unknown): RenderedVersion {
  const p = ctx.role;
  const versionError = typeof v.version === 'string' ? dns1123LabelError(v.version) : 'version must be a string';
  if (versionError) throw errors.invalid(`${p}.version`, `${versionError}; it is the DestinationRule subset name and the 'version' label`);
  checkImage(errors, `${p}.image`, v.image);
  const ownLabels = workloadLabels(ctx.app, v.version);
  const podLabels = { ...ownLabels };
  optionalStringMap(errors, `${p}.podLabels`, v.podLabels);
  optionalStringMap(errors, `${p}.podAnnotations`, v.podAnnotations);
  for (const [key, value] of Object.entries(v.podLabels ?? {})) {
    if (key in podLabels && podLabels[key] !== value) {
      throw errors.mustBe(`${p}.podLabels`, `free of '${key}' (set by CanaryService to ${JSON.stringify(podLabels[key])})`, { [key]: value });
    }
    podLabels[key] = value;
  }
  const labelErrors = labelMapErrors(v.podLabels ?? {});
  if (labelErrors.length > 0) throw errors.invalid(`${p}.podLabels`, labelErrors.join('; '));
  const staticAnnotations: { [key: string]: string } = {};
  for (const [key, value] of Object.entries(v.podAnnotations ?? {})) {
    if (MANAGED_ANNOTATIONS.includes(key)) throw errors.mustBe(`${p}.podAnnotations`, `free of '${key}' (use 'proxyResources', which sets all four)`, key);
    if (key === PROXY_CONFIG_ANNOTATION) throw errors.mustBe(`${p}.podAnnotations`, `free of '${key}' (use '${p}.proxyConfig')`, key);
    const keyError = labelKeyError(key);
    if (keyError) throw errors.invalid(`${p}.podAnnotations`, keyError);
    if (typeof value !== 'string') throw errors.mustBe(`${p}.podAnnotations.${key}`, 'a string', value);
    staticAnnotations[key] = value;
  }
  Object.assign(staticAnnotations, ctx.proxyAnnotations);
  const proxyConfig = checkProxyConfig(errors, `${p}.proxyConfig`, v.proxyConfig);

  const security = securitySettings(errors, `${p}.securityContext`, v.securityContext);
  const volumes = new PodVolumes(errors);
  const container: { -readonly [K in keyof ContainerJson]: ContainerJson[K] } = {
    ...renderContainer(errors, p, APP_CONTAINER, v, volumes, security),
    ports: renderPorts(errors, p, ctx, v.ports),
  };
  const readiness = v.readiness === undefined ? Probe.tcp() : checkProbe(v.readiness, `${p}.readiness`);
  const readinessProbe = readiness._toKube(errors, `${p}.readiness`, ctx.targetPort, false);
  if (readinessProbe) container.readinessProbe = readinessProbe;
  const livenessProbe = v.liveness === undefined ? undefined : checkProbe(v.liveness, `${p}.liveness`)._toKube(errors, `${p}.liveness`, ctx.targetPort, true);
  if (livenessProbe) container.livenessProbe = livenessProbe;
  const startupProbe = v.startup === undefined ? undefined : checkProbe(v.startup, `${p}.startup`)._toKube(errors, `${p}.startup`, ctx.targetPort, true);
  if (startupProbe) container.startupProbe = startupProbe;
  let sleepSeconds = 0;
  if (v.preStop !== undefined) {
    if (!(v.preStop instanceof LifecycleHook)) throw errors.mustBe(`${p}.preStop`, 'a LifecycleHook (LifecycleHook.sleep, exec or httpGet)', v.preStop);
    container.lifecycle = { preStop: v.preStop._toKube(errors, `${p}.preStop`, ctx.targetPort) };
    sleepSeconds = v.preStop._sleepSeconds(errors, `${p}.preStop.duration`);
  }
  const grace = v.terminationGracePeriod === undefined ? undefined
    : wholeSeconds(errors, `${p}.terminationGracePeriod`, v.terminationGracePeriod, 0, 2147483647);
  if (sleepSeconds > (grace ?? DEFAULT_GRACE_SECONDS)) {
    throw errors.mustBe(`${p}.preStop`, `a sleep no longer than the termination grace period (${grace ?? DEFAULT_GRACE_SECONDS} s; raise ` +
      "'terminationGracePeriod')", `${sleepSeconds} s`);
  }
  const initContainers = renderInitContainers(errors, `${p}.initContainers`, v.initContainers, volumes, security);
  if (v.volumes !== undefined) {
    if (!Array.isArray(v.volumes)) throw errors.mustBe(`${p}.volumes`, 'a list of Volume', v.volumes);
    v.volumes.forEach((vol, i) => volumes.add(vol, `${p}.volumes[${i}]`));
  }

  const givenReplicas = optionalNumber(errors, `${p}.replicas`, v.replicas);
  const autoscaling = v.autoscaling === undefined ? undefined : checkAutoscaling(errors, `${p}.autoscaling`, v.autoscaling, ctx.defaultReplicas);
  if (autoscaling && givenReplicas !== undefined) {
    throw errors.mustBe(`${p}.replicas`, "left out with 'autoscaling' (a fixed count would reset the autoscaler's choice on every apply)", givenReplicas);
  }
  // Istio's analyzer (IST0173) fails a DestinationRule subset with no pods: traffic routed there gets 503.
  const replicas = autoscaling ? undefined : checkInteger(errors, `${p}.replicas`, givenReplicas ?? ctx.defaultReplicas, 1, 2147483647);
  const automount = v.automountServiceAccountToken ?? false;
  if (typeof automount !== 'boolean') throw errors.mustBe(`${p}.automountServiceAccountToken`, 'true or false', automount);
  const selector = { app: ctx.app, version: v.version };
  const podSpec: PodSpecJson = {
    automountServiceAccountToken: automount,
    ...(ctx.serviceAccountName ? { serviceAccountName: ctx.serviceAccountName } : {}),
    ...(security.pod ? { securityContext: security.pod } : {}),
    ...(grace !== undefined ? { terminationGracePeriodSeconds: grace } : {}),
    ...(v.imagePullSecrets !== undefined ? { imagePullSecrets: pullSecrets(errors, `${p}.imagePullSecrets`, v.imagePullSecrets) } : {}),
    ...renderPlacement(errors, p, v, selector, autoscaling ? autoscaling.maxReplicas > 1 : (replicas as number) > 1),
    ...(initContainers ? { initContainers } : {}),
    containers: [container],
    ...(volumes.volumes ? { volumes: volumes.volumes } : {}),
  };

  const name = `${ctx.app}-${v.version}`;
  const deployment: DeploymentJson = {
    metadata: { name, labels: ownLabels },
    spec: {
      ...(replicas !== undefined ? { replicas } : {}),
      selector: { matchLabels: selector },
      ...(v.strategy !== undefined ? { strategy: checkStrategy(errors, `${p}.strategy`, v.strategy) } : {}),
      template: {
        metadata: { labels: podLabels, annotations: annotations as { [key: string]: string } },
        spec: podSpec,
      },
    },
  };
  const budget = v.disruptionBudget ?? DisruptionBudget.DEFAULT;
  if (!(budget instanceof DisruptionBudget)) {
    throw errors.mustBe(`${p}.disruptionBudget`, 'a DisruptionBudget (DisruptionBudget.maxUnavailable, minAvailable or none)', budget);
  }
  const budgetSpec = budget._toKube(errors, `${p}.disruptionBudget`);
  const disruptionBudget: PodDisruptionBudgetJson | undefined = budgetSpec && {
    metadata: { name, labels: ownLabels },
    spec: { selector: { matchLabels: selector }, ...budgetSpec },
  };
  const autoscaler: HorizontalPodAutoscalerJson | undefined = autoscaling && {
    metadata: { name, labels: ownLabels },
    spec: {
      scaleTargetRef: { apiVersion: k8s.KubeDeployment.GVK.apiVersion, kind: k8s.KubeDeployment.GVK.kind, name },
      minReplicas: autoscaling.minReplicas,
      maxReplicas: autoscaling.maxReplicas,
      metrics: autoscaling.metrics,
      ...(autoscaling.behavior ? { behavior: autoscaling.behavior } : {}),
    },
  };
  return { version: v.version, podLabels, staticAnnotations, proxyConfig, deployment, disruptionBudget, autoscaler };

  function checkProbe(probe: Probe, prop: string): Probe {
    if (!(probe instanceof Probe)) throw errors.mustBe(prop, 'a Probe (Probe.httpGet, tcp, grpc, exec or none)', probe);
    return probe;
  }
}

/** What the app container and init containers have in common (a CanaryServiceVersion has these fields too). */
type ContainerInput = Omit<InitContainer, 'name'>;

function renderContainer(errors: PropErrors, p: string, name: string, c: ContainerInput, volumes: PodVolumes, security: SecuritySettings): ContainerJson {
  const container: { -readonly [K in keyof ContainerJson]: ContainerJson[K] } = {
    name,
    image: c.image,
    imagePullPolicy: pullPolicy(errors, `${p}.imagePullPolicy`, c.imagePullPolicy, c.image),
    resources: containerResources(errors, `${p}.resources`, c.resources),
    securityContext: security.container,
  };
  if (c.command !== undefined) container.command = stringList(errors, `${p}.command`, c.command);
  if (c.args !== undefined) container.args = stringList(errors, `${p}.args`, c.args, true);
  const env = optionalObject(errors, `${p}.env`, c.env, 'a map of EnvValue');
  if (env !== undefined) {
    container.env = Object.entries(env).map(([envName, value]) => {
      if (!(value instanceof EnvValue)) throw errors.mustBe(`${p}.env.${envName}`, 'an EnvValue (EnvValue.fromValue(...), fromSecret, fromConfigMap, fromPodField)', value);
      return value._toKube(errors, `${p}.env`, envName);
    });
  }
  if (c.envFrom !== undefined) {
    if (!Array.isArray(c.envFrom)) throw errors.mustBe(`${p}.envFrom`, 'a list of EnvFrom', c.envFrom);
    container.envFrom = c.envFrom.map((e, i) => {
      if (!(e instanceof EnvFrom)) throw errors.mustBe(`${p}.envFrom[${i}]`, 'an EnvFrom (EnvFrom.configMap(...) or EnvFrom.secret(...))', e);
      return e._toKube(errors, `${p}.envFrom[${i}]`);
    });
  }
  const mounts = renderMounts(errors, `${p}.mounts`, c.mounts, (vol: Volume, prop: string) => volumes.add(vol, prop));
  if (mounts) container.volumeMounts = mounts;
  return container;
}

function renderInitContainers(errors: PropErrors, p: string, list: InitContainer[] | undefined, volumes: PodVolumes,
  security: SecuritySettings): ContainerJson[] | undefined {
  if (list === undefined) return undefined;
  if (!Array.isArray(list) || list.length === 0) throw errors.mustBe(p, 'a non-empty list of InitContainer (leave it out for none)', list);
  const names = new Set<string>();
  return list.map((c, i) => {
    const at = `${p}[${i}]`;
    if (typeof c !== 'object' || c === null) throw errors.mustBe(at, 'an InitContainer ({ name, image })', c);
    const nameError = typeof c.name === 'string' ? dns1123LabelError(c.name) : 'must be a string';
    if (nameError) throw errors.invalid(`${at}.name`, nameError);
    if (c.name === APP_CONTAINER || ISTIO_CONTAINERS.includes(c.name)) {
      throw errors.mustBe(`${at}.name`, `a name other than "${APP_CONTAINER}" (the app container) and ${ISTIO_CONTAINERS.map((n) => `"${n}"`).join(', ')} (Istio's)`, c.name);
    }
    if (names.has(c.name)) throw errors.mustBe(`${at}.name`, 'a name no other init container uses', c.name);
    names.add(c.name);
    checkImage(errors, `${at}.image`, c.image);
    return renderContainer(errors, at, c.name, c, volumes, security);
  });
}

function checkImage(errors: PropErrors, prop: string, image: string): void {
  if (typeof image !== 'string' || image.trim() === '' || hasWhitespace(image)) {
    throw errors.mustBe(prop, 'a non-empty image reference without spaces (e.g. "registry.example.com/app:1.0")', image);
  }
}

function checkStrategy(errors: PropErrors, prop: string, strategy: RolloutStrategy): ReturnType<RolloutStrategy['_toKube']> {
  if (!(strategy instanceof RolloutStrategy)) throw errors.mustBe(prop, 'a RolloutStrategy (RolloutStrategy.rollingUpdate() or recreate())', strategy);
  return strategy._toKube(errors, prop);
}

function pullSecrets(errors: PropErrors, prop: string, names: string[]): { name: string }[] {
  if (!Array.isArray(names) || names.length === 0) throw errors.mustBe(prop, 'a non-empty list of Secret names (leave it out for none)', names);
  return names.map((n, i) => {
    const error = typeof n === 'string' ? dns1123SubdomainError(n) : 'must be a string';
    if (error) throw errors.invalid(`${prop}[${i}]`, `Secret name ${error}`);
    return { name: n };
  });
}

function renderPorts(errors: PropErrors, p: string, ctx: VersionContext, extra: ExtraContainerPort[] | undefined): ContainerPortJson[] {
  const ports: ContainerPortJson[] = [{ containerPort: ctx.targetPort, name: ctx.portName, protocol: 'TCP' }];
  const given = optionalArray(errors, `${p}.ports`, extra, (prop, item) => {
    const port = optionalObject(errors, prop, item, 'an ExtraContainerPort ({ number, name })');
    if (port === undefined) throw errors.mustBe(prop, 'an ExtraContainerPort', undefined);
    optionalNumber(errors, `${prop}.number`, port.number);
    optionalString(errors, `${prop}.name`, port.name);
    return port as unknown as ExtraContainerPort;
  });
  for (const [i, port] of (given ?? []).entries()) {
    const prop = `${p}.ports[${i}]`;
    const number = checkInteger(errors, `${prop}.number`, port.number, 1, 65535);
    if (ISTIO_RESERVED_PORTS.includes(number)) throw errors.mustBe(`${prop}.number`, `a port the sidecar does not use (not ${ISTIO_RESERVED_PORTS.join(', ')})`, number);
    if (ports.some((q) => q.containerPort === number)) throw errors.mustBe(`${prop}.number`, 'a port not declared yet (the targetPort is always declared)', number);
    if (port.name !== undefined) {
      if (typeof port.name !== 'string' || !isIanaSvcName(port.name)) {
        throw errors.mustBe(`${prop}.name`, "an IANA service name: 1-15 lower-case letters, digits and '-', with a letter, no '--'", port.name);
      }
      if (ports.some((q) => q.name === port.name)) throw errors.mustBe(`${prop}.name`, 'a name not used by another port', port.name);
    }
    ports.push({ containerPort: number, ...(port.name ? { name: port.name } : {}), protocol: 'TCP' });
  }
  return ports;
}

function stringList(errors: PropErrors, prop: string, list: string[], allowEmptyItems = false): string[] {
  const items = optionalArray(errors, prop, list, (at, x) => requiredString(errors, at, x)) ?? [];
  if (!allowEmptyItems && items.includes('')) throw errors.mustBe(prop, 'a list of non-empty strings', list);
  if (!allowEmptyItems && items.length === 0) throw errors.mustBe(prop, 'a non-empty list (leave it out to keep the image default)', list);
  return items;
}

function checkProxyConfig(errors: PropErrors, prop: string, config: { [field: string]: unknown } | undefined): { [field: string]: unknown } | undefined {
  if (config === undefined) return undefined;
  optionalObject(errors, prop, config, 'a non-empty object of ProxyConfig fields (e.g. { concurrency: 2 })');
  let json: string | undefined;
  try {
    json = typeof config === 'object' && config !== null && !Array.isArray(config) ? JSON.stringify(config) : undefined;
  } catch {
    json = undefined;
  }
  if (json === undefined || Object.keys(config).length === 0) throw errors.mustBe(prop, 'a non-empty object of ProxyConfig fields (e.g. { concurrency: 2 })', config);
  return JSON.parse(json);
}

/** Ports the sidecar uses; exported for the targetPort check. */
export { ISTIO_RESERVED_PORTS };
