/**
 * Telemetry resources (IST0101, IST0157, IST0159, IST0160): access logging needs a provider, and each scope
 * (namespace, workload) may be configured by one Telemetry only.
 */
import { Finding } from '../finding';
import {
  CONFLICTING_TELEMETRY_WORKLOAD_SELECTORS, INVALID_TELEMETRY_PROVIDER, MULTIPLE_TELEMETRIES_WITHOUT_WORKLOAD_SELECTORS,
  REFERENCED_RESOURCE_NOT_FOUND,
} from '../finding-codes';
import { isEmptyMap, selectorString } from './labels';
import { MeshModel, Workload } from './model';
import { asArray, asObject, asStringMap, Resource } from './resource';
import { reportSharedWorkloads, selectedWorkloads, workloadName } from './sidecars';
import { pushTo } from '../util/multimap';

export function analyzeTelemetry(model: MeshModel, out: Finding[]): void {
  checkProviders(model, out);
  const namespaceWide = new Map<string, Resource[]>();
  const byWorkload = new Map<Workload, Resource[]>();
  for (const t of model.telemetries) {
    const spec = t.spec;
    if (isUnset(spec.selector) && isUnset(spec.targetRef) && asArray(spec.targetRefs).length === 0) {
      pushTo(namespaceWide, t.ns, t);
      continue;
    }
    const selector = asStringMap(asObject(spec.selector).matchLabels);
    if (isEmptyMap(selector)) continue;
    const found = selectedWorkloads(model, t.ns, selector);
    if (found === undefined) continue;
    if (found.length === 0) {
      out.push(t.finding(REFERENCED_RESOURCE_NOT_FOUND, 'spec.selector.matchLabels',
        `selector "${selectorString(selector)}" matches no pod in namespace "${t.ns}"; fix the labels to match ` +
        'the pod template labels of the workload this Telemetry is for'));
      continue;
    }
    for (const w of found) pushTo(byWorkload, w, t);
  }
  for (const [ns, list] of namespaceWide) {
    if (list.length < 2) continue;
    const names = list.map((t) => t.name).sort().join(', ');
    const scope = ns === model.mesh.rootNamespace ? 'mesh-wide (root namespace)' : `namespace-wide in "${ns}"`;
    for (const t of list) {
      out.push(t.finding(MULTIPLE_TELEMETRIES_WITHOUT_WORKLOAD_SELECTORS, '',
        `several Telemetries without selector are ${scope} (${names}) and Istio applies only one of them; merge ` +
        'them into one'));
    }
  }
  reportSharedWorkloads(byWorkload, (t, names, w) => out.push(t.finding(CONFLICTING_TELEMETRY_WORKLOAD_SELECTORS,
    'spec.selector.matchLabels',
    `Telemetries ${names} all select ${workloadName(w)} and Istio applies only one of them; make the selectors ` +
    'disjoint or merge the Telemetries')));
}

/** Absent or null, as Go sees a nil message. */
function isUnset(value: unknown): boolean {
  return value === undefined || value === null;
}

function checkProviders(model: MeshModel, out: Finding[]): void {
  if ((model.mesh.defaultAccessLogProviders ?? []).length > 0) return;
  for (const t of model.telemetries) {
    asArray(t.spec.accessLogging).forEach((entry, index) => {
      // `disabled: true` turns logging off on purpose: nothing to log, nothing to warn about (providers.go).
      if (asArray(asObject(entry).providers).length > 0 || asObject(entry).disabled === true) return;
      out.push(t.finding(INVALID_TELEMETRY_PROVIDER, `spec.accessLogging[${index}]`,
        'this accessLogging entry names no provider and meshConfig.defaultProviders.accessLogging is empty, so ' +
        'nothing is logged; add `providers: [{name: envoy}]` (the built-in file logger) or set a default provider'));
    });
  }
}
