// The public surface of cdk8s-istio, and nothing else.
export * from './canary';
export * from './routing';
export * from './delivery';
export * from './ingress';
export * from './security';
export * from './telemetry';
export * from './shared/istio-version';
export * from './synth/mesh-validation';
export * from './synth/istio-app';
export * from './synth/mesh-graph';
export * from './shared/mesh-state';
export * as validation from './validation';
export * from './validation/validator';
export * from './cli/validation-plugin';
// The typed Istio classes (L1s) the constructs expose, as submodules the way cdk8s-plus exports `k8s`.
export * as istioNetworking from '../imports/istio-networking.istio.io';
export * as istioSecurity from '../imports/istio-security.istio.io';
export * as istioTelemetry from '../imports/istio-telemetry.istio.io';
export * as gatewayApi from '../imports/gateway-api-gateway.networking.k8s.io';
// The Kubernetes wire types the escape hatches take (`rawAffinity`, `Volume.raw`), so that jsii languages see them.
export * as k8s from '../imports/k8s';
