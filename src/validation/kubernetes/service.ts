/** Service (KUBERNETES-VALIDATION-RULES.md §10). */
import { SchemaRun } from '../schema/run';
import { dns1123LabelError } from '../util/names';
import { list, obj, Obj } from '../util/plain-json';
import { checkServiceIPs } from './service-ips';
import { checkNumberOrPortName, checkPortNumber, invalid, objectItems, REQUIRED } from './fields';

export function checkService(o: Obj, run: SchemaRun): void {
  const spec = obj(o.spec);
  const type = spec.type ?? 'ClusterIP';
  const headless = spec.clusterIP === 'None' || (list(spec.clusterIPs).length === 1 && list(spec.clusterIPs)[0] === 'None');
  const ports = objectItems(spec.ports);
  if (ports.length === 0 && !headless && type !== 'ExternalName') run.error('spec.ports', REQUIRED);
  const names = new Set<string>();
  const pairs = new Set<string>();
  for (const [p, i] of ports) {
    const path = `spec.ports[${i}]`;
    if (typeof p.name !== 'string' || p.name === '') {
      if (ports.length > 1) run.error(`${path}.name`, REQUIRED);
    } else {
      const err = dns1123LabelError(p.name);
      if (err) run.error(`${path}.name`, invalid(p.name, err));
      if (names.has(p.name)) run.error(`${path}.name`, `Duplicate value: ${JSON.stringify(p.name)}`);
      names.add(p.name);
    }
    checkPortNumber(run, `${path}.port`, p.port, true);
    if (p.targetPort !== undefined && p.targetPort !== 0 && p.targetPort !== '') checkNumberOrPortName(run, `${path}.targetPort`, p.targetPort);
    const pair = `${String(p.protocol ?? 'TCP')}/${String(p.port)}`;
    if (pairs.has(pair)) run.error(path, `Duplicate value: ${JSON.stringify({ port: p.port, protocol: p.protocol ?? 'TCP' })}`);
    pairs.add(pair);
    if (p.nodePort !== undefined && p.nodePort !== 0) {
      if (type === 'ClusterIP') run.error(`${path}.nodePort`, "Forbidden: may not be used when `type` is 'ClusterIP'");
      else checkPortNumber(run, `${path}.nodePort`, p.nodePort, false);
    }
  }
  if ((type === 'LoadBalancer' || type === 'NodePort') && headless) {
    run.error('spec.clusterIPs[0]', `Invalid value: "None": may not be set to 'None' for ${type} services`);
  }
  if (type === 'ExternalName' && (typeof spec.externalName !== 'string' || spec.externalName === '')) run.error('spec.externalName', REQUIRED);
  checkServiceIPs(spec, type, run);
  if (spec.sessionAffinity !== 'ClientIP' && spec.sessionAffinityConfig !== undefined) {
    run.error('spec.sessionAffinityConfig', 'Invalid value: "object": must not be set when session affinity is None');
  }
  if (type !== 'LoadBalancer' && list(spec.loadBalancerSourceRanges).length > 0) {
    run.error('spec.loadBalancerSourceRanges', "Forbidden: may only be used when `type` is 'LoadBalancer'");
  }
  if ((type === 'ClusterIP' || type === 'ExternalName') && spec.externalTrafficPolicy !== undefined) {
    run.error('spec.externalTrafficPolicy', 'Invalid value: ' + JSON.stringify(spec.externalTrafficPolicy) + ': may only be set for externally-accessible services');
  }
}
