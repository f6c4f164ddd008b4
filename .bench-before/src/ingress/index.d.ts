export * from './allowed-routes';
export * from './gateway-listener';
export * from './ingress-gateway';
