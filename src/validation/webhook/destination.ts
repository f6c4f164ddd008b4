/**
 * Route destinations of VirtualService (http, tcp, tls, mirrors) and the weights between them.
 */
import { isIstioLabelName } from '../util/names';
import { validateHeaderOperations } from './http-names';
import { wildcardDomainError } from './hosts';
import { portError } from './net';
import { int, isObj, list, obj } from '../util/plain-json';
import { WebhookReport } from './report';
import { presentMessage } from './common';

/** istiod's validateSubsetName: non-empty and a DNS-1123 label (upper case allowed, no dots). */
export function subsetNameError(name: string): string | undefined {
  if (name === '') return 'subset name cannot be empty';
  if (!isIstioLabelName(name)) {
    return `subset name is invalid: ${name} (letters, digits and '-' only, at most 63, e.g. "v1-2-3" not "v1.2.3")`;
  }
  return undefined;
}

/** A Destination: host not `*` and a (wildcard) domain, subset a label name, port 1..65535. */
export function validateDestination(r: WebhookReport, path: string, destination: unknown): void {
  if (!isObj(destination)) return;
  const host = destination.host;
  if (typeof host === 'string' || host === undefined) {
    const h = typeof host === 'string' ? host : '';
    r.errorIf(`${path}.host`, h === '*' ? 'invalid destination host *' : wildcardDomainError(h));
  }
  const subset = destination.subset;
  if (typeof subset === 'string' && subset !== '') r.errorIf(`${path}.subset`, subsetNameError(subset));
  if (isObj(destination.port)) {
    const port = destination.port.number === undefined ? 0 : int(destination.port.number);
    if (port !== undefined) r.errorIf(`${path}.port.number`, portError(port));
  }
}

/**
 * The destinations of one http/tcp/tls route: each present with a destination, weights >= 0, and with
 * several destinations a total above 0. Weights are relative: they need not add up to 100.
 */
export function validateRouteDestinations(r: WebhookReport, path: string, routes: unknown, http: boolean): void {
  const items = list(routes);
  let total = 0;
  items.forEach((item, i) => {
    const p = `${path}[${i}]`;
    if (!isObj(item)) {
      if (item === null) r.error(p, 'weight may not be nil');
      return;
    }
    if (!isObj(item.destination)) {
      if (item.destination === undefined || item.destination === null) r.error(`${p}.destination`, 'destination is required');
    } else {
      validateDestination(r, `${p}.destination`, item.destination);
    }
    if (http) validateHeaderOperations(r, `${p}.headers`, item.headers, '');
    const weight = int(item.weight);
    if (weight !== undefined) {
      if (weight < 0) r.error(`${p}.weight`, `weight ${weight} < 0`);
      total += weight;
    }
  });
  if (items.length > 1 && total === 0) {
    r.error(path, 'total destination weight = 0 (with several destinations at least one needs a weight above 0)');
  }
}

/** `mirrors[]`: each entry present, with a destination, and a percentage within [0, 100]. */
export function validateMirrors(r: WebhookReport, path: string, mirrors: unknown): void {
  list(mirrors).forEach((m, i) => {
    const p = `${path}[${i}]`;
    if (!presentMessage(r, p, m, 'mirror cannot be null')) return;
    if (!isObj(m.destination)) {
      if (m.destination === undefined || m.destination === null) r.error(`${p}.destination`, 'destination is required for mirrors');
      return;
    }
    validateDestination(r, `${p}.destination`, m.destination);
    const value = obj(m.percentage).value;
    if (typeof value === 'number') {
      if (value > 100) r.error(`${p}.percentage.value`, `mirror percentage must have a max value of 100 (it has ${value})`);
      if (value < 0) r.error(`${p}.percentage.value`, `mirror percentage must have a min value of 0 (it has ${value})`);
    }
  });
}
