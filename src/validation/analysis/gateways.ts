/**
 * Istio Gateways (IST0101): the selector must pick gateway pods somewhere, and each TLS credential must name a
 * Secret in the namespace of those pods. Ingress gateway pods and their Secrets are usually installed apart from
 * the routes, so these references are only judged when the inputs are the whole cluster (`closedWorld`), or, for
 * Secrets, when the inputs hold that namespace's Secrets.
 */
import { Finding } from '../finding';
import { REFERENCED_RESOURCE_NOT_FOUND } from '../finding-codes';
import { selectorString } from './labels';
import { MeshModel, Workload } from './model';
import { asArray, asObject, asString, asStringMap, Resource } from './resource';

export function analyzeGateways(model: MeshModel, out: Finding[]): void {
  for (const gw of model.gateways) {
    const selector = asStringMap(gw.spec.selector);
    const pods = podsSelected(model, selector);
    if (pods === undefined && model.closedWorld) {
      out.push(gw.finding(REFERENCED_RESOURCE_NOT_FOUND, 'spec.selector',
        `Referenced selector not found: "${selectorString(selector)}" (no pod in any namespace has these labels, so no ` +
        'gateway serves this Gateway); fix the selector to match the gateway Deployment\'s pod labels'));
    }
    // Istio reads credentials in the namespace of the gateway pods (the first one selected), else the Gateway's own.
    checkCredentials(model, gw, pods?.res.ns ?? gw.ns, out);
  }
}

/** The first workload (any namespace) the selector picks; undefined when none does. */
function podsSelected(model: MeshModel, selector: ReturnType<typeof asStringMap>): Workload | undefined {
  for (const ns of model.workloadIndex.namespaceNames) {
    const found = model.workloadIndex.select(ns, selector);
    if (found.length > 0) return found[0];
  }
  return undefined;
}

function checkCredentials(model: MeshModel, gw: Resource, podNamespace: string, out: Finding[]): void {
  asArray(gw.spec.servers).forEach((s, i) => {
    const tls = asObject(asObject(s).tls);
    const names: [string, string][] = [];
    const single = asString(tls.credentialName);
    if (single) names.push([`spec.servers[${i}].tls.credentialName`, single]);
    asArray(tls.credentialNames).forEach((n, j) => {
      if (asString(n)) names.push([`spec.servers[${i}].tls.credentialNames[${j}]`, asString(n)]);
    });
    for (const [path, name] of names) {
      // Other credential providers (`sds://…`, `kubernetes-gateway://…`) are not Secrets of this namespace.
      if (name.includes('://')) continue;
      const slash = name.indexOf('/');
      const ns = slash < 0 ? podNamespace : name.slice(0, slash);
      const secret = slash < 0 ? name : name.slice(slash + 1);
      if (!model.holdsSecretsOf(ns) || model.secrets.has(`${ns}/${secret}`)) continue;
      out.push(gw.finding(REFERENCED_RESOURCE_NOT_FOUND, path,
        `Referenced credentialName not found: "${name}" (no Secret ${ns}/${secret}, the namespace of the gateway ` +
        'pods, in the inputs), so this TLS server has no certificate and its listener is not served; create the ' +
        'Secret there or fix the name'));
    }
  });
}
