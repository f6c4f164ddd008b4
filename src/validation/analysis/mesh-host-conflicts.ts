/**
 * IST0109: two VirtualServices bound to the mesh gateway for the same host in the same visibility scope.
 * Istio merges them in an unspecified order, so one of them silently loses routes.
 */
import { Finding } from '../finding';
import { CONFLICTING_MESH_GATEWAY_VIRTUAL_SERVICE_HOSTS } from './codes';
import { exportScopes, exportToOf, EXPORT_ALL, toFqdn } from './hosts';
import { MeshModel } from './model';
import { asArray, asString, Resource } from './resource';

interface HostUse {
  readonly vs: Resource;
  readonly index: number;
}

function isMeshBound(vs: Resource): boolean {
  const gateways = asArray(vs.spec.gateways);
  return gateways.length === 0 || gateways.some((g) => g === 'mesh');
}

export function analyzeMeshHostConflicts(model: MeshModel, out: Finding[]): void {
  const uses = new Map<string, HostUse[]>();
  for (const vs of model.virtualServices) {
    if (!isMeshBound(vs)) continue;
    // Istio's analyzer scopes a VirtualService exported anywhere short of everywhere to its own namespace.
    const scope = exportScopes(exportToOf(vs.spec), vs.ns).includes(EXPORT_ALL) ? EXPORT_ALL : vs.ns;
    asArray(vs.spec.hosts).forEach((h, index) => {
      const host = asString(h);
      if (!host) return;
      const key = `${scope}/${toFqdn(vs.ns, host)}`;
      const list = uses.get(key);
      if (!list) uses.set(key, [{ vs, index }]);
      else if (!list.some((u) => u.vs === vs)) list.push({ vs, index });
    });
  }
  const reported = new Set<Resource>();
  for (const [key, list] of uses) {
    if (list.length < 2) continue;
    const host = key.slice(key.indexOf('/') + 1);
    const names = list.map((u) => `${u.vs.ns}/${u.vs.name}`).sort();
    for (const { vs, index } of list) {
      if (reported.has(vs)) continue;
      reported.add(vs);
      const others = names.filter((n) => n !== `${vs.ns}/${vs.name}`).join(', ');
      out.push(vs.finding(CONFLICTING_MESH_GATEWAY_VIRTUAL_SERVICE_HOSTS, `spec.hosts[${index}]`,
        `VirtualServices ${names.join(', ')} all bind host "${host}" to the mesh gateway` +
        `${key.startsWith(EXPORT_ALL + '/') ? '' : ` in namespace "${vs.ns}"`}, and Istio keeps only one of them ` +
        `per host: merge their http routes into one VirtualService (conflicts with ${others})`));
    }
  }
}
