// Public surface of src/canary.
export * from './canary-service';
export * from './canary-service-version';
export * from './protocol';
export * from './string-match';
export * from './route-match';
export * from './retry-policy';
export * from './traffic-policy';
export * from './resources';
export * from './probe';
export * from './env-value';
export * from './promotion';
