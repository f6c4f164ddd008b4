/** Which objects the validator treats as Istio objects: anything in one of Istio's API groups. */
export declare const ISTIO_API_GROUPS: readonly string[];
/** The API group of an apiVersion (`networking.istio.io/v1` → `networking.istio.io`; `v1` → ''). */
export declare function apiGroupOf(apiVersion: string): string;
export declare function isIstioApiVersion(apiVersion: unknown): boolean;
/** True when a plain object is in one of Istio's API groups. */
export declare function isIstioObject(obj: unknown): boolean;
