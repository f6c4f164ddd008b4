/**
 * VirtualService (networking.istio.io, any served version): hosts, gateways, delegation, and the http / tcp /
 * tls rules; rule-order findings come from virtual-service-order.
 */
import { presentMessage, validateExportTo, validateLabels } from './common';
import { validateRouteDestinations } from './destination';
import { hostsOverlap, hostSubsetOf, sniDomainError, wildcardDomainError } from './hosts';
import { ipSubnetError, isIpAddress, portError } from './net';
import { int, isObj, list, nonEmptyList, Obj, obj } from '../util/plain-json';
import { WebhookReport } from './report';
import { validateGatewayNames } from './virtual-service-gateways';
import { validateHttpRoute } from './virtual-service-http';
import { analyzeRuleOrder } from './virtual-service-order';

const MESH_GATEWAY = 'mesh';

export function validateVirtualService(r: WebhookReport, spec: Obj): void {
  const hosts = strings(spec.hosts);
  const gateways = strings(spec.gateways);
  const delegate = list(spec.hosts).length === 0;
  let boundToMesh = gateways.length === 0;
  let boundToGateway = false;
  for (const g of gateways) {
    if (g === MESH_GATEWAY) boundToMesh = true;
    else boundToGateway = true;
  }

  if (delegate) validateDelegateVirtualService(r, spec);
  if (gateways.length > 0) validateGatewayNames(r, 'spec.gateways', spec.gateways);
  const tls = list(spec.tls);
  // istiod accepts its generated SNI names as hosts of a gateway-bound VirtualService with TLS routes.
  const sniHosts = boundToGateway && !boundToMesh && tls.some((t) => list(obj(t).match).some((m) => nonEmptyList(obj(m).sniHosts)));
  validateHosts(r, hosts, boundToMesh, sniHosts);

  const http = list(spec.http);
  const tcp = list(spec.tcp);
  if (http.length === 0 && tcp.length === 0 && tls.length === 0) {
    r.error('spec', 'http, tcp or tls must be provided in virtual service');
  }
  const ctx = { delegate, boundToGateway };
  for (let i = 0; i < http.length; i++) {
    const route = http[i];
    if (route === null) r.error(`spec.http[${i}]`, 'http route may not be null');
    else if (isObj(route)) validateHttpRoute(r, `spec.http[${i}]`, route, ctx);
  }
  for (let i = 0; i < tls.length; i++) {
    const route = tls[i];
    // For SNI names istiod treats a VirtualService without gateways as gateway-bound too.
    if (isObj(route)) validateTlsRoute(r, `spec.tls[${i}]`, route, hosts, !gateways.includes(MESH_GATEWAY));
  }
  for (let i = 0; i < tcp.length; i++) {
    const route = tcp[i];
    if (isObj(route)) validateTcpRoute(r, `spec.tcp[${i}]`, route);
  }
  if (spec.exportTo !== undefined) validateExportTo(r, spec.exportTo, false, false);

  analyzeRuleOrder(r, 'http', http);
  analyzeRuleOrder(r, 'tcp', tcp);
  analyzeRuleOrder(r, 'tls', tls);
}

/** The string entries of a list (others are the schema's to report). */
function strings(v: unknown): readonly string[] {
  const items = list(v);
  for (const item of items) if (typeof item !== 'string') return items.filter((x): x is string => typeof x === 'string');
  return items as readonly string[];
}

/** A VirtualService without hosts is a delegate: only http rules, attached through the root VirtualService. */
function validateDelegateVirtualService(r: WebhookReport, spec: Obj): void {
  if (list(spec.gateways).length > 0) r.error('spec.gateways', 'delegate virtual service must have no gateways specified');
  if (list(spec.tls).length > 0) r.error('spec.tls', 'delegate virtual service must have no tls route specified');
  if (list(spec.tcp).length > 0) r.error('spec.tcp', 'delegate virtual service must have no tcp route specified');
}

function validateHosts(r: WebhookReport, hosts: readonly string[], boundToMesh: boolean, sni: boolean): void {
  let allValid = true;
  for (let i = 0; i < hosts.length; i++) {
    const host = hosts[i];
    const err = sni ? sniDomainError(host) : wildcardDomainError(host);
    if (err !== undefined) {
      if (!isIpAddress(host)) {
        r.error(`spec.hosts[${i}]`, err);
        allValid = false;
      }
    } else if (boundToMesh && host === '*') {
      r.error(`spec.hosts[${i}]`, 'wildcard host * is not allowed for virtual services bound to the mesh gateway');
      allValid = false;
    }
  }
  if (!allValid) return;
  for (let i = 0; i < hosts.length; i++) {
    for (let j = i + 1; j < hosts.length; j++) {
      if (hostsOverlap(hosts[i], hosts[j])) r.error(`spec.hosts[${j}]`, `duplicate hosts in virtual service: ${hosts[i]} & ${hosts[j]}`);
    }
  }
}

/** Port, destination subnets, source labels and gateways of a tcp/tls match. */
function validateL4Match(r: WebhookReport, path: string, match: Obj): void {
  list(match.destinationSubnets).forEach((subnet, i) => {
    if (typeof subnet === 'string') r.errorIf(`${path}.destinationSubnets[${i}]`, ipSubnetError(subnet));
  });
  const port = int(match.port);
  if (port !== undefined && port !== 0) r.errorIf(`${path}.port`, portError(port));
  validateLabels(r, `${path}.sourceLabels`, match.sourceLabels);
  validateGatewayNames(r, `${path}.gateways`, match.gateways);
}

function validateTcpRoute(r: WebhookReport, path: string, tcp: Obj): void {
  list(tcp.match).forEach((m, i) => {
    if (m === null) r.error(`${path}.match[${i}]`, 'tcp match may not be nil');
    else if (isObj(m)) validateL4Match(r, `${path}.match[${i}]`, m);
  });
  if (list(tcp.route).length === 0) r.error(`${path}.route`, 'route is required');
  validateRouteDestinations(r, `${path}.route`, tcp.route, false);
}

function validateTlsRoute(r: WebhookReport, path: string, tls: Obj, hosts: readonly string[], sni: boolean): void {
  const matches = list(tls.match);
  if (matches.length === 0) r.error(`${path}.match`, 'TLS route must have at least one match condition');
  matches.forEach((m, i) => {
    const p = `${path}.match[${i}]`;
    if (!presentMessage(r, p, m, 'tls match may not be null')) return;
    const sniHosts = list(m.sniHosts);
    if (sniHosts.length === 0) r.error(`${p}.sniHosts`, 'TLS match must have at least one SNI host');
    sniHosts.forEach((host, j) => {
      if (typeof host === 'string') validateSniHost(r, `${p}.sniHosts[${j}]`, host, hosts, sni);
    });
    validateL4Match(r, p, m);
  });
  if (list(tls.route).length === 0) r.error(`${path}.route`, 'TLS route is required');
  validateRouteDestinations(r, `${path}.route`, tls.route, false);
}

function validateSniHost(r: WebhookReport, path: string, sni: string, hosts: readonly string[], generated: boolean): void {
  const err = generated ? sniDomainError(sni) : wildcardDomainError(sni);
  if (err !== undefined) {
    if (isIpAddress(sni)) r.warning(path, `using an IP address ("${sni}") goes against SNI spec and most clients do not support this`);
    else r.error(path, err);
    return;
  }
  if (!hosts.some((h) => hostSubsetOf(sni, h))) {
    r.error(path, `SNI host "${sni}" is not a compatible subset of any of the virtual service hosts: [${hosts.join(', ')}]`);
  }
}
