/**
 * Host names the way Istio's analyzers resolve them: a short name is relative to the referring object's
 * namespace (`reviews` → `reviews.<ns>.svc.cluster.local`); anything with a dot is taken literally, so
 * `reviews.other` is NOT expanded (Istio treats it as an external name, and so do we); wildcards stay wildcards.
 */
import { asArray, asString } from './resource';

const CLUSTER_SUFFIX = 'svc.cluster.local';
const CLUSTER_FQDN_SUFFIX = `.${CLUSTER_SUFFIX}`;

/**
 * `[host, name, namespace]` of a `name.ns.svc.cluster.local` host, else undefined. Istio splits with
 * `^(.+)\.(.+)\.svc\.cluster\.local$`, whose greedy first group ends at the last dot before the suffix; string code
 * does the same in linear time (the regexp backtracks quadratically on a long host without that dot).
 */
function splitClusterFqdn(host: string): [string, string, string] | undefined {
  if (!host.endsWith(CLUSTER_FQDN_SUFFIX)) return undefined;
  const nameAndNamespace = host.slice(0, host.length - CLUSTER_FQDN_SUFFIX.length);
  const dot = nameAndNamespace.lastIndexOf('.');
  if (dot <= 0 || dot === nameAndNamespace.length - 1) return undefined;
  return [host, nameAndNamespace.slice(0, dot), nameAndNamespace.slice(dot + 1)];
}

/** Istio's ConvertHostToFQDN: only a dot-less, non-wildcard name gets the namespace and cluster suffix. */
export function toFqdn(namespace: string, host: string): string {
  if (host.startsWith('*') || host.includes('.')) return host;
  return `${host}.${namespace}.${CLUSTER_SUFFIX}`;
}

/** The Kubernetes namespace a host points into, or undefined for names outside the cluster domain. */
export function clusterNamespaceOf(referrerNamespace: string, host: string): string | undefined {
  if (!host.includes('.') && !host.startsWith('*')) return referrerNamespace;
  const m = splitClusterFqdn(host);
  return m ? m[2] : undefined;
}

/**
 * Istio's GetResourceNameFromHost, used to pair VirtualService subsets with DestinationRules: a short name or a
 * `name.ns.svc.cluster.local` name becomes `ns/name`; any other name stays literal in the referrer's namespace.
 */
export function resourceKeyOfHost(referrerNamespace: string, host: string): string {
  const m = splitClusterFqdn(host);
  return m ? `${m[2]}/${m[1]}` : `${referrerNamespace}/${host}`;
}

/** True when `pattern` (possibly `*.suffix`) covers `host` (possibly a wildcard itself, then it must be narrower). */
export function hostCovers(pattern: string, host: string): boolean {
  if (pattern === host || pattern === '*') return true;
  if (!pattern.startsWith('*')) return false;
  const suffix = pattern.slice(1);
  return (host.startsWith('*') ? host.slice(1) : host).endsWith(suffix);
}

export const EXPORT_ALL = '*';

/**
 * The namespaces an object is visible in, from an `exportTo` list: [] or a list holding `*` means all
 * (returned as ['*']); `.` is the object's own namespace.
 */
export function exportScopes(exportTo: readonly unknown[], ownNamespace: string): string[] {
  if (exportTo.length === 0) return [EXPORT_ALL];
  const out: string[] = [];
  for (const e of exportTo) {
    const s = asString(e).trim();
    if (s === EXPORT_ALL) return [EXPORT_ALL];
    if (s === '' || s === '~') continue;
    out.push(s === '.' ? ownNamespace : s);
  }
  return out;
}

/** The exportTo list of a Kubernetes Service (`networking.istio.io/exportTo`, comma-separated). */
export function serviceExportTo(annotation: string | undefined): readonly unknown[] {
  return annotation === undefined ? [] : annotation.split(',');
}

export function exportToOf(spec: { readonly [key: string]: unknown }): readonly unknown[] {
  return asArray(spec.exportTo);
}
