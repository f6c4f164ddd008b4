/**
 * The validator's library entry points: pure functions over plain objects (the JSON synth would write), plus the
 * manifest reader the CLI and tests share.
 */
import { analyze } from './analysis';
import { Finding, Layer } from './finding';
import { guarded } from './guard';
import type * as GatewayApiFamily from './gateway-api';
import { KindFamily, kindFamilyOf } from './kinds';
import type * as KubernetesFamily from './kubernetes';
import type * as ProgressiveDeliveryFamily from './progressive-delivery';
import { validateSchema } from './schema';
import { validateWebhook } from './webhook';

export * from './finding';
export { isIstioObject } from './istio-kinds';
export { isValidatedKind, kindFamilyOf, KindFamily } from './kinds';
export { analyze, analysisRef } from './analysis';
export type { AnalysisOptions } from './analysis';
export { ManifestError, parseManifests } from './manifests';
export type { ManifestDocument } from './manifests';

type FamilyValidator = (obj: object) => Finding[];

/*
 * The other families are required on first use: an Istio-only app never loads (nor compiles the CEL rules of) the
 * Gateway API, Kubernetes, Flagger or Argo schemas.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- lazy on purpose, see above */
const LOADERS: { readonly [f in KindFamily]: () => FamilyValidator } = {
  [KindFamily.ISTIO]: () => validateIstioObject,
  [KindFamily.GATEWAY_API]: () => (require('./gateway-api') as typeof GatewayApiFamily).validateGatewayApiObject,
  [KindFamily.KUBERNETES]: () => (require('./kubernetes') as typeof KubernetesFamily).validateKubernetesObject,
  [KindFamily.FLAGGER]: () => (require('./progressive-delivery') as typeof ProgressiveDeliveryFamily).validateFlaggerObject,
  [KindFamily.ARGO_ROLLOUTS]: () => (require('./progressive-delivery') as typeof ProgressiveDeliveryFamily).validateArgoRolloutsObject,
};
/* eslint-enable @typescript-eslint/no-require-imports */

const loaded = new Map<KindFamily, FamilyValidator>();

/**
 * Per-object checks for every kind we have a family for, as the cluster would make them when the object is
 * applied: the API server's schema (CRD OpenAPI + CEL, or the built-in kinds' own rules) and the admission rules of
 * istiod (Istio kinds, and what Istio refuses in Gateway API objects). [] for kinds no family covers.
 */
export function validateObject(obj: object): Finding[] {
  const family = kindFamilyOf(obj);
  if (family === undefined) return [];
  let validate = loaded.get(family);
  if (!validate) {
    validate = LOADERS[family]();
    loaded.set(family, validate);
  }
  const check = validate;
  return guarded(obj, Layer.SCHEMA, () => check(obj));
}

/** Schema (CRD OpenAPI + CEL) and webhook checks for one Istio object. */
function validateIstioObject(obj: object): Finding[] {
  const schema = guarded(obj, Layer.SCHEMA, () => validateSchema(obj));
  const webhook = guarded(obj, Layer.WEBHOOK, () => validateWebhook(obj));
  if (webhook.length === 0) return schema;
  if (schema.length === 0) return webhook;
  return schema.concat(webhook);
}

/** `validateObject` over many objects. */
export function validateObjects(objs: readonly object[]): Finding[] {
  const out: Finding[] = [];
  for (const o of objs) {
    const found = validateObject(o);
    for (const f of found) out.push(f);
  }
  return out;
}

/**
 * Per-object validation plus cross-object mesh analysis over all the objects together, as synth, the cdk8s-cli
 * plugin and `cdk8s-istio analyze` run them. Analysis sees every object (Services, Deployments, Namespaces too).
 */
export function validateAndAnalyze(objs: readonly object[]): Finding[] {
  const out = validateObjects(objs);
  for (const f of analyze(objs)) out.push(f);
  return out;
}
