/**
 * CDK8SISTIO-011: a STRICT namespace whose Services the inputs show being called from outside the mesh. STRICT
 * refuses plaintext, and a caller without a proxy has nothing else to send, so those calls fail at runtime.
 *
 * "Called" means what the manifests show, nothing guessed from names alone (docs/analysis.md):
 * - an Ingress (networking.k8s.io) whose class is not Istio's sends its controller's requests to the backend
 *   Services of its namespace; ingress controllers such as ingress-nginx run without a sidecar;
 * - a pod template that asks Prometheus to scrape an app port (`prometheus.io/scrape` + `prometheus.io/port`)
 *   while Istio's metrics merging is off for it (`prometheus.istio.io/merge-metrics: "false"`, or
 *   `meshConfig.enablePrometheusMerge: false`); with merging on, Istio rewrites the annotations to its own port
 *   15020, which STRICT does not cover;
 * - a workload outside the mesh whose container env values, command or args name a Service of the namespace by
 *   `<service>.<namespace>`, `<service>.<namespace>.svc` or `<service>.<namespace>.svc.cluster.local`.
 * A namespace counts when it is uniformly STRICT (no workload policy relaxes a port) and its pods get a proxy
 * (its Namespace object is labelled for sidecars or ambient, or, when not in the inputs, it declares STRICT).
 */
import { Finding } from '../finding';
import { CharClass, runLength, trimEndChar } from '../util/chars';
import { STRICT_SERVICE_CALLED_FROM_OUTSIDE_MESH } from '../finding-codes';
import { MeshModel, Workload } from './model';
import { PeerAuthenticationScopes } from './mtls';
import {
  DATAPLANE_MODE_LABEL, INJECTION_LABEL, isIgnoredNamespace, isIstioControlPlane, MeshMode, meshModeOf, optsOutOfSidecar, podInjectValue,
  REVISION_LABEL, SIDECAR_INJECT,
} from './namespaces';
import { asArray, asObject, asString, Resource } from './resource';
import { hasProxyContainer, isAmbientWorkload, podMetadataPath, usesHostNetwork } from './workloads';

const ISTIO_INGRESS_CLASS = 'istio';
const INGRESS_CLASS_ANNOTATION = 'kubernetes.io/ingress.class';
const SCRAPE = 'prometheus.io/scrape';
const SCRAPE_PORT = 'prometheus.io/port';
const MERGE_METRICS = 'prometheus.istio.io/merge-metrics';
/** Ports the sidecar serves itself (merged metrics, Envoy stats): iptables does not capture them. */
const PROXY_METRICS_PORTS = new Set(['15020', '15090']);
const CLUSTER_SUFFIXES = ['.svc.cluster.local', '.svc'];
const HOST_CHAR = new CharClass('a-z0-9.-');

const FIX = 'or give the called container port a PERMISSIVE port exception (StrictMtlsNamespace portExceptions; under ' +
  'denyByDefault also allowFrom(CallerIdentity.anySourceOnPort(port)))';

export function analyzeCallersOutsideMesh(model: MeshModel, out: Finding[]): void {
  const scopes = new PeerAuthenticationScopes(model, model.mesh.rootNamespace);
  const strictCache = new Map<string, boolean>();
  const strict = (namespace: string): boolean => {
    let value = strictCache.get(namespace);
    if (value === undefined) strictCache.set(namespace, value = isStrictMeshNamespace(model, scopes, namespace));
    return value;
  };
  checkIngresses(model, strict, out);
  const mergeOffMeshWide = model.meshConfigSources.some((s) => s.meshConfig.enablePrometheusMerge === false);
  for (const w of model.workloads) {
    if (isIgnoredNamespace(w.res.ns) || isIstioControlPlane(w.labels)) continue;
    checkScrape(model, w, mergeOffMeshWide, strict, out);
  }
  checkClients(model, strict, out);
}

function isStrictMeshNamespace(model: MeshModel, scopes: PeerAuthenticationScopes, namespace: string): boolean {
  if (namespace === model.mesh.rootNamespace || !scopes.isStrict(namespace)) return false;
  const ns = model.namespaces.get(namespace);
  if (!ns) return scopes.declaresStrict(namespace);
  const mode = meshModeOf(ns.labels);
  return mode === MeshMode.SIDECAR || mode === MeshMode.AMBIENT;
}

function checkIngresses(model: MeshModel, strict: (ns: string) => boolean, out: Finding[]): void {
  for (const ing of model.ingresses) {
    if (!strict(ing.ns)) continue;
    const cls = asString(ing.spec.ingressClassName) || ing.annotations[INGRESS_CLASS_ANNOTATION] || '';
    if (cls === ISTIO_INGRESS_CLASS) continue;
    const controller = cls ? `the "${cls}" ingress controller` : "the cluster's default ingress controller";
    const backends: { path: string; service: string }[] = [];
    const serviceOf = (backend: unknown) => asString(asObject(asObject(backend).service).name);
    const dflt = serviceOf(ing.spec.defaultBackend);
    if (dflt) backends.push({ path: 'spec.defaultBackend.service.name', service: dflt });
    asArray(ing.spec.rules).forEach((rule, i) => asArray(asObject(asObject(rule).http).paths).forEach((p, j) => {
      const service = serviceOf(asObject(p).backend);
      if (service) backends.push({ path: `spec.rules[${i}].http.paths[${j}].backend.service.name`, service });
    }));
    const reported = new Set<string>();
    for (const { path, service } of backends) {
      if (reported.has(service)) continue;
      reported.add(service);
      out.push(ing.finding(STRICT_SERVICE_CALLED_FROM_OUTSIDE_MESH, path,
        `${controller} (not Istio's, so without a sidecar) forwards this Ingress's requests in plaintext to Service ` +
        `"${ing.ns}/${service}", whose namespace "${ing.ns}" requires STRICT mTLS, so they are refused; route through an ` +
        `Istio gateway (ingressClassName: ${ISTIO_INGRESS_CLASS}, or a Gateway), inject a sidecar into the controller's pods, ${FIX}`));
    }
  }
}

function checkScrape(model: MeshModel, w: Workload, mergeOffMeshWide: boolean, strict: (ns: string) => boolean, out: Finding[]): void {
  if (w.annotations[SCRAPE] !== 'true') return;
  const port = w.annotations[SCRAPE_PORT];
  if (!port || PROXY_METRICS_PORTS.has(port)) return;
  const merged = w.annotations[MERGE_METRICS] === undefined ? !mergeOffMeshWide : w.annotations[MERGE_METRICS] !== 'false';
  if (merged || !strict(w.res.ns) || outsideMeshReason(model.namespaces.get(w.res.ns), w) !== undefined) return;
  const why = w.annotations[MERGE_METRICS] !== undefined ? `${MERGE_METRICS}: "false"` : 'meshConfig.enablePrometheusMerge: false';
  out.push(w.res.finding(STRICT_SERVICE_CALLED_FROM_OUTSIDE_MESH, `${podMetadataPath(w)}.annotations`,
    `Prometheus is asked to scrape app port ${port} of ${w.res.origin} directly (${why} turns Istio's metrics merging off), ` +
    `and a Prometheus outside the mesh sends plaintext, which namespace "${w.res.ns}" (STRICT mTLS) refuses; keep metrics ` +
    `merging on (Prometheus then scrapes the proxy's port 15020), run Prometheus in the mesh with Istio certificates, ${FIX}`));
}

/** Services of STRICT namespaces by `<name>.<namespace>`, for matching host names in client configuration. */
function strictServiceHosts(model: MeshModel, strict: (ns: string) => boolean): Map<string, Resource> {
  const hosts = new Map<string, Resource>();
  for (const svc of model.services) if (strict(svc.ns)) hosts.set(`${svc.name}.${svc.ns}`, svc);
  return hosts;
}

function checkClients(model: MeshModel, strict: (ns: string) => boolean, out: Finding[]): void {
  const hosts = strictServiceHosts(model, strict);
  if (hosts.size === 0) return;
  for (const w of model.workloads) {
    if (isIgnoredNamespace(w.res.ns) || isIstioControlPlane(w.labels)) continue;
    const reason = outsideMeshReason(model.namespaces.get(w.res.ns), w);
    if (reason === undefined) continue;
    const reported = new Set<Resource>();
    for (const { path, text } of configStrings(w)) {
      for (const svc of servicesNamed(text, hosts)) {
        if (reported.has(svc)) continue;
        reported.add(svc);
        out.push(w.res.finding(STRICT_SERVICE_CALLED_FROM_OUTSIDE_MESH, path,
          `${w.res.origin} is outside the mesh (${reason}) and calls Service "${svc.ns}/${svc.name}" (named in this ` +
          `field), whose namespace "${svc.ns}" requires STRICT mTLS: its plaintext requests are refused; move the caller ` +
          `into the mesh, ${FIX}`));
      }
    }
  }
}

/**
 * Why a workload runs without a proxy, or undefined when it has one or the inputs do not say. A Namespace object
 * that is not in the inputs leaves only the pod's own opt-out as evidence.
 */
function outsideMeshReason(ns: Resource | undefined, w: Workload): string | undefined {
  if (hasProxyContainer(w)) return undefined;
  if (usesHostNetwork(w)) return 'hostNetwork pods get no sidecar';
  const mode = ns ? meshModeOf(ns.labels) : undefined;
  if (mode === MeshMode.CONFLICTING || isAmbientWorkload(w, mode)) return undefined;
  if (mode === MeshMode.AMBIENT) return w.labels[DATAPLANE_MODE_LABEL] === 'none' ? `${DATAPLANE_MODE_LABEL}=none` : undefined;
  if (optsOutOfSidecar(w.labels, w.annotations)) return `${SIDECAR_INJECT}=false`;
  if (mode !== MeshMode.NONE) return undefined;
  // Istio's injector also takes pods that opt in themselves in a namespace without the label.
  if (podInjectValue(w.labels, w.annotations) === 'true' || w.labels[REVISION_LABEL] !== undefined) return undefined;
  return `namespace "${w.res.ns}" has neither ${INJECTION_LABEL}=enabled, ${REVISION_LABEL} nor ${DATAPLANE_MODE_LABEL}=ambient`;
}

/** The strings of a pod spec that configure where the containers connect: env values, command and args. */
function* configStrings(w: Workload): Generator<{ path: string; text: string }> {
  const base = w.templatePath ? `${w.templatePath}.spec` : 'spec';
  for (const list of ['initContainers', 'containers']) {
    const containers = asArray(w.podSpec[list]);
    for (let i = 0; i < containers.length; i++) {
      const c = asObject(containers[i]);
      const at = `${base}.${list}[${i}]`;
      const env = asArray(c.env);
      for (let j = 0; j < env.length; j++) {
        const value = asString(asObject(env[j]).value);
        if (value) yield { path: `${at}.env[${j}].value`, text: value };
      }
      for (const field of ['command', 'args']) {
        const items = asArray(c[field]);
        for (let j = 0; j < items.length; j++) {
          const text = asString(items[j]);
          if (text) yield { path: `${at}.${field}[${j}]`, text };
        }
      }
    }
  }
}

/** The Services a text names as `<svc>.<ns>[.svc[.cluster.local]]` (URLs, host:port, plain host names). */
function servicesNamed(text: string, hosts: ReadonlyMap<string, Resource>): Resource[] {
  const found: Resource[] = [];
  const lower = text.toLowerCase();
  // Each run of host characters is a candidate (the text split at everything else).
  for (let start = 0; start < lower.length;) {
    const length = runLength(lower, HOST_CHAR, start);
    let token = trimEndChar(lower.slice(start, start + length), '.');
    start += Math.max(length, 1);
    for (const suffix of CLUSTER_SUFFIXES) {
      if (token.endsWith(suffix)) {
        token = token.slice(0, -suffix.length);
        break;
      }
    }
    const svc = hosts.get(token);
    if (svc && !found.includes(svc)) found.push(svc);
  }
  return found;
}
