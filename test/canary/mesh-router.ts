/* eslint-disable @typescript-eslint/no-explicit-any -- evaluates untyped Istio JSON */
/**
 * Where a sidecar sends one HTTP request, given one mesh VirtualService, its DestinationRule and the Service
 * selector: the reference VirtualService router of test/routing, for one host.
 */
import { Distribution, Request } from '../routing/request';
import { MESH, routeIstio } from '../routing/virtual-service-router';

export type { Distribution, Request };

export function route(vs: any, dr: any, serviceSelector: { [key: string]: string }, req: Request): Distribution {
  const host = vs.spec.hosts[0];
  return routeIstio({ virtualServices: [vs], destinationRules: [dr], services: { [host]: serviceSelector } }, MESH, host, req);
}
