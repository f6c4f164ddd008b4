/**
 * VirtualService destinations (IST0101, IST0112): every route and mirror destination must name a subset some
 * DestinationRule defines for that host, a host that is a Service or ServiceEntry, and a port that host exposes.
 */
import { Finding } from '../finding';
import {
  REFERENCED_RESOURCE_NOT_FOUND, VIRTUAL_SERVICE_DESTINATION_PORT_SELECTOR_REQUIRED,
} from '../finding-codes';
import { clusterNamespaceOf, exportScopes, exportToOf, EXPORT_ALL, hostCovers, resourceKeyOfHost, toFqdn } from './hosts';
import { MeshModel } from './model';
import { asArray, asObject, asString, Json, Resource } from './resource';
import { toNumber, toText } from '../util/plain-json';
import { pushTo } from '../util/multimap';

/** A destination inside a VirtualService; its field path is built only when a finding needs it. */
class RouteDestination {
  constructor(
    public readonly destination: Json,
    private readonly section: string,
    private readonly rule: number,
    private readonly index: number,
    public readonly mirror: boolean,
  ) {}

  /** e.g. `spec.http[0].route[1].destination`, `spec.http[0].mirror`, `spec.http[0].mirrors[1].destination`. */
  public get path(): string {
    if (this.section === 'mirror') return `spec.http[${this.rule}].mirror`;
    const list = this.section === 'mirrors' ? 'mirrors' : 'route';
    const section = this.section === 'mirrors' ? 'http' : this.section;
    return `spec.${section}[${this.rule}].${list}[${this.index}].destination`;
  }
}

/** Route destinations in Istio's order (tcp, tls, http), then http mirrors. */
function routeDestinations(spec: Json): RouteDestination[] {
  const out: RouteDestination[] = [];
  for (const section of ['tcp', 'tls', 'http']) {
    asArray(spec[section]).forEach((rule, i) => {
      asArray(asObject(rule).route).forEach((route, j) => {
        out.push(new RouteDestination(asObject(asObject(route).destination), section, i, j, false));
      });
    });
  }
  asArray(spec.http).forEach((rule, i) => {
    const r = asObject(rule);
    if (r.mirror !== undefined) out.push(new RouteDestination(asObject(r.mirror), 'mirror', i, 0, true));
    asArray(r.mirrors).forEach((m, j) => {
      out.push(new RouteDestination(asObject(asObject(m).destination), 'mirrors', i, j, true));
    });
  });
  return out;
}

interface SubsetOwner {
  readonly visibleIn: readonly string[];
  readonly fqdn: string;
  readonly subsets: ReadonlySet<string>;
}

class SubsetTable {
  /** Istio's pairing key (`ns/name` of the host) → subset names, ignoring exportTo as Istio does. */
  private readonly byKey = new Map<string, Set<string>>();
  private readonly byFqdn = new Map<string, SubsetOwner[]>();
  private readonly wildcards: SubsetOwner[] = [];

  constructor(model: MeshModel) {
    for (const dr of model.destinationRules) {
      const host = asString(dr.spec.host);
      if (!host) continue;
      const subsets = new Set<string>();
      for (const s of asArray(dr.spec.subsets)) {
        const name = asString(asObject(s).name);
        if (name) subsets.add(name);
      }
      const key = resourceKeyOfHost(dr.ns, host);
      const known = this.byKey.get(key);
      if (known) for (const s of subsets) known.add(s); else this.byKey.set(key, new Set(subsets));
      const owner: SubsetOwner = { visibleIn: exportScopes(exportToOf(dr.spec), dr.ns), fqdn: toFqdn(dr.ns, host), subsets };
      if (owner.fqdn.startsWith('*')) this.wildcards.push(owner);
      pushTo(this.byFqdn, owner.fqdn, owner);
    }
  }

  public defines(namespace: string, host: string, subset: string): boolean {
    if (this.byKey.get(resourceKeyOfHost(namespace, host))?.has(subset)) return true;
    const fqdn = toFqdn(namespace, host);
    const visible = (o: SubsetOwner) => o.visibleIn.includes(EXPORT_ALL) || o.visibleIn.includes(namespace);
    if (this.byFqdn.get(fqdn)?.some((o) => o.subsets.has(subset) && visible(o))) return true;
    return this.wildcards.some((o) => o.subsets.has(subset) && visible(o) && hostCovers(o.fqdn, fqdn));
  }

  /** Subsets defined for the host, for the hint in the message. */
  public known(namespace: string, host: string): string[] {
    return [...(this.byKey.get(resourceKeyOfHost(namespace, host)) ?? [])];
  }
}

export function analyzeDestinations(model: MeshModel, out: Finding[]): void {
  const subsets = new SubsetTable(model);
  for (const vs of model.virtualServices) {
    const exportTo = exportToOf(vs.spec);
    const destinations = routeDestinations(vs.spec);
    for (const d of destinations) checkSubset(vs, d, subsets, out);
    for (const d of destinations) checkHost(model, vs, exportTo, d, out);
  }
}

function checkSubset(vs: Resource, d: RouteDestination, subsets: SubsetTable, out: Finding[]): void {
  const host = asString(d.destination.host);
  const subset = asString(d.destination.subset);
  if (!host || !subset || subsets.defines(vs.ns, host, subset)) return;
  const known = subsets.known(vs.ns, host);
  const hint = known.length > 0
    ? `the DestinationRule for this host defines ${known.map((s) => `"${s}"`).join(', ')}: use one of them or add the subset`
    : `add a DestinationRule with host "${toFqdn(vs.ns, host)}" that defines subset "${subset}" (with the pod labels of that version)`;
  out.push(vs.finding(REFERENCED_RESOURCE_NOT_FOUND, `${d.path}.subset`,
    `${d.mirror ? 'mirror ' : ''}destination subset "${subset}" of host "${host}" is not defined by any DestinationRule; ${hint}`));
}

function checkHost(model: MeshModel, vs: Resource, exportTo: readonly unknown[], d: RouteDestination, out: Finding[]): void {
  const host = asString(d.destination.host);
  if (!host) return;
  const entry = model.lookupHost(vs.ns, exportTo, host);
  const what = d.mirror ? 'mirror host' : 'destination host';
  if (!entry) {
    if (!shouldReportMissingHost(model, vs.ns, host)) return;
    out.push(vs.finding(REFERENCED_RESOURCE_NOT_FOUND, `${d.path}.host`,
      `${what} "${host}" is not a Service or ServiceEntry visible from namespace "${vs.ns}"; ${missingHostHint(model, vs.ns, host)}`));
    return;
  }
  const port = asObject(d.destination.port);
  const numbers = entry.ports.map((p) => p.number);
  if (port.number === undefined) {
    if (entry.ports.length > 1) {
      out.push(vs.finding(VIRTUAL_SERVICE_DESTINATION_PORT_SELECTOR_REQUIRED, d.path,
        `${what} "${host}" exposes several ports (${numbers.join(', ')}); set port.number to the one this route targets`));
    }
    return;
  }
  if (!numbers.includes(toNumber(port.number))) {
    out.push(vs.finding(REFERENCED_RESOURCE_NOT_FOUND, `${d.path}.port.number`,
      `${what} "${host}" does not expose port ${toText(port.number)} (${entry.res.origin} exposes ` +
      `${numbers.length > 0 ? numbers.join(', ') : 'no ports'}); use one of its ports or add the port to it`));
  }
}

/**
 * A host we cannot resolve is only reported when the inputs describe where it should be: its namespace's
 * Services for cluster names, the mesh's ServiceEntries for external names.
 */
function shouldReportMissingHost(model: MeshModel, namespace: string, host: string): boolean {
  const target = clusterNamespaceOf(namespace, host);
  if (target !== undefined) return model.holdsServicesOf(target);
  const dotted = nameDotNamespace(host);
  if (dotted && model.holdsServicesOf(dotted.namespace)) return true;
  return model.hasServiceEntries;
}

function nameDotNamespace(host: string): { name: string; namespace: string } | undefined {
  const parts = host.split('.');
  return parts.length === 2 && parts[0] && parts[1] ? { name: parts[0], namespace: parts[1] } : undefined;
}

function missingHostHint(model: MeshModel, namespace: string, host: string): string {
  const dotted = nameDotNamespace(host);
  if (dotted) {
    const fqdn = `${dotted.name}.${dotted.namespace}.svc.cluster.local`;
    if (model.serviceByFqdn.has(fqdn)) {
      return `Istio does not expand "name.namespace" hosts: write "${fqdn}"`;
    }
  }
  if (clusterNamespaceOf(namespace, host) !== undefined) {
    return `create the Service "${toFqdn(namespace, host)}" or fix the host name (and check its exportTo)`;
  }
  return 'add a ServiceEntry for it (exported to this namespace) or fix the host name';
}
