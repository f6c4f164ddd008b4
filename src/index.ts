// The public surface of cdk8s-istio, and nothing else.
export * from './canary';
export * from './routing';
export * from './ingress';
export * from './security';
export * from './telemetry';
export * from './shared/istio-version';
export * from './synth/mesh-validation';
export * from './synth/istio-app';
export * from './shared/mesh-state';
export * as validation from './validation';
