/**
 * Path prefixes of ingress attachments are path-separated (Gateway API `PathPrefix`): `/billing` takes
 * `/billing` and `/billing/...`, not `/billingx`. A VirtualService `prefix` is a plain string prefix, so the
 * Istio renderer writes the same set of paths as an exact match plus a prefix ending in `/`.
 */
import { trimEndChar } from '../validation/util/chars';

/** The pseudo-gateway of every sidecar (and waypoint) in a VirtualService's `gateways`. */
export const MESH_GATEWAY = 'mesh';

/** The VirtualService URI matches that together take exactly the paths of a path-separated prefix. */
export function pathPrefixMatches(prefix: string): { exact?: string; prefix?: string }[] {
  const trimmed = trimEndChar(prefix, '/');
  if (trimmed === '') return [{ prefix: '/' }];
  return [{ exact: trimmed }, { prefix: `${trimmed}/` }];
}

