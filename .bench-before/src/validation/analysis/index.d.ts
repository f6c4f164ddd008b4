/**
 * Cross-object mesh analysis (`istioctl analyze` without a cluster): pure functions over plain objects.
 * docs/analysis.md lists every code and the choices made where manifests differ from a live cluster.
 */
import { Finding } from '../finding';
import { AnalysisOptions } from './model';
export { ANALYSIS_CODES } from './codes';
export { analysisRef, effectiveNamespace } from './resource';
export { UNKNOWN_TELEMETRY_PROVIDER } from './codes';
export { BUILT_IN_TELEMETRY_PROVIDERS } from './telemetry-providers';
export type { AnalysisCode } from './codes';
export type { AnalysisOptions } from './model';
/**
 * Analyzes a set of objects together (Kubernetes and Istio, as synth or a YAML file would hold them) and
 * returns the findings, each attached to the object it is about. Objects without metadata.namespace count as
 * being in `default`, as `kubectl apply` would place them. `options.closedWorld` treats the inputs as the whole
 * cluster (`analyze --closed-world`).
 */
export declare function analyze(objs: readonly object[], options?: AnalysisOptions): Finding[];
