/**
 * IST0109: two VirtualServices bound to the mesh gateway for the same host in the same visibility scope.
 * Istio merges them in an unspecified order, so one of them silently loses routes.
 *
 * As Istio's analyzer: each exportTo entry is its own scope (`*` when exportTo is empty or holds `*`), keyed
 * `scope/fqdn`; a namespace-scoped key also conflicts with VirtualServices exported everywhere whose host
 * matches it, wildcards included. Work and report stay linear: hosts exported everywhere are indexed by their
 * dot-aligned suffixes, and each finding names at most a few of its peers.
 */
import { Finding } from '../finding';
import { CONFLICTING_MESH_GATEWAY_VIRTUAL_SERVICE_HOSTS } from '../finding-codes';
import { exportScopes, exportToOf, EXPORT_ALL, hostCovers, toFqdn } from './hosts';
import { MeshModel } from './model';
import { asArray, asString, Resource } from './resource';
import { pushTo } from '../util/multimap';

/** How many peers a finding names before "and N more". */
export const MAX_NAMED_PEERS = 5;

interface HostUse {
  readonly vs: Resource;
  readonly index: number;
  readonly host: string;
}

function isMeshBound(vs: Resource): boolean {
  const gateways = asArray(vs.spec.gateways);
  return gateways.length === 0 || gateways.some((g) => g === 'mesh');
}

/** `a.b.c` → `.b.c`, `.c` (and the whole name): the suffixes a `*`-prefixed host can end with, on label boundaries. */
function dotSuffixes(name: string): string[] {
  const out = [name];
  for (let i = name.indexOf('.'); i >= 0; i = name.indexOf('.', i + 1)) out.push(name.slice(i));
  return out;
}

/** Mesh-bound uses of hosts exported to every namespace, indexed for wildcard matching in both directions. */
class ExportedEverywhere {
  /** fqdn → uses. */
  public readonly exact = new Map<string, HostUse[]>();
  /** Dot-aligned suffix (wildcard hosts without their `*`) → uses whose host ends with it. */
  private readonly bySuffix = new Map<string, HostUse[]>();
  /** `*`-prefixed hosts by the part after `*`, when it starts on a label boundary (`.foo.com`). */
  private readonly wildcards = new Map<string, HostUse[]>();
  /** Wildcards whose `*` is not a whole label (`*foo.com`): rare, scanned. */
  private readonly oddWildcards: HostUse[] = [];

  public add(use: HostUse): void {
    pushTo(this.exact, use.host, use);
    const bare = use.host.startsWith('*') ? use.host.slice(1) : use.host;
    for (const s of dotSuffixes(bare)) pushTo(this.bySuffix, s, use);
    if (use.host.startsWith('*')) {
      if (bare === '' || bare.startsWith('.')) pushTo(this.wildcards, bare, use);
      else this.oddWildcards.push(use);
    }
  }

  /** Uses whose host matches `host` (Istio's host.Name.Matches), excluding exact equality (looked up apart). */
  public matching(host: string, visit: (use: HostUse) => void): void {
    const bare = host.startsWith('*') ? host.slice(1) : host;
    // Exported wildcards covering this host: `*.foo.com` for `a.foo.com` (and `*` for anything).
    for (const s of ['', ...dotSuffixes(bare)]) for (const u of this.wildcards.get(s) ?? []) if (u.host !== host) visit(u);
    for (const u of this.oddWildcards) if (u.host !== host && hostCovers(u.host, host)) visit(u);
    // This host is a wildcard: exported hosts it covers (`a.foo.com`, `*.a.foo.com` for `*.foo.com`).
    if (host.startsWith('*')) {
      const candidates = bare === '' ? [...this.exact.values()].flat() : bare.startsWith('.') ? this.bySuffix.get(bare) ?? [] :
        [...this.exact.values()].flat();
      for (const u of candidates) if (u.host !== host && hostCovers(host, u.host)) visit(u);
    }
  }
}

function nameOf(vs: Resource): string {
  return `${vs.ns}/${vs.name}`;
}

export function analyzeMeshHostConflicts(model: MeshModel, out: Finding[]): void {
  const everywhere = new ExportedEverywhere();
  const scoped = new Map<string, HostUse[]>();
  for (const vs of model.virtualServices) {
    if (!isMeshBound(vs)) continue;
    const scopes = exportScopes(exportToOf(vs.spec), vs.ns);
    asArray(vs.spec.hosts).forEach((h, index) => {
      const raw = asString(h);
      if (!raw) return;
      const use = { vs, index, host: toFqdn(vs.ns, raw) };
      if (scopes.includes(EXPORT_ALL)) everywhere.add(use);
      else for (const scope of new Set(scopes)) pushTo(scoped, `${scope}/${use.host}`, use);
    });
  }
  const reported = new Set<Resource>();
  const report = (key: string, uses: readonly HostUse[]) => {
    const byVs = new Map<Resource, HostUse>();
    for (const u of uses) if (!byVs.has(u.vs)) byVs.set(u.vs, u);
    if (byVs.size < 2) return;
    const names = [...byVs.keys()].map(nameOf).sort();
    for (const [vs, use] of byVs) {
      if (reported.has(vs)) continue;
      reported.add(vs);
      out.push(vs.finding(CONFLICTING_MESH_GATEWAY_VIRTUAL_SERVICE_HOSTS, `spec.hosts[${use.index}]`,
        conflictMessage(key, vs, names)));
    }
  };
  for (const [host, uses] of everywhere.exact) report(`${EXPORT_ALL}/${host}`, uses);
  for (const [key, uses] of scoped) {
    const host = key.slice(key.indexOf('/') + 1);
    const merged = [...uses, ...(everywhere.exact.get(host) ?? [])];
    everywhere.matching(host, (u) => merged.push(u));
    report(key, merged);
  }
}

/** Names at most MAX_NAMED_PEERS other VirtualServices, so that the report grows linearly with the conflict. */
function conflictMessage(key: string, vs: Resource, sortedNames: readonly string[]): string {
  const self = nameOf(vs);
  const shown: string[] = [];
  for (const n of sortedNames) {
    if (shown.length === MAX_NAMED_PEERS) break;
    if (n !== self) shown.push(n);
  }
  const more = sortedNames.length - 1 - shown.length;
  const peers = shown.join(', ') + (more > 0 ? ` and ${more.toLocaleString('en-US')} more` : '');
  const slash = key.indexOf('/');
  const scope = key.slice(0, slash);
  const where = scope === EXPORT_ALL ? '' : ` for namespace "${scope}"`;
  return `VirtualService ${self} and ${peers} all bind host "${key.slice(slash + 1)}" to the mesh gateway${where}, and ` +
    'Istio keeps only one of them per host: merge their http routes into one VirtualService';
}
