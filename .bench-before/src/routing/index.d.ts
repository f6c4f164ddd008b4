export { RoutingApi } from './routing-api';
export { IngressGatewayRef } from './ingress-attachment';
export * from './ingress-types';
