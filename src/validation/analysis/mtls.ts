/**
 * This project's mTLS checks (ISTIO-FACTS §2.11, §3): Istio has no analyzer for a DestinationRule that turns
 * Istio mTLS off towards a STRICT workload, for workloads that leave the mesh inside a STRICT namespace, or
 * for several namespace-wide PeerAuthentications (the oldest silently wins).
 */
import { Finding } from '../finding';
import {
  MULTIPLE_NAMESPACE_WIDE_PEER_AUTHENTICATIONS, STRICT_MTLS_DISABLED_BY_DESTINATION_RULE,
  STRICT_NAMESPACE_WORKLOAD_WITHOUT_PROXY,
} from '../finding-codes';
import { clusterNamespaceOf } from './hosts';
import { isEmptyMap } from './labels';
import { MeshModel } from './model';
import {
  DATAPLANE_MODE_LABEL, isIgnoredNamespace, isIstioControlPlane, MeshMode, meshModeOf, optsOutOfSidecar,
  SIDECAR_INJECT,
} from './namespaces';
import { asArray, asObject, asString, asStringMap, Json, Resource } from './resource';
import { hasProxyContainer, podMetadataPath } from './workloads';
import { pushTo } from '../util/multimap';

const STRICT = 'STRICT';

/** The effective namespace-wide mTLS mode per namespace, from the PeerAuthentications in the inputs. */
export class PeerAuthenticationScopes {
  private readonly namespaceWide = new Map<string, Resource[]>();
  /** Namespaces with a workload-level policy that relaxes mTLS for some of their workloads or ports. */
  private readonly relaxed = new Set<string>();
  private readonly meshMode: string;
  private readonly strictCache = new Map<string, boolean>();

  constructor(model: MeshModel, private readonly root: string) {
    for (const pa of model.peerAuthentications) {
      if (isEmptyMap(asStringMap(asObject(pa.spec.selector).matchLabels))) {
        pushTo(this.namespaceWide, pa.ns, pa);
      } else if (pa.ns !== root && relaxesMtls(pa.spec)) {
        this.relaxed.add(pa.ns);
      }
    }
    this.meshMode = this.agreedMode(this.namespaceWide.get(root), 'PERMISSIVE') ?? 'AMBIGUOUS';
  }

  public get groups(): ReadonlyMap<string, Resource[]> {
    return this.namespaceWide;
  }

  /** Whether every workload of the namespace is STRICT (namespace policy, else the mesh-wide one). */
  public isStrict(namespace: string): boolean {
    let strict = this.strictCache.get(namespace);
    if (strict === undefined) {
      const own = namespace === this.root ? this.meshMode : this.agreedMode(this.namespaceWide.get(namespace), this.meshMode);
      strict = own === STRICT && !this.relaxed.has(namespace);
      this.strictCache.set(namespace, strict);
    }
    return strict;
  }

  /** Whether the namespace itself declares STRICT (not only inherits it). */
  public declaresStrict(namespace: string): boolean {
    return this.namespaceWide.get(namespace)?.some((pa) => modeOf(pa.spec) === STRICT) === true && this.isStrict(namespace);
  }

  private agreedMode(policies: readonly Resource[] | undefined, inherited: string): string | undefined {
    if (!policies || policies.length === 0) return inherited;
    const modes = new Set(policies.map((pa) => modeOf(pa.spec) ?? inherited));
    return modes.size === 1 ? [...modes][0] : undefined;
  }
}

function modeOf(spec: Json): string | undefined {
  const mode = asString(asObject(spec.mtls).mode);
  return mode === '' || mode === 'UNSET' ? undefined : mode;
}

function relaxesMtls(spec: Json): boolean {
  const mode = modeOf(spec);
  if (mode !== undefined && mode !== STRICT) return true;
  const ports = asObject(spec.portLevelMtls);
  for (const key in ports) {
    const m = asString(asObject(ports[key]).mode);
    if (m !== '' && m !== 'UNSET' && m !== STRICT) return true;
  }
  return false;
}

export function analyzeMtls(model: MeshModel, out: Finding[]): void {
  const root = model.mesh.rootNamespace;
  const scopes = new PeerAuthenticationScopes(model, root);
  reportDuplicatePolicies(scopes, root, out);
  checkDestinationRules(model, scopes, out);
  checkOptOuts(model, scopes, root, out);
}

function reportDuplicatePolicies(scopes: PeerAuthenticationScopes, root: string, out: Finding[]): void {
  for (const [ns, list] of scopes.groups) {
    if (list.length < 2) continue;
    const names = list.map((pa) => pa.name).sort().join(', ');
    const scope = ns === root ? 'mesh-wide (root namespace)' : `namespace-wide in "${ns}"`;
    for (const pa of list) {
      out.push(pa.finding(MULTIPLE_NAMESPACE_WIDE_PEER_AUTHENTICATIONS, 'spec.selector',
        `several PeerAuthentications without selector are ${scope} (${names}); Istio applies only the oldest, ` +
        'which depends on apply order: keep exactly one (conventionally named "default")'));
    }
  }
}

/** The namespace is known to give its pods sidecars (labels), or declares STRICT itself when its labels are unknown. */
function strictSidecarNamespace(model: MeshModel, scopes: PeerAuthenticationScopes, namespace: string): boolean {
  const ns = model.namespaces.get(namespace);
  if (ns) return meshModeOf(ns.labels) === MeshMode.SIDECAR && scopes.isStrict(namespace);
  return scopes.declaresStrict(namespace);
}

function checkDestinationRules(model: MeshModel, scopes: PeerAuthenticationScopes, out: Finding[]): void {
  for (const dr of model.destinationRules) {
    const host = asString(dr.spec.host);
    const target = host ? clusterNamespaceOf(dr.ns, host) : undefined;
    if (target === undefined || !strictSidecarNamespace(model, scopes, target)) continue;
    const report = (policy: unknown, path: string) => {
      const mode = asString(asObject(asObject(policy).tls).mode);
      if (mode !== 'DISABLE' && mode !== 'SIMPLE') return;
      out.push(dr.finding(STRICT_MTLS_DISABLED_BY_DESTINATION_RULE, `${path}.tls.mode`,
        `tls.mode ${mode} makes clients send ${mode === 'DISABLE' ? 'plaintext' : 'their own TLS instead of Istio mTLS'} ` +
        `to "${host}", whose namespace "${target}" requires STRICT mTLS, so every request is refused; remove the tls ` +
        'block (auto mTLS picks ISTIO_MUTUAL) or set mode ISTIO_MUTUAL'));
    };
    const checkPolicy = (policy: unknown, path: string) => {
      report(policy, path);
      asArray(asObject(policy).portLevelSettings).forEach((p, i) => report(p, `${path}.portLevelSettings[${i}]`));
    };
    checkPolicy(dr.spec.trafficPolicy, 'spec.trafficPolicy');
    asArray(dr.spec.subsets).forEach((s, i) => checkPolicy(asObject(s).trafficPolicy, `spec.subsets[${i}].trafficPolicy`));
  }
}

function checkOptOuts(model: MeshModel, scopes: PeerAuthenticationScopes, root: string, out: Finding[]): void {
  for (const w of model.workloads) {
    const namespace = w.res.ns;
    if (namespace === root || isIgnoredNamespace(namespace) || isIstioControlPlane(w.labels)) continue;
    if (!scopes.isStrict(namespace) || hasProxyContainer(w)) continue;
    const ns = model.namespaces.get(namespace);
    const mode = ns ? meshModeOf(ns.labels) : undefined;
    let optOut: string | undefined;
    if (mode === MeshMode.AMBIENT) {
      if (w.labels[DATAPLANE_MODE_LABEL] === 'none') optOut = `label ${DATAPLANE_MODE_LABEL}=none`;
    } else if ((mode === undefined || mode === MeshMode.SIDECAR) && optsOutOfSidecar(w.labels, w.annotations)) {
      optOut = `${w.labels[SIDECAR_INJECT] !== undefined ? 'label' : 'annotation'} ${SIDECAR_INJECT}=false`;
    }
    if (!optOut) continue;
    const where = optOut.startsWith('annotation') ? 'annotations' : 'labels';
    out.push(w.res.finding(STRICT_NAMESPACE_WORKLOAD_WITHOUT_PROXY, `${podMetadataPath(w)}.${where}`,
      `this workload opts out of the mesh (${optOut}) in namespace "${namespace}", where mTLS is STRICT: its ` +
      'plaintext calls to meshed workloads are refused; remove the opt-out, or move it to a namespace without STRICT mTLS'));
  }
}
