// Public surface of src/routing: the routing API choice and ingress attachment.
export { RoutingApi } from './routing-api';
export { IngressGatewayRef } from './ingress-attachment';
export * from './ingress-types';
