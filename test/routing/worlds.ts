/* eslint-disable @typescript-eslint/no-explicit-any -- synthesized manifests are untyped JSON */
import { ApiObject, App, Chart } from 'cdk8s';
import { CanaryService, CanaryServiceProps } from '../../src/canary';
import { IIngressGateway, RoutingApi } from '../../src/routing';
import { ExposeOptions } from '../../src/routing/ingress-attachment';
import { DataplaneMode } from '../../src/security';
import { GatewayApiWorld } from './http-route-router';
import { IstioWorld } from './virtual-service-router';

export const NAMESPACE = 'billing';

/** The objects of one CanaryService (no app-level validation: the routers read the JSON). */
export function objectsOf(props: CanaryServiceProps, routingApi: RoutingApi, expose?: { gateway: IIngressGateway; options: ExposeOptions }): any[] {
  const chart = new Chart(new App(), 'test', { namespace: NAMESPACE });
  const svc = new CanaryService(chart, 'svc', { ...props, routingApi, dataplane: DataplaneMode.SIDECAR });
  if (expose) svc.exposeVia(expose.gateway, expose.options);
  return chart.node.findAll().filter((c): c is ApiObject => c instanceof ApiObject).map((o) => o.toJson());
}

function services(objects: any[]): { [name: string]: { [key: string]: string } } {
  const out: { [name: string]: { [key: string]: string } } = {};
  for (const o of objects) if (o.kind === 'Service') out[o.metadata.name] = o.spec.selector;
  return out;
}

export function istioWorld(objects: any[]): IstioWorld {
  return {
    virtualServices: objects.filter((o) => o.kind === 'VirtualService'),
    destinationRules: objects.filter((o) => o.kind === 'DestinationRule'),
    services: services(objects),
  };
}

export function gatewayApiWorld(objects: any[]): GatewayApiWorld {
  return { httpRoutes: objects.filter((o) => o.kind === 'HTTPRoute'), services: services(objects) };
}
