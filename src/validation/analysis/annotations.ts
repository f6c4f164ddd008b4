/**
 * Istio annotations and labels in the wrong place (IST0107, CDK8SISTIO-004, CDK8SISTIO-005), and alpha-phase
 * annotations (IST0136), on the own metadata of Namespaces, Services and workloads, as Istio's annotation analyzer
 * reads them. Injection reads pod metadata only: on a Deployment (instead of its pod template) these settings do
 * nothing.
 */
import { Finding } from '../finding';
import { FeatureStatus, ISTIO_ANNOTATIONS } from './annotation-table';
import { ALPHA_ANNOTATION, MISPLACED_ANNOTATION, MISPLACED_INJECTION_LABEL, PARTIAL_PROXY_RESOURCE_ANNOTATIONS } from '../finding-codes';
import { MeshModel, Workload } from './model';
import { DATAPLANE_MODE_LABEL, PROXY_RESOURCE_ANNOTATIONS, REVISION_LABEL, SIDECAR_INJECT } from '../util/istio-names';
import { Resource } from './resource';
import { podMetadataPath } from './workloads';

const POD_LEVEL_LABELS = [SIDECAR_INJECT, REVISION_LABEL, DATAPLANE_MODE_LABEL];

export function annotationPath(metadataPath: string, key: string): string {
  return `${metadataPath}.annotations["${key}"]`;
}

/** The kinds whose own metadata Istio's annotation analyzer reads (ISTIO-VALIDATION-RULES.md §10, K8sAnalyzer). */
const ISTIO_ANNOTATION_ANALYZER_KINDS: ReadonlySet<string> = new Set(['Namespace', 'Service', 'Pod', 'Deployment']);

/** The objects Istio's annotation analyzer looks at (their own metadata, not pod templates), in input order per kind. */
export function annotatedObjects(model: MeshModel): Resource[] {
  const out: Resource[] = [...model.namespaces.values(), ...model.services];
  for (const w of model.workloads) if (ISTIO_ANNOTATION_ANALYZER_KINDS.has(w.res.kind)) out.push(w.res);
  return out;
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

/** `Pods`, `Gateways`; `Ingress objects`, `Service, ServiceEntry objects` where a plural would read badly. */
/** Ends in 's', or in 'y' after a consonant (`/(s|[^aeiou]y)$/`): adding an 's' would read badly. */
function readsAsPlural(kind: string): boolean {
  return kind.endsWith('s') || (kind.length > 1 && kind.endsWith('y') && !'aeiou'.includes(kind[kind.length - 2]));
}

function kindList(kinds: readonly string[]): string {
  return kinds.length === 1 && !readsAsPlural(kinds[0]) ? `${kinds[0]}s` : `${kinds.join(', ')} objects`;
}

function checkPlacement(res: Resource, w: Workload | undefined, out: Finding[]): void {
  for (const key in res.annotations) {
    const known = ISTIO_ANNOTATIONS.get(key);
    if (known === undefined) continue;
    if (known.kinds.length > 0 && !known.kinds.includes(res.kind)) {
      out.push(res.finding(MISPLACED_ANNOTATION, annotationPath('metadata', key), misplacedMessage(key, known.kinds, res, w)));
    } else if (known.status === FeatureStatus.ALPHA) {
      out.push(res.finding(ALPHA_ANNOTATION, annotationPath('metadata', key),
        `Annotation "${key}" is part of an alpha-phase feature and may be incompletely supported.`));
    }
  }
}

function misplacedMessage(key: string, kinds: readonly string[], res: Resource, w: Workload | undefined): string {
  const where = `annotation "${key}" applies to ${kindList(kinds)} only and has no effect on a ${res.kind}`;
  if (kinds.length === 1 && kinds[0] === 'Pod') {
    const fix = w
      ? `move it to ${w.templatePath}.metadata.annotations${key in w.annotations ? ' (it is already there: remove this copy)' : ''}`
      : 'set it on the pods (the pod template of their Deployment) instead';
    return `${where}; ${fix}`;
  }
  return `${where}; set it on the ${kinds.length === 1 ? kinds[0] : 'right object'}`;
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
