/**
 * Deployments behind several Services (IST0116, IST0137): the sidecar builds one inbound listener per pod
 * port, so Services that expose the same port with different protocols, or the same target port under
 * different service ports, cannot all be served.
 */
import { Finding } from '../finding';
import { DEPLOYMENT_ASSOCIATED_TO_MULTIPLE_SERVICES, DEPLOYMENT_CONFLICTING_PORTS } from '../finding-codes';
import { isEmptyMap } from './labels';
import { MeshModel, Workload } from './model';
import { isIgnoredNamespace, isIstioControlPlane } from './namespaces';
import { asArray, asObject, asString, asStringMap, Resource } from './resource';
import { isGatewayManaged } from './service-ports';
import { isInMesh } from './workloads';
import { toNumber, toText } from '../util/plain-json';
import { pushTo } from '../util/multimap';

export function analyzeDeploymentServices(model: MeshModel, out: Finding[]): void {
  const servicesOf = new Map<Workload, Resource[]>();
  for (const svc of model.services) {
    const selector = asStringMap(svc.spec.selector);
    if (isEmptyMap(selector)) continue;
    for (const w of model.workloadIndex.select(svc.ns, selector)) {
      if (w.res.kind !== 'Deployment') continue;
      pushTo(servicesOf, w, svc);
    }
  }
  for (const [w, services] of servicesOf) {
    if (isIgnoredNamespace(w.res.ns) || isIstioControlPlane(w.res.labels)) continue;
    // Waypoints (and other gateways Istio deploys) serve Istio's own ports; only application Deployments in the mesh
    // have their inbound listeners built from these Services.
    if (isGatewayManaged(w.res.labels) || !isInMesh(w, model.namespaces.get(w.res.ns)?.labels, model.closedWorld)) continue;
    // Both checks are about several Services meeting on one pod (a single Service may expose 53/TCP and 53/UDP).
    if (services.length < 2) continue;
    checkProtocols(w, services, out);
    checkTargetPorts(w, services, out);
  }
}

function checkProtocols(w: Workload, services: readonly Resource[], out: Finding[]): void {
  const byPort = new Map<number, Map<string, string[]>>();
  for (const svc of services) {
    for (const p of asArray(svc.spec.ports)) {
      const port = asObject(p);
      const number = toNumber(port.port);
      const protocol = asString(port.protocol) || 'TCP';
      let protocols = byPort.get(number);
      if (!protocols) byPort.set(number, protocols = new Map());
      const names = protocols.get(protocol);
      if (names) names.push(svc.name); else protocols.set(protocol, [svc.name]);
    }
  }
  for (const [port, protocols] of byPort) {
    if (protocols.size < 2 || new Set([...protocols.values()].flat()).size < 2) continue;
    const detail = [...protocols].map(([protocol, names]) => `${protocol} (${names.join(', ')})`).join(' vs ');
    out.push(w.res.finding(DEPLOYMENT_ASSOCIATED_TO_MULTIPLE_SERVICES, 'spec.template.metadata.labels',
      `the Services selecting this Deployment expose port ${port} with different protocols: ${detail}; a pod port ` +
      'can serve one protocol only, so use one protocol per port number (or separate the pods)'));
  }
}

function checkTargetPorts(w: Workload, services: readonly Resource[], out: Finding[]): void {
  const containerPorts = new Map<string, string>();
  for (const c of asArray(w.podSpec.containers)) {
    for (const p of asArray(asObject(c).ports)) {
      const port = asObject(p);
      if (typeof port.name === 'string') containerPorts.set(port.name, toText(port.containerPort));
    }
  }
  const byTarget = new Map<string, { ports: Set<number>; services: Set<string> }>();
  for (const svc of services) {
    for (const p of asArray(svc.spec.ports)) {
      const port = asObject(p);
      const number = toNumber(port.port);
      const raw = port.targetPort === undefined || port.targetPort === 0 || port.targetPort === '' ?
        String(number) : toText(port.targetPort);
      const target = containerPorts.get(raw) ?? raw;
      let entry = byTarget.get(target);
      if (!entry) byTarget.set(target, entry = { ports: new Set(), services: new Set() });
      entry.ports.add(number);
      entry.services.add(svc.name);
    }
  }
  for (const [target, { ports, services: names }] of byTarget) {
    if (ports.size < 2 || names.size < 2) continue;
    out.push(w.res.finding(DEPLOYMENT_CONFLICTING_PORTS, 'spec.template.metadata.labels',
      `Services ${[...names].sort().join(', ')} send target port ${target} of this Deployment through different ` +
      `service ports (${[...ports].join(', ')}); Istio keeps one of them per target port, so give every Service ` +
      'the same port number for it'));
  }
}
