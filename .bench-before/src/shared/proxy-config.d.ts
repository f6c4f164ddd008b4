import { IConstruct } from 'constructs';
import { IProxyConfigSource } from './mesh-state';
export type { IProxyConfigSource } from './mesh-state';
export { PROXY_CONFIG_ANNOTATION } from '../validation/util/istio-names';
export declare function registerProxyConfigSource(scope: IConstruct, source: IProxyConfigSource): void;
/** Merged ProxyConfig fields for a pod, or undefined when no source applies. Later sources win per field. */
export declare function proxyConfigFor(scope: IConstruct, namespace: string | undefined, podLabels: {
    [key: string]: string;
}): {
    [field: string]: unknown;
} | undefined;
/** The `proxy.istio.io/config` annotation value for a ProxyConfig fragment (JSON is valid YAML). */
export declare function renderProxyConfigAnnotation(fields: {
    [field: string]: unknown;
}): string;
