/**
 * Recognizes per-version Services from what the objects say: a Service whose selector is another Service's
 * selector (in the same namespace) plus one version label selects one version of that Service's pods, so routes
 * to it are routes to that version. This is how Gateway API canaries split (HTTPRoute has no subsets), whether
 * our renderer or a hand-written manifest made the Services; the names do not matter.
 */
import { toFqdn } from '../validation/analysis/hosts';
import { MeshModel } from '../validation/analysis/model';
import { asArray, asObject, asString, asStringMap, Resource, StringMap } from '../validation/analysis/resource';

/** Label keys that name a version by convention (Istio's canonical revision reads the first two). */
const VERSION_LABEL_KEYS = ['version', 'app.kubernetes.io/version', 'service.istio.io/canonical-revision'];

export interface VersionService {
  /** FQDN of the Service it is a version of. */
  readonly parentFqdn: string;
  /** The version's name: the DestinationRule subset selecting the same pods, else the version label's value. */
  readonly version: string;
}

/** A selector as a lookup key: its entries sorted, so that equal selectors give equal keys. */
function selectorKey(namespace: string, selector: StringMap, without?: string): string {
  const entries = Object.keys(selector).filter((k) => k !== without).sort().map((k) => [k, selector[k]]);
  return JSON.stringify([namespace, entries]);
}

function selectorOf(svc: Resource): StringMap {
  return asStringMap(svc.spec.selector);
}

/** host FQDN → its DestinationRule subsets (name and labels). */
function subsetsByHost(model: MeshModel): Map<string, { name: string; labels: StringMap }[]> {
  const byHost = new Map<string, { name: string; labels: StringMap }[]>();
  for (const dr of model.destinationRules) {
    const host = asString(dr.spec.host);
    if (!host) continue;
    const fqdn = toFqdn(dr.ns, host);
    const list = byHost.get(fqdn) ?? [];
    for (const s of asArray(dr.spec.subsets).map(asObject)) {
      const name = asString(s.name);
      if (name) list.push({ name, labels: asStringMap(s.labels) });
    }
    byHost.set(fqdn, list);
  }
  return byHost;
}

/**
 * The per-version Services of the inputs by FQDN. The extra selector key must be a version label: one of the
 * conventional keys, or a key the parent's DestinationRule subsets select versions by; a Service that narrows
 * its parent by any other label (a tier, a role) stays a separate Service.
 */
export function versionServices(model: MeshModel): Map<string, VersionService> {
  const byParentSelector = new Map<string, Resource>();
  for (const svc of model.services) {
    const selector = selectorOf(svc);
    if (Object.keys(selector).length > 0) byParentSelector.set(selectorKey(svc.ns, selector), svc);
  }
  const subsets = subsetsByHost(model);
  const found = new Map<string, VersionService>();
  for (const svc of model.services) {
    const selector = selectorOf(svc);
    const keys = Object.keys(selector);
    if (keys.length < 2) continue;
    for (const key of keys) {
      const parent = byParentSelector.get(selectorKey(svc.ns, selector, key));
      if (parent === undefined) continue;
      const parentFqdn = toFqdn(parent.ns, parent.name);
      const parentSubsets = subsets.get(parentFqdn) ?? [];
      if (!VERSION_LABEL_KEYS.includes(key) && !parentSubsets.some((s) => key in s.labels)) continue;
      const value = selector[key];
      const same = parentSubsets.find((s) => Object.keys(s.labels).every((k) => selector[k] === s.labels[k]) && s.labels[key] === value);
      found.set(toFqdn(svc.ns, svc.name), { parentFqdn, version: same?.name ?? value });
      break;
    }
  }
  return found;
}
