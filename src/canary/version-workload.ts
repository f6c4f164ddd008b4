import * as k8s from '../../imports/k8s';
import { CanaryServiceVersion, ExtraContainerPort, ImagePullPolicy, WorkloadSecurityOptions } from './canary-service-version';
import { EnvValue } from './env-value';
import { checkInteger, PropErrors } from '../shared/prop-errors';
import { Probe } from './probe';
import { ContainerJson, ContainerPortJson, DeploymentJson } from './emitted-json';
import { containerResources } from './quantities';
import { PROXY_CPU, PROXY_CPU_LIMIT, PROXY_MEMORY, PROXY_MEMORY_LIMIT } from '../validation/util/istio-names';
import { PROXY_CONFIG_ANNOTATION } from '../shared/proxy-config';
import { workloadLabels } from '../shared/workload-labels';
import { dns1123LabelError, labelKeyError, labelMapErrors } from '../validation/util/names';

// Ports the sidecar itself listens on; an app port there collides with Envoy or the agent.
const ISTIO_RESERVED_PORTS = [15000, 15001, 15004, 15006, 15008, 15020, 15021, 15053, 15090];
const IANA_SVC_NAME = /^(?=.*[a-z])[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
const SIDECAR_UID = 1337;
const PULL_POLICIES: ReadonlySet<string> = new Set(Object.values(ImagePullPolicy));
const MANAGED_ANNOTATIONS = [PROXY_CPU, PROXY_CPU_LIMIT, PROXY_MEMORY, PROXY_MEMORY_LIMIT];

/** The checked, rendered parts of one version's Deployment. */
export interface RenderedVersion {
  readonly version: string;
  readonly podLabels: { [key: string]: string };
  readonly staticAnnotations: { [key: string]: string };
  readonly proxyConfig?: { [field: string]: unknown };
  readonly deployment: DeploymentJson;
}

/** Everything the Deployment of one version needs from the service. */
export interface VersionContext {
  readonly app: string;
  readonly role: string;
  readonly targetPort: number;
  readonly portName: string;
  readonly serviceAccountName?: string;
  readonly proxyAnnotations: { [key: string]: string };
}

/** Checks one version's props and renders its Deployment's JSON (the pod annotations are filled in at synth). */
export function renderVersion(errors: PropErrors, ctx: VersionContext, v: CanaryServiceVersion, annotations: unknown): RenderedVersion {
  const p = ctx.role;
  if (typeof v !== 'object' || v === null) throw errors.mustBe(p, 'a CanaryServiceVersion with at least version and image', v);
  const versionError = typeof v.version === 'string' ? dns1123LabelError(v.version) : 'version must be a string';
  if (versionError) throw errors.invalid(`${p}.version`, `${versionError}; it is the DestinationRule subset name and the 'version' label`);
  if (typeof v.image !== 'string' || v.image.trim() === '' || /\s/.test(v.image)) {
    throw errors.mustBe(`${p}.image`, 'a non-empty image reference without spaces (e.g. "registry.example.com/app:1.0")', v.image);
  }
  // Istio's analyzer (IST0173) fails a DestinationRule subset with no pods: traffic routed there gets 503.
  const replicas = checkInteger(errors, `${p}.replicas`, v.replicas ?? 1, 1, 2147483647);
  const ownLabels = workloadLabels(ctx.app, v.version);
  const podLabels = { ...ownLabels };
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

  const container: { -readonly [K in keyof ContainerJson]: ContainerJson[K] } = {
    name: 'main',
    image: v.image,
    imagePullPolicy: checkPullPolicy(errors, `${p}.imagePullPolicy`, v.imagePullPolicy),
    ports: renderPorts(errors, p, ctx, v.ports),
    resources: containerResources(errors, `${p}.resources`, v.resources),
    securityContext: containerSecurity(errors, `${p}.securityContext`, v.securityContext),
  };
  if (v.command !== undefined) container.command = stringList(errors, `${p}.command`, v.command);
  if (v.args !== undefined) container.args = stringList(errors, `${p}.args`, v.args, true);
  if (v.env !== undefined) {
    if (typeof v.env !== 'object' || v.env === null) throw errors.mustBe(`${p}.env`, 'a map from names to EnvValue', v.env);
    container.env = Object.entries(v.env).map(([name, value]) => {
      if (!(value instanceof EnvValue)) throw errors.mustBe(`${p}.env.${name}`, 'an EnvValue (EnvValue.fromValue(...), fromSecret, fromConfigMap)', value);
      return value._toKube(errors, `${p}.env`, name);
    });
  }
  if (v.readiness) container.readinessProbe = checkProbe(v.readiness, `${p}.readiness`)._toKube(errors, `${p}.readiness`, ctx.targetPort, false);
  if (v.liveness) container.livenessProbe = checkProbe(v.liveness, `${p}.liveness`)._toKube(errors, `${p}.liveness`, ctx.targetPort, true);
  if (v.startup) container.startupProbe = checkProbe(v.startup, `${p}.startup`)._toKube(errors, `${p}.startup`, ctx.targetPort, true);

  const automount = v.automountServiceAccountToken ?? false;
  if (typeof automount !== 'boolean') throw errors.mustBe(`${p}.automountServiceAccountToken`, 'true or false', automount);
  const selector = { app: ctx.app, version: v.version };
  const deployment: DeploymentJson = {
    metadata: { name: `${ctx.app}-${v.version}`, labels: ownLabels },
    spec: {
      replicas,
      selector: { matchLabels: selector },
      template: {
        metadata: { labels: podLabels, annotations: annotations as { [key: string]: string } },
        spec: {
          automountServiceAccountToken: automount,
          ...(ctx.serviceAccountName ? { serviceAccountName: ctx.serviceAccountName } : {}),
          securityContext: podSecurity(v.securityContext),
          containers: [container],
        },
      },
    },
  };
  return { version: v.version, podLabels, staticAnnotations, proxyConfig, deployment };

  function checkProbe(probe: Probe, prop: string): Probe {
    if (!(probe instanceof Probe)) throw errors.mustBe(prop, 'a Probe (Probe.httpGet, tcp, grpc or exec)', probe);
    return probe;
  }
}

function checkPullPolicy(errors: PropErrors, prop: string, policy: ImagePullPolicy | undefined): string {
  const value = policy ?? ImagePullPolicy.IF_NOT_PRESENT;
  if (!PULL_POLICIES.has(value)) throw errors.mustBe(prop, 'Always, IfNotPresent or Never', value);
  return value;
}

function renderPorts(errors: PropErrors, p: string, ctx: VersionContext, extra: ExtraContainerPort[] | undefined): ContainerPortJson[] {
  const ports: ContainerPortJson[] = [{ containerPort: ctx.targetPort, name: ctx.portName, protocol: 'TCP' }];
  for (const [i, port] of (extra ?? []).entries()) {
    const prop = `${p}.ports[${i}]`;
    const number = checkInteger(errors, `${prop}.number`, port?.number, 1, 65535);
    if (ISTIO_RESERVED_PORTS.includes(number)) throw errors.mustBe(`${prop}.number`, `a port the sidecar does not use (not ${ISTIO_RESERVED_PORTS.join(', ')})`, number);
    if (ports.some((q) => q.containerPort === number)) throw errors.mustBe(`${prop}.number`, 'a port not declared yet (the targetPort is always declared)', number);
    if (port.name !== undefined) {
      if (typeof port.name !== 'string' || port.name.length > 15 || !IANA_SVC_NAME.test(port.name) || port.name.includes('--')) {
        throw errors.mustBe(`${prop}.name`, "an IANA service name: 1-15 lower-case letters, digits and '-', with a letter, no '--'", port.name);
      }
      if (ports.some((q) => q.name === port.name)) throw errors.mustBe(`${prop}.name`, 'a name not used by another port', port.name);
    }
    ports.push({ containerPort: number, ...(port.name ? { name: port.name } : {}), protocol: 'TCP' });
  }
  return ports;
}

function containerSecurity(errors: PropErrors, prop: string, s: WorkloadSecurityOptions | undefined): k8s.SecurityContext {
  const runAsNonRoot = s?.runAsNonRoot ?? false;
  const readOnlyRootFilesystem = s?.readOnlyRootFilesystem ?? false;
  if (typeof runAsNonRoot !== 'boolean') throw errors.mustBe(`${prop}.runAsNonRoot`, 'true or false', runAsNonRoot);
  if (typeof readOnlyRootFilesystem !== 'boolean') throw errors.mustBe(`${prop}.readOnlyRootFilesystem`, 'true or false', readOnlyRootFilesystem);
  const out: { -readonly [K in keyof k8s.SecurityContext]: k8s.SecurityContext[K] } = {
    allowPrivilegeEscalation: false,
    privileged: false,
    readOnlyRootFilesystem,
    runAsNonRoot,
  };
  if (s?.runAsUser !== undefined) {
    const uid = checkInteger(errors, `${prop}.runAsUser`, s.runAsUser, 0, 2147483647);
    if (uid === SIDECAR_UID) throw errors.mustBe(`${prop}.runAsUser`, 'a UID other than 1337 (the sidecar\'s UID, whose traffic Istio does not capture)', uid);
    if (uid === 0 && runAsNonRoot) throw errors.mustBe(`${prop}.runAsUser`, "a non-zero UID when 'runAsNonRoot' is true", uid);
    out.runAsUser = uid;
  }
  if (s?.runAsGroup !== undefined) out.runAsGroup = checkInteger(errors, `${prop}.runAsGroup`, s.runAsGroup, 0, 2147483647);
  return out;
}

function podSecurity(s: WorkloadSecurityOptions | undefined): k8s.PodSecurityContext {
  // Only what the user chose for the app; the injected sidecar and init containers carry their own settings.
  return { runAsNonRoot: s?.runAsNonRoot ?? false };
}

function stringList(errors: PropErrors, prop: string, list: string[], allowEmptyItems = false): string[] {
  if (!Array.isArray(list) || list.some((x) => typeof x !== 'string' || (!allowEmptyItems && x === ''))) {
    throw errors.mustBe(prop, allowEmptyItems ? 'a list of strings' : 'a list of non-empty strings', list);
  }
  if (!allowEmptyItems && list.length === 0) throw errors.mustBe(prop, 'a non-empty list (leave it out to keep the image default)', list);
  return [...list];
}

function checkProxyConfig(errors: PropErrors, prop: string, config: { [field: string]: unknown } | undefined): { [field: string]: unknown } | undefined {
  if (config === undefined) return undefined;
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
