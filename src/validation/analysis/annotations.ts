/**
 * Istio annotations and labels in the wrong place (IST0107, CDK8SISTIO-004, CDK8SISTIO-005). Injection reads
 * pod metadata only: on a Deployment (instead of its pod template) these settings do nothing.
 */
import { Finding } from '../finding';
import { MISPLACED_ANNOTATION, MISPLACED_INJECTION_LABEL, PARTIAL_PROXY_RESOURCE_ANNOTATIONS } from './codes';
import { MeshModel, Workload } from './model';
import { DATAPLANE_MODE_LABEL, PROXY_RESOURCE_ANNOTATIONS, REVISION_LABEL, SIDECAR_INJECT } from '../util/istio-names';
import { Resource } from './resource';
import { podMetadataPath } from './workloads';

/** Annotations Istio defines for Pods only (api@v1.30.3 annotation/annotations.yaml). */
const POD_ANNOTATIONS = new Set([
  'sidecar.istio.io/inject', 'sidecar.istio.io/status', 'sidecar.istio.io/rewriteAppHTTPProbers',
  'sidecar.istio.io/proxyCPU', 'sidecar.istio.io/proxyCPULimit', 'sidecar.istio.io/proxyMemory',
  'sidecar.istio.io/proxyMemoryLimit', 'sidecar.istio.io/proxyImage', 'sidecar.istio.io/proxyImageType',
  'sidecar.istio.io/interceptionMode', 'sidecar.istio.io/logLevel', 'sidecar.istio.io/componentLogLevel',
  'sidecar.istio.io/agentLogLevel', 'sidecar.istio.io/statsInclusionPrefixes',
  'sidecar.istio.io/statsInclusionSuffixes', 'sidecar.istio.io/statsInclusionRegexps',
  'sidecar.istio.io/statsHistogramBuckets', 'sidecar.istio.io/bootstrapOverride', 'sidecar.istio.io/discoveryAddress',
  'sidecar.istio.io/enableCoreDump', 'sidecar.istio.io/userVolume', 'sidecar.istio.io/userVolumeMount',
  'sidecar.istio.io/nativeSidecar', 'status.sidecar.istio.io/port',
  'readiness.status.sidecar.istio.io/applicationPorts', 'readiness.status.sidecar.istio.io/initialDelaySeconds',
  'readiness.status.sidecar.istio.io/periodSeconds', 'readiness.status.sidecar.istio.io/failureThreshold',
  'traffic.sidecar.istio.io/includeOutboundIPRanges', 'traffic.sidecar.istio.io/excludeOutboundIPRanges',
  'traffic.sidecar.istio.io/includeInboundPorts', 'traffic.sidecar.istio.io/excludeInboundPorts',
  'traffic.sidecar.istio.io/includeOutboundPorts', 'traffic.sidecar.istio.io/excludeOutboundPorts',
  'traffic.sidecar.istio.io/excludeInterfaces', 'traffic.sidecar.istio.io/kubevirtInterfaces',
  'proxy.istio.io/config', 'proxy.istio.io/overrides', 'prometheus.istio.io/merge-metrics',
  'inject.istio.io/templates', 'ambient.istio.io/redirection',
]);
/** Annotations Istio defines for Services only. */
const SERVICE_ANNOTATIONS = new Set([
  'networking.istio.io/exportTo', 'traffic.istio.io/nodeSelector', 'alpha.istio.io/kubernetes-serviceaccounts',
  'alpha.istio.io/canonical-serviceaccounts',
]);


const POD_LEVEL_LABELS = [SIDECAR_INJECT, REVISION_LABEL, DATAPLANE_MODE_LABEL];

export function annotationPath(metadataPath: string, key: string): string {
  return `${metadataPath}.annotations["${key}"]`;
}

export function analyzeAnnotations(model: MeshModel, out: Finding[]): void {
  for (const ns of model.namespaces.values()) checkPlacement(ns, undefined, out);
  for (const svc of model.services) checkPlacement(svc, undefined, out);
  for (const w of model.workloads) {
    checkPlacement(w.res, w, out);
    checkProxyResources(w, out);
    if (w.templatePath) checkWorkloadLabels(w, out);
  }
}

function checkPlacement(res: Resource, w: Workload | undefined, out: Finding[]): void {
  const isPod = w !== undefined && w.templatePath === '';
  for (const key in res.annotations) {
    if (!isPod && POD_ANNOTATIONS.has(key)) {
      const fix = w
        ? `move it to ${w.templatePath}.metadata.annotations${key in w.annotations ? ' (it is already there: remove this copy)' : ''}`
        : 'set it on the pods (the pod template of their Deployment) instead';
      out.push(res.finding(MISPLACED_ANNOTATION, annotationPath('metadata', key),
        `annotation "${key}" applies to Pods only and has no effect on a ${res.kind}; ${fix}`));
    } else if (res.kind !== 'Service' && SERVICE_ANNOTATIONS.has(key)) {
      out.push(res.finding(MISPLACED_ANNOTATION, annotationPath('metadata', key),
        `annotation "${key}" applies to Services only and has no effect on a ${res.kind}; set it on the Service`));
    }
  }
}

function checkProxyResources(w: Workload, out: Finding[]): void {
  let count = 0;
  for (const k of PROXY_RESOURCE_ANNOTATIONS) if (w.annotations[k] !== undefined) count++;
  if (count === 0 || count === PROXY_RESOURCE_ANNOTATIONS.length) return;
  const present = PROXY_RESOURCE_ANNOTATIONS.filter((k) => w.annotations[k] !== undefined);
  const missing = PROXY_RESOURCE_ANNOTATIONS.filter((k) => w.annotations[k] === undefined);
  out.push(w.res.finding(PARTIAL_PROXY_RESOURCE_ANNOTATIONS, `${podMetadataPath(w)}.annotations`,
    `only ${present.join(', ')} ${present.length === 1 ? 'is' : 'are'} set; when any proxy resource annotation is ` +
    `present Istio drops all default proxy requests and limits, so the sidecar runs without ${missing.join(', ')}: ` +
    'set all four'));
}

function checkWorkloadLabels(w: Workload, out: Finding[]): void {
  for (const key of POD_LEVEL_LABELS) {
    const value = w.res.labels[key];
    if (value === undefined || w.labels[key] === value) continue;
    out.push(w.res.finding(MISPLACED_INJECTION_LABEL, `metadata.labels["${key}"]`,
      `label ${key}=${value} is on the ${w.res.kind}, but injection reads pod labels only, so it has no effect; ` +
      `set it in ${w.templatePath}.metadata.labels`));
  }
}
