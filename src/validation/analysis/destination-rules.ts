/**
 * DestinationRule hosts and subsets (IST0173, IST0174): a subset must select running pods of its Service
 * (else the route to it answers 503 "no healthy upstream"), and the host must be a known Service or ServiceEntry.
 */
import { Finding } from '../finding';
import { DESTINATION_RULE_SUBSET_NOT_SELECT_PODS, UNKNOWN_DESTINATION_RULE_HOST } from '../finding-codes';
import { clusterNamespaceOf, hostCovers, toFqdn } from './hosts';
import { isEmptyMap, selectorString } from './labels';
import { MeshModel, NODE_LOCALITY_LABELS, Workload } from './model';
import { asArray, asObject, asString, asStringMap, Resource, StringMap } from './resource';
import { runsPods } from './workloads';

function isNodeLabel(key: string): boolean {
  return NODE_LOCALITY_LABELS.includes(key) || key.startsWith('topology.kubernetes.io/') || key.startsWith('topology.istio.io/');
}

export function analyzeDestinationRules(model: MeshModel, out: Finding[]): void {
  const seWildcards = model.wildcardHosts.map((w) => w.entry.host);
  for (const dr of model.destinationRules) {
    const host = asString(dr.spec.host);
    if (!host) continue;
    const fqdn = toFqdn(dr.ns, host);
    if (!hostKnown(model, fqdn, seWildcards)) {
      if (reportUnknown(model, dr.ns, host)) {
        out.push(dr.finding(UNKNOWN_DESTINATION_RULE_HOST, 'spec.host',
          `host "${host}" (${fqdn}) matches no Service or ServiceEntry, so this DestinationRule applies to nothing; ` +
          'fix the host name (short names resolve in the DestinationRule\'s own namespace) or create the Service'));
      }
      continue;
    }
    const svc = model.serviceByFqdn.get(fqdn);
    if (svc) checkSubsets(model, dr, svc, out);
  }
}

function hostKnown(model: MeshModel, fqdn: string, seWildcards: readonly string[]): boolean {
  if (model.knownHosts.has(fqdn)) return true;
  if (seWildcards.some((w) => hostCovers(w, fqdn))) return true;
  if (!fqdn.startsWith('*')) return false;
  for (const known of model.knownHosts) if (hostCovers(fqdn, known)) return true;
  return false;
}

function reportUnknown(model: MeshModel, namespace: string, host: string): boolean {
  const target = clusterNamespaceOf(namespace, host);
  if (target !== undefined) return model.holdsServicesOf(target);
  return model.hasServiceEntries;
}

function checkSubsets(model: MeshModel, dr: Resource, svc: Resource, out: Finding[]): void {
  const selector = asStringMap(svc.spec.selector);
  if (isEmptyMap(selector) || !model.holdsWorkloadsOf(svc.ns)) return;
  asArray(dr.spec.subsets).forEach((s, i) => {
    const subset = asObject(s);
    const labels = asStringMap(subset.labels);
    const wanted: { [key: string]: string } = { ...selector };
    // Locality labels come from the Node a pod runs on: judged on Pods when the inputs hold Nodes (or are the whole
    // cluster); a pod template's node is unknown, so it may match any of them.
    const fromNode: { [key: string]: string } = {};
    let conflict: string | undefined;
    for (const key in labels) {
      if (isNodeLabel(key)) {
        fromNode[key] = labels[key];
        continue;
      }
      if (Object.hasOwn(wanted, key) && wanted[key] !== labels[key]) conflict = key;
      wanted[key] = labels[key];
    }
    const judgeNodes = !isEmptyMap(fromNode) && (model.nodeLabels.size > 0 || model.closedWorld);
    const onNode = (w: Workload) => !judgeNodes || w.templatePath !== '' || nodeLabelsMatch(model.endpointLabels(w), fromNode);
    const name = asString(subset.name);
    if (conflict !== undefined) {
      out.push(dr.finding(DESTINATION_RULE_SUBSET_NOT_SELECT_PODS, `spec.subsets[${i}].labels`,
        `subset "${name}" requires ${conflict}=${labels[conflict]} but ${svc.origin} selects ` +
        `${conflict}=${selector[conflict]}, so no pod can be in both; fix the subset labels`));
      return;
    }
    if (model.workloadIndex.selectsAny(svc.ns, wanted, (w) => runsPods(w) && onNode(w))) return;
    const scaledToZero = model.workloadIndex.selectsAny(svc.ns, wanted, onNode);
    out.push(dr.finding(DESTINATION_RULE_SUBSET_NOT_SELECT_PODS, `spec.subsets[${i}]`,
      `subset "${name}" selects no pod: ${scaledToZero ? 'the only matching workloads are scaled to 0 replicas' :
        `no pod or pod template in namespace "${svc.ns}" has the labels ${selectorString({ ...wanted, ...(judgeNodes ? fromNode : {}) })}`} ` +
      `(${svc.origin} selector plus the subset labels), so traffic routed to it fails with 503; deploy that ` +
      'version (e.g. the canary Deployment) or fix the subset labels'));
  });
}


function nodeLabelsMatch(labels: StringMap, wanted: StringMap): boolean {
  for (const key in wanted) if (labels[key] !== wanted[key]) return false;
  return true;
}
