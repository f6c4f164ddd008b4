/**
 * Cross-object mesh analysis (`istioctl analyze` without a cluster): pure functions over plain objects.
 * docs/analysis.md lists every code and the choices made where manifests differ from a live cluster.
 */
import { Finding } from '../finding';
import { analyzeAnnotations } from './annotations';
import { analyzeDeploymentServices } from './deployment-services';
import { analyzeDestinationRules } from './destination-rules';
import { analyzeDestinations } from './destinations';
import { analyzeGatewayApiRouting } from './gateway-api-routing';
import { analyzeGatewayReferences } from './gateway-references';
import { analyzeIngressSubsets } from './ingress-subsets';
import { analyzeInjection } from './injection';
import { analyzeMeshHostConflicts } from './mesh-host-conflicts';
import { MeshModel } from './model';
import { analyzeMtls } from './mtls';
import { analyzeProxyConfig } from './proxy-config';
import { analyzeServicePorts } from './service-ports';
import { analyzeSidecars } from './sidecars';
import { analyzeTelemetry } from './telemetry';

export { ANALYSIS_CODES } from './codes';
export { analysisRef, effectiveNamespace } from './resource';
export type { AnalysisCode } from './codes';

const ANALYZERS: readonly ((model: MeshModel, out: Finding[]) => void)[] = [
  analyzeDestinations,
  analyzeIngressSubsets,
  analyzeGatewayReferences,
  analyzeGatewayApiRouting,
  analyzeMeshHostConflicts,
  analyzeDestinationRules,
  analyzeServicePorts,
  analyzeDeploymentServices,
  analyzeInjection,
  analyzeSidecars,
  analyzeTelemetry,
  analyzeMtls,
  analyzeAnnotations,
  analyzeProxyConfig,
];

/**
 * Analyzes a set of objects together (Kubernetes and Istio, as synth or a YAML file would hold them) and
 * returns the findings, each attached to the object it is about. Objects without metadata.namespace count as
 * being in `default`, as `kubectl apply` would place them.
 */
export function analyze(objs: readonly object[]): Finding[] {
  const model = new MeshModel(objs);
  const out: Finding[] = [];
  for (const run of ANALYZERS) run(model, out);
  return out;
}
