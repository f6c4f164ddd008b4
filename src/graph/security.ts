/**
 * The security facts of a namespace as the manifests state them: data plane (namespace labels), the mTLS mode in
 * force (PeerAuthentication: namespace-wide, else mesh-wide in the root namespace), and its AuthorizationPolicies
 * (deny-by-default, allowed callers).
 */
import { MeshModel } from '../validation/analysis/model';
import { meshModeOf } from '../validation/analysis/namespaces';
import { asArray, asObject, asString, Resource } from '../validation/analysis/resource';
import { GraphPolicy } from './model';

export const UNKNOWN_DATA_PLANE = 'unknown';
export const UNSET_MTLS = 'UNSET';

export interface MtlsFacts {
  readonly mode: string;
  readonly from: string;
  readonly portExceptions: string[];
  readonly source: Resource | undefined;
}

export function dataPlaneOf(model: MeshModel, namespace: string): string {
  const ns = model.namespaces.get(namespace);
  return ns === undefined ? UNKNOWN_DATA_PLANE : meshModeOf(ns.labels);
}

function isNamespaceWide(res: Resource): boolean {
  return Object.keys(asObject(asObject(res.spec.selector).matchLabels)).length === 0;
}

/** The namespace-wide PeerAuthentication of each namespace (the first one read, when several). */
export function namespaceWidePeerAuthentications(model: MeshModel): Map<string, Resource> {
  const out = new Map<string, Resource>();
  for (const pa of model.peerAuthentications) if (isNamespaceWide(pa) && !out.has(pa.ns)) out.set(pa.ns, pa);
  return out;
}

export function mtlsOf(namespace: string, wide: ReadonlyMap<string, Resource>, rootNamespace: string): MtlsFacts {
  const own = wide.get(namespace);
  const source = own ?? wide.get(rootNamespace);
  if (source === undefined) return { mode: UNSET_MTLS, from: 'default', portExceptions: [], source };
  const mode = asString(asObject(source.spec.mtls).mode) || UNSET_MTLS;
  const portExceptions = Object.entries(asObject(source.spec.portLevelMtls))
    .map(([port, m]) => `${port}: ${asString(asObject(m).mode) || UNSET_MTLS}`);
  return { mode, from: own !== undefined || namespace === rootNamespace ? 'namespace' : 'mesh', portExceptions, source };
}

function callersOf(policy: Resource): string[] {
  const out: string[] = [];
  for (const rule of asArray(policy.spec.rules)) {
    for (const from of asArray(asObject(rule).from)) {
      const source = asObject(asObject(from).source);
      for (const p of asArray(source.principals)) out.push(asString(p));
      for (const n of asArray(source.namespaces)) out.push(`ns:${asString(n)}`);
    }
  }
  return [...new Set(out)];
}

export function policyOf(policy: Resource): GraphPolicy {
  const labels = asObject(asObject(policy.spec.selector).matchLabels);
  const selector = Object.entries(labels).map(([k, v]) => `${k}=${asString(v)}`).join(',');
  const action = asString(policy.spec.action) || 'ALLOW';
  return {
    name: policy.name,
    action,
    appliesTo: selector || 'all workloads',
    allowsNothing: action === 'ALLOW' && asArray(policy.spec.rules).length === 0,
    callers: callersOf(policy),
  };
}
