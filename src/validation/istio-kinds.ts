/** Which objects the validator treats as Istio objects: anything in one of Istio's API groups. */

export const ISTIO_API_GROUPS: readonly string[] = [
  'networking.istio.io',
  'security.istio.io',
  'telemetry.istio.io',
  'extensions.istio.io',
];

/** The API group of an apiVersion (`networking.istio.io/v1` → `networking.istio.io`; `v1` → ''). */
export function apiGroupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

export function isIstioApiVersion(apiVersion: unknown): boolean {
  return typeof apiVersion === 'string' && ISTIO_API_GROUPS.includes(apiGroupOf(apiVersion));
}

/** True when a plain object is in one of Istio's API groups. */
export function isIstioObject(obj: unknown): boolean {
  return obj !== null && typeof obj === 'object' && isIstioApiVersion((obj as { apiVersion?: unknown }).apiVersion);
}
