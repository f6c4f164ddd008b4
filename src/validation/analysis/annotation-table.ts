/**
 * Istio's annotations (istio/api v1.30.3 `annotation/annotations.yaml`): the resource kinds each belongs on, its
 * feature status and whether it is deprecated, for IST0107 (misplaced), IST0108 (unknown), IST0135 (deprecated) and
 * IST0136 (alpha). Istio's analyzer looks a key up among *all* of annotations.yaml, hidden entries included, so
 * those are listed too; an Istio-domain key missing here is reported as unknown (IST0108).
 *
 * Sources. No copy of annotations.yaml is reachable offline: neither shared/ nor the npm registry has one (the
 * only Istio package there, `@kubernetes-models/istio` 3.0.1, ships the CRD models without annotations; `@istio/api`
 * and `istio` do not exist on npm). Entries the facts files state are marked `FACTS` below with their citation;
 * every other entry is taken from memory of annotations.yaml and is unsourced (`MEMORY`). `test/validation/analysis/
 * annotation-table.test.ts` pins the sourced entries, and `UNSOURCED_ANNOTATIONS` lists the others for review.
 */

export enum FeatureStatus {
  ALPHA = 'Alpha',
  BETA = 'Beta',
  STABLE = 'Stable',
}

export interface IstioAnnotation {
  /** Kinds the annotation belongs on; empty = any kind. */
  readonly kinds: readonly string[];
  readonly status: FeatureStatus;
  readonly deprecated: boolean;
  /** Where the entry comes from: a facts-file citation, or undefined when only from memory (see the module comment). */
  readonly source: string | undefined;
}

const POD = ['Pod'];
const { ALPHA, BETA, STABLE } = FeatureStatus;

interface Group {
  readonly kinds: readonly string[];
  readonly status: FeatureStatus;
  readonly deprecated?: boolean;
  readonly source?: string;
  readonly names: readonly string[];
}

// Citations of the facts files (in ../shared).
const FACTS_PROXY_RESOURCES = 'ISTIO-FACTS.md §7.1 (pod template, Alpha)';
const FACTS_INJECT = 'ISTIO-FACTS.md §4.1, §7.1 (pod annotation deprecated in favour of the label; Beta)';
const FACTS_PROXY_CONFIG = 'ISTIO-FACTS.md §5.4, §7.1 (per-pod, Beta)';
const FACTS_GATEWAY_NAMES = 'GATEWAY-API-FACTS.md §3.4 (Gateway annotations, annotations.yaml:549-565)';
const FACTS_SERVICE_TYPE = 'GATEWAY-API-FACTS.md §3.4 (read from the Gateway\'s metadata.annotations)';
const FACTS_EXPORT_TO = 'ISTIO-VALIDATION-RULES.md §10 (Service annotation read by the service registry)';
const FACTS_DRY_RUN = 'ISTIO-VALIDATION-RULES.md §0 (AuthorizationPolicy only; the webhook rejects it elsewhere)';
const FACTS_SUPPRESS = 'ISTIO-VALIDATION-RULES.md §10 (analyze suppression, on any resource)';
const FACTS_REDIRECTION = 'ISTIO-VALIDATION-RULES.md §10 (IneffectivePolicy: a pod annotation)';
const FACTS_INGRESS_CLASS = 'ISTIO-VALIDATION-RULES.md §10 (the analyzer treats it as an Istio annotation)';

const GROUPS: readonly Group[] = [
  { kinds: POD, status: ALPHA, source: FACTS_PROXY_RESOURCES, names: [
    'sidecar.istio.io/proxyCPU', 'sidecar.istio.io/proxyCPULimit', 'sidecar.istio.io/proxyMemory',
    'sidecar.istio.io/proxyMemoryLimit',
  ] },
  { kinds: POD, status: BETA, deprecated: true, source: FACTS_INJECT, names: ['sidecar.istio.io/inject'] },
  { kinds: POD, status: BETA, source: FACTS_PROXY_CONFIG, names: ['proxy.istio.io/config'] },
  { kinds: POD, status: ALPHA, source: FACTS_REDIRECTION, names: ['ambient.istio.io/redirection'] },
  { kinds: ['Gateway'], status: ALPHA, source: FACTS_GATEWAY_NAMES, names: ['gateway.istio.io/name-override', 'gateway.istio.io/service-account'] },
  { kinds: ['Gateway'], status: ALPHA, source: FACTS_SERVICE_TYPE, names: ['networking.istio.io/service-type'] },
  { kinds: ['Service'], status: ALPHA, source: FACTS_EXPORT_TO, names: ['networking.istio.io/exportTo'] },
  { kinds: ['AuthorizationPolicy'], status: ALPHA, source: FACTS_DRY_RUN, names: ['istio.io/dry-run'] },
  { kinds: [], status: ALPHA, source: FACTS_SUPPRESS, names: ['galley.istio.io/analyze-suppress'] },
  { kinds: ['Ingress'], status: STABLE, source: FACTS_INGRESS_CLASS, names: ['kubernetes.io/ingress.class'] },

  // MEMORY: annotations.yaml as remembered, not confirmed by any source reachable here.
  { kinds: POD, status: ALPHA, names: [
    'inject.istio.io/templates', 'prometheus.istio.io/merge-metrics', 'proxy.istio.io/overrides',
    'readiness.status.sidecar.istio.io/applicationPorts', 'readiness.status.sidecar.istio.io/failureThreshold',
    'readiness.status.sidecar.istio.io/initialDelaySeconds', 'readiness.status.sidecar.istio.io/periodSeconds',
    'sidecar.istio.io/agentLogLevel', 'sidecar.istio.io/bootstrapOverride', 'sidecar.istio.io/componentLogLevel',
    'sidecar.istio.io/controlPlaneAuthPolicy', 'sidecar.istio.io/discoveryAddress', 'sidecar.istio.io/enableCoreDump',
    'sidecar.istio.io/extraStatTags', 'sidecar.istio.io/logLevel', 'sidecar.istio.io/nativeSidecar',
    'sidecar.istio.io/proxyImage', 'sidecar.istio.io/proxyImageType', 'sidecar.istio.io/statsHistogramBuckets',
    'sidecar.istio.io/statsInclusionPrefixes', 'sidecar.istio.io/statsInclusionRegexps',
    'sidecar.istio.io/statsInclusionSuffixes', 'sidecar.istio.io/userVolume', 'sidecar.istio.io/userVolumeMount',
    'status.sidecar.istio.io/port', 'traffic.sidecar.istio.io/excludeInboundPorts',
    'traffic.sidecar.istio.io/excludeInterfaces', 'traffic.sidecar.istio.io/excludeOutboundIPRanges',
    'traffic.sidecar.istio.io/excludeOutboundPorts', 'traffic.sidecar.istio.io/includeInboundPorts',
    'traffic.sidecar.istio.io/includeOutboundIPRanges', 'traffic.sidecar.istio.io/includeOutboundPorts',
    'istio.io/reroute-virtual-interfaces', 'ambient.istio.io/bypass-inbound-capture', 'ambient.istio.io/dns-capture',
  ] },
  { kinds: POD, status: BETA, names: ['sidecar.istio.io/interceptionMode', 'sidecar.istio.io/rewriteAppHTTPProbers'] },
  { kinds: POD, status: ALPHA, deprecated: true, names: ['traffic.sidecar.istio.io/kubevirtInterfaces'] },
  { kinds: ['Service'], status: ALPHA, names: ['traffic.istio.io/nodeSelector'] },
  { kinds: ['Service'], status: ALPHA, deprecated: true, names: [
    'alpha.istio.io/kubernetes-serviceaccounts', 'alpha.istio.io/canonical-serviceaccounts',
  ] },
  { kinds: ['Service', 'ServiceEntry'], status: ALPHA, names: ['networking.istio.io/traffic-distribution'] },
  { kinds: ['GatewayClass'], status: ALPHA, names: ['ambient.istio.io/waypoint-inbound-binding'] },
  { kinds: ['WorkloadEntry'], status: ALPHA, names: [
    'istio.io/autoRegistrationGroup', 'istio.io/connectedAt', 'istio.io/disconnectedAt', 'istio.io/workloadController',
  ] },
  { kinds: [], status: ALPHA, names: [
    'topology.istio.io/controlPlaneClusters', 'install.operator.istio.io/chart-owner',
    'install.operator.istio.io/owner-generation', 'install.operator.istio.io/version',
  ] },
  // Mixer-era policy annotations, deprecated since Mixer's removal.
  { kinds: POD, status: ALPHA, deprecated: true, names: [
    'policy.istio.io/check', 'policy.istio.io/checkBaseRetryWaitTime', 'policy.istio.io/checkMaxRetryWaitTime',
    'policy.istio.io/checkRetries', 'policy.istio.io/lang',
  ] },
];

export const ISTIO_ANNOTATIONS: ReadonlyMap<string, IstioAnnotation> = new Map(GROUPS.flatMap((g) =>
  g.names.map((name): [string, IstioAnnotation] => [name, { kinds: g.kinds, status: g.status, deprecated: g.deprecated === true, source: g.source }])));

/** The entries no facts file confirms (reported for review; see the module comment). */
export const UNSOURCED_ANNOTATIONS: readonly string[] = [...ISTIO_ANNOTATIONS].filter(([, a]) => a.source === undefined).map(([n]) => n);

/**
 * Keys in Istio's domains that its analyzer leaves alone: written by Istio itself (`sidecar.istio.io/status` by the
 * injector, `gateway.istio.io/controller-version` by the gateway controller) or a label that is also accepted as an
 * annotation (`istio.io/rev`) (ISTIO-VALIDATION-RULES.md §10).
 */
export const ANALYZER_SKIPPED_ANNOTATIONS: ReadonlySet<string> = new Set([
  'sidecar.istio.io/status', 'gateway.istio.io/controller-version', 'istio.io/rev',
]);

/**
 * Whether Istio's analyzer treats a key as an Istio annotation: its prefix (the part before `/`) ends in `istio.io`,
 * or it is `kubernetes.io/ingress.class`, which Istio documents (ISTIO-VALIDATION-RULES.md §10).
 */
export function isIstioAnnotationKey(key: string): boolean {
  if (key === 'kubernetes.io/ingress.class') return true;
  const slash = key.indexOf('/');
  return (slash < 0 ? key : key.slice(0, slash)).endsWith('istio.io');
}
