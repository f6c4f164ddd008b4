import { Finding } from './finding';
export * from './finding';
export { isIstioObject } from './istio-kinds';
export { isValidatedKind, kindFamilyOf, KindFamily } from './kinds';
export { analyze, analysisRef } from './analysis';
export type { AnalysisOptions } from './analysis';
export { ManifestError, parseManifests } from './manifests';
export type { ManifestDocument } from './manifests';
/**
 * Per-object checks for every kind we have a family for, as the cluster would make them when the object is
 * applied: the API server's schema (CRD OpenAPI + CEL, or the built-in kinds' own rules) and the admission rules of
 * istiod (Istio kinds, and what Istio refuses in Gateway API objects). [] for kinds no family covers.
 */
export declare function validateObject(obj: object): Finding[];
/** `validateObject` over many objects. */
export declare function validateObjects(objs: readonly object[]): Finding[];
/**
 * Per-object validation plus cross-object mesh analysis over all the objects together, as synth, the cdk8s-cli
 * plugin and `cdk8s-istio analyze` run them. Analysis sees every object (Services, Deployments, Namespaces too).
 */
export declare function validateAndAnalyze(objs: readonly object[]): Finding[];
