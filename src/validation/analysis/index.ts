/**
 * Cross-object mesh analysis (`istioctl analyze` without a cluster): pure functions over plain objects.
 * docs/analysis.md lists every code and the choices made where manifests differ from a live cluster.
 */
import { Finding } from '../finding';
import { analyzeAnnotations } from './annotations';
import { analyzeAuthorizationPolicies } from './authorization-policies';
import { analyzeCallersOutsideMesh } from './callers-outside-mesh';
import { analyzeDeploymentServices } from './deployment-services';
import { analyzeDeprecatedAnnotations } from './deprecated-annotations';
import { analyzeDestinationRules } from './destination-rules';
import { analyzeDestinations } from './destinations';
import { analyzeGatewayApiRouting } from './gateway-api-routing';
import { analyzeGatewayReferences } from './gateway-references';
import { analyzeGateways } from './gateways';
import { analyzeGatewayRouteBypass, analyzeIngressSubsets } from './ingress-subsets';
import { analyzeInjection } from './injection';
import { analyzeMeshHostConflicts } from './mesh-host-conflicts';
import { AnalysisOptions, MeshModel } from './model';
import { analyzeMtls } from './mtls';
import { analyzeProgressiveDeliveryReferences } from './progressive-delivery-references';
import { analyzeProxyConfig } from './proxy-config';
import { analyzeServicePorts } from './service-ports';
import { analyzeSidecars } from './sidecars';
import { analyzeTelemetry } from './telemetry';
import { analyzeTelemetryProviders } from './telemetry-providers';
import { analyzeUnknownAnnotations } from './unknown-annotations';

export { analysisRef, effectiveNamespace } from './resource';
export { BUILT_IN_TELEMETRY_PROVIDERS } from './telemetry-providers';
export type { AnalysisOptions } from './model';

const ANALYZERS: readonly ((model: MeshModel, out: Finding[]) => void)[] = [
  analyzeDestinations,
  analyzeIngressSubsets,
  analyzeGatewayRouteBypass,
  analyzeGatewayReferences,
  analyzeGatewayApiRouting,
  analyzeMeshHostConflicts,
  analyzeDestinationRules,
  analyzeServicePorts,
  analyzeDeploymentServices,
  analyzeInjection,
  analyzeSidecars,
  analyzeTelemetry,
  analyzeTelemetryProviders,
  analyzeMtls,
  analyzeCallersOutsideMesh,
  analyzeAnnotations,
  analyzeUnknownAnnotations,
  analyzeDeprecatedAnnotations,
  analyzeProxyConfig,
  analyzeGateways,
  analyzeAuthorizationPolicies,
  analyzeProgressiveDeliveryReferences,
];

/**
 * Analyzes a set of objects together (Kubernetes and Istio, as synth or a YAML file would hold them) and
 * returns the findings, each attached to the object it is about. Objects without metadata.namespace count as
 * being in `default`, as `kubectl apply` would place them. `options.closedWorld` treats the inputs as the whole
 * cluster (`analyze --closed-world`).
 */
export function analyze(objs: readonly object[], options: AnalysisOptions = {}): Finding[] {
  const model = new MeshModel(objs, options);
  const out: Finding[] = [];
  for (const run of ANALYZERS) run(model, out);
  return out;
}
