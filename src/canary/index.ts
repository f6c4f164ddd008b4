// Public surface of src/canary.
export * from './canary-service';
export type { CanaryServiceVersion, ExtraContainerPort, WorkloadSecurityOptions } from './version-workload';
export { ServiceProtocol } from './protocol';
export { StringMatch, StringMatchType, MAX_REGEX_LENGTH } from './string-match';
export { RouteMatch } from './route-match';
export { RETRY_ON_CONDITIONS } from './retry-policy';
export type { RetryPolicy } from './retry-policy';
export { LoadBalancer, TlsMode } from './traffic-policy';
export type { ConnectionPoolSettings, OutlierDetectionSettings } from './traffic-policy';
export { DEFAULT_RESOURCES } from './resources';
export type { ProxyResources } from './resources';
export { Probe } from './probe';
export type { ProbeOptions, HttpGetProbeOptions } from './probe';
export { EnvValue } from './env-value';
