/**
 * Sidecar resources (IST0101, IST0110, IST0111, IST0167): each workload must be scoped by at most one Sidecar,
 * each namespace by at most one selector-less Sidecar, and a Sidecar means nothing to ambient workloads.
 */
import { Finding } from '../finding';
import {
  CONFLICTING_SIDECAR_WORKLOAD_SELECTORS, INEFFECTIVE_POLICY, MULTIPLE_SIDECARS_WITHOUT_WORKLOAD_SELECTORS,
  REFERENCED_RESOURCE_NOT_FOUND,
} from '../finding-codes';
import { isEmptyMap, selectorString } from './labels';
import { MeshModel, Workload } from './model';
import { MeshMode, meshModeOf } from './namespaces';
import { asObject, asStringMap, Resource } from './resource';
import { isAmbientWorkload } from './workloads';
import { pushTo } from '../util/multimap';

function namespaceModeOf(model: MeshModel, namespace: string): MeshMode | undefined {
  const ns = model.namespaces.get(namespace);
  return ns ? meshModeOf(ns.labels) : undefined;
}

/**
 * The workloads a selector picks, or undefined when the inputs hold no workloads at all (then they are only
 * mesh configuration, and a selector that matches nothing may well match a workload another tool deploys).
 * As in Istio, a selector only matches workloads of its own namespace.
 */
export function selectedWorkloads(model: MeshModel, namespace: string, selector: ReturnType<typeof asStringMap>):
Workload[] | undefined {
  if (model.workloads.length === 0) return undefined;
  return model.workloadIndex.select(namespace, selector);
}

/** Reports the objects that select the same workload (shared by Sidecar and Telemetry analysis). */
export function reportSharedWorkloads(
  byWorkload: Map<Workload, Resource[]>, report: (policy: Resource, others: string, w: Workload) => void,
): void {
  for (const [w, policies] of byWorkload) {
    if (policies.length < 2) continue;
    const names = policies.map((p) => `${p.ns}/${p.name}`).sort().join(', ');
    for (const p of policies) report(p, names, w);
  }
}

export function workloadName(w: Workload): string {
  return w.templatePath ? `${w.res.kind} ${w.res.ns}/${w.res.name}` : `pod ${w.res.ns}/${w.res.name}`;
}

export function analyzeSidecars(model: MeshModel, out: Finding[]): void {
  const namespaceWide = new Map<string, Resource[]>();
  const byWorkload = new Map<Workload, Resource[]>();
  for (const sc of model.sidecars) {
    const nsMode = namespaceModeOf(model, sc.ns);
    const selector = asStringMap(asObject(sc.spec.workloadSelector).labels);
    if (isEmptyMap(selector)) {
      pushTo(namespaceWide, sc.ns, sc);
      if (nsMode === MeshMode.AMBIENT) {
        out.push(sc.finding(INEFFECTIVE_POLICY, '',
          `namespace "${sc.ns}" is in ambient mode, where no sidecar proxy reads Sidecar resources; remove it, or ` +
          'scope the egress of ambient workloads with a waypoint instead'));
      }
      continue;
    }
    const found = selectedWorkloads(model, sc.ns, selector);
    if (found === undefined) continue;
    if (found.length === 0) {
      out.push(sc.finding(REFERENCED_RESOURCE_NOT_FOUND, 'spec.workloadSelector.labels',
        `workloadSelector "${selectorString(selector)}" matches no pod in namespace "${sc.ns}"; fix the labels to ` +
        'match the pod template labels of the workload this Sidecar is for'));
      continue;
    }
    if (found.every((w) => isAmbientWorkload(w, nsMode))) {
      out.push(sc.finding(INEFFECTIVE_POLICY, 'spec.workloadSelector.labels',
        `every workload selected by "${selectorString(selector)}" is in ambient mode, where no sidecar proxy reads ` +
        'Sidecar resources; remove it, or give those workloads a sidecar'));
    }
    for (const w of found) pushTo(byWorkload, w, sc);
  }
  for (const [ns, list] of namespaceWide) {
    if (list.length < 2) continue;
    const names = list.map((s) => s.name).sort().join(', ');
    for (const sc of list) {
      out.push(sc.finding(MULTIPLE_SIDECARS_WITHOUT_WORKLOAD_SELECTORS, '',
        `namespace "${ns}" has several Sidecars without workloadSelector (${names}) and Istio applies only one of ` +
        'them; merge them into one, or give the others a workloadSelector'));
    }
  }
  reportSharedWorkloads(byWorkload, (sc, names, w) => out.push(sc.finding(CONFLICTING_SIDECAR_WORKLOAD_SELECTORS,
    'spec.workloadSelector.labels',
    `Sidecars ${names} all select ${workloadName(w)} and Istio applies only one of them; make the selectors ` +
    'disjoint or merge the Sidecars')));
}
