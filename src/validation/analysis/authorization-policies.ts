/**
 * AuthorizationPolicies (IST0127, IST0101): a policy must apply to some workload in the mesh, and the namespaces
 * its sources name must exist.
 *
 * IST0127 follows Istio's analyzer: in the root namespace only a selector is judged (against every namespace);
 * elsewhere a selector must match an in-mesh workload of the namespace, and a namespace-wide policy needs one too.
 * Judged where the inputs hold the namespace's workloads (or the whole cluster). Source namespaces are judged
 * only in a closed world, where the inputs list every Namespace.
 */
import { Finding } from '../finding';
import { NO_MATCHING_WORKLOADS_FOUND, REFERENCED_RESOURCE_NOT_FOUND } from '../finding-codes';
import { isEmptyMap, selectorString } from './labels';
import { MeshModel } from './model';
import { asArray, asObject, asString, asStringMap, Resource, StringMap } from './resource';
import { isInMesh } from './workloads';

export function analyzeAuthorizationPolicies(model: MeshModel, out: Finding[]): void {
  for (const ap of model.authorizationPolicies) {
    checkWorkloads(model, ap, out);
    if (model.holdsNamespaces) checkSourceNamespaces(model, ap, out);
  }
}

function inMeshSelected(model: MeshModel, namespace: string, selector: StringMap): boolean {
  const nsLabels = model.namespaces.get(namespace)?.labels;
  return model.workloadIndex.selectsAny(namespace, selector, (w) => isInMesh(w, nsLabels, model.closedWorld));
}

function checkWorkloads(model: MeshModel, ap: Resource, out: Finding[]): void {
  const selectorSet = asObject(ap.spec.selector).matchLabels !== undefined;
  const selector = asStringMap(asObject(ap.spec.selector).matchLabels);
  if (ap.ns === model.mesh.rootNamespace) {
    if (!selectorSet || isEmptyMap(selector) || !model.closedWorld) return;
    for (const ns of model.workloadIndex.namespaceNames) if (inMeshSelected(model, ns, selector)) return;
    report(ap, selector, 'in any namespace', out);
    return;
  }
  if (!model.holdsWorkloadsOf(ap.ns) || inMeshSelected(model, ap.ns, selector)) return;
  report(ap, selector, `in namespace "${ap.ns}"`, out);
}

function report(ap: Resource, selector: StringMap, where: string, out: Finding[]): void {
  const labels = selectorString(selector);
  out.push(ap.finding(NO_MATCHING_WORKLOADS_FOUND, isEmptyMap(selector) ? '' : 'spec.selector.matchLabels',
    `No matching workloads for this resource with the following labels: ${labels} (no workload in the mesh ${where}` +
    `${labels === '' ? '' : ' has them'}), so the policy applies to nothing; fix the selector or add the workload to the mesh`));
}

/** Istio's namespace match: `*` (any), `*suffix`, `prefix*`, else case-insensitive equality. */
function namespaceMatches(pattern: string, name: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*')) return name.endsWith(pattern.slice(1));
  if (pattern.endsWith('*')) return name.startsWith(pattern.slice(0, -1));
  return pattern.toLowerCase() === name.toLowerCase();
}

function checkSourceNamespaces(model: MeshModel, ap: Resource, out: Finding[]): void {
  const exact = new Set<string>();
  for (const name of model.namespaces.keys()) exact.add(name.toLowerCase());
  asArray(ap.spec.rules).forEach((rule, i) => {
    asArray(asObject(rule).from).forEach((from, j) => {
      const source = asObject(asObject(from).source);
      for (const field of ['namespaces', 'notNamespaces']) {
        asArray(source[field]).forEach((n, k) => {
          const pattern = asString(n);
          if (!pattern) return;
          const found = pattern.includes('*') ? [...model.namespaces.keys()].some((ns) => namespaceMatches(pattern, ns))
            : exact.has(pattern.toLowerCase());
          if (found) return;
          out.push(ap.finding(REFERENCED_RESOURCE_NOT_FOUND, `spec.rules[${i}].from[${j}].source.${field}[${k}]`,
            `Referenced namespace not found: "${pattern}" (no Namespace in the inputs matches it); fix the name`));
        });
      }
    });
  });
}
