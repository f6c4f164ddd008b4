/**
 * WorkloadEntry and WorkloadGroup (networking.istio.io, any served version), as istiod's ValidateWorkloadEntry /
 * ValidateWorkloadGroup check them: the address (IP, FQDN or unix socket), named ports, labels, and the
 * WorkloadGroup readiness probe.
 */
import { portNameError, validateLabels } from './common';
import { fqdnError } from './hosts';
import { headerNameError } from './http-names';
import { isIpAddress, portError, UNIX_ADDRESS_PREFIX, unixAddressError } from './net';
import { entries, int, isObj, keyPath, list, num, Obj, str } from '../util/plain-json';
import { WebhookReport } from './report';

export function validateWorkloadEntry(r: WebhookReport, spec: Obj): void {
  const address = str(spec.address);
  if (address === '') {
    if (str(spec.network) === '') {
      r.error('spec.address', 'address is required');
      return;
    }
    r.warning('spec.address', `address is unset with network "${str(spec.network)}"`);
  }
  // Without a ServiceEntry the resolution is unknown, so an FQDN is as good as an IP.
  if (address.startsWith(UNIX_ADDRESS_PREFIX)) {
    r.errorIf('spec.address', unixAddressError(address.slice(UNIX_ADDRESS_PREFIX.length)));
    if (entries(spec.ports).length > 0) r.error('spec.ports', `unix endpoint ${address} must not include ports`);
  } else if (address !== '' && !isIpAddress(address) && fqdnError(address) !== undefined) {
    r.error('spec.address', `endpoint address "${address}" is not a valid FQDN or an IP address`);
  }
  for (const [name, port] of entries(spec.ports)) {
    const p = keyPath('spec.ports', name);
    r.errorIf(p, portNameError(name));
    const number = int(port);
    if (number !== undefined) r.errorIf(p, portError(number));
  }
  validateLabels(r, 'spec.labels', spec.labels);
}

export function validateWorkloadGroup(r: WebhookReport, spec: Obj): void {
  // The template is not checked like a WorkloadEntry: istiod fills in its address when a workload registers.
  if (!isObj(spec.template)) r.error('spec.template', 'template is required');
  if (isObj(spec.metadata)) validateLabels(r, 'spec.metadata.labels', spec.metadata.labels);
  if (isObj(spec.probe)) validateProbe(r, 'spec.probe', spec.probe);
}

const PROBE_COUNTERS = ['periodSeconds', 'initialDelaySeconds', 'timeoutSeconds', 'successThreshold', 'failureThreshold'];
const HEALTH_CHECKS = ['httpGet', 'tcpSocket', 'exec', 'grpc'];

function validateProbe(r: WebhookReport, path: string, probe: Obj): void {
  for (const field of PROBE_COUNTERS) {
    const value = num(probe[field]);
    if (value !== undefined && value < 0) r.error(`${path}.${field}`, `${field} must be non-negative (it has ${value})`);
  }
  const method = HEALTH_CHECKS.find((m) => isObj(probe[m]));
  if (method === undefined) {
    r.error(path, `readiness probe needs a health check method: one of ${HEALTH_CHECKS.join(', ')}`);
    return;
  }
  const check = probe[method] as Obj;
  const p = `${path}.${method}`;
  if (method === 'exec') {
    if (list(check.command).length === 0) r.error(`${p}.command`, 'exec.command is required');
    return;
  }
  r.errorIf(`${p}.port`, portError(int(check.port) ?? 0));
  if (method !== 'httpGet') return;
  const scheme = str(check.scheme);
  if (scheme !== '' && scheme !== 'HTTP' && scheme !== 'HTTPS') {
    r.error(`${p}.scheme`, `httpGet.scheme must be one of "HTTP", "HTTPS" (it has "${scheme}")`);
  }
  list(check.httpHeaders).forEach((h, i) => {
    if (isObj(h)) r.errorIf(`${p}.httpHeaders[${i}].name`, headerNameError(str(h.name)));
  });
}
