/**
 * The validator's library entry points: pure functions over plain objects (the JSON synth would write), plus the
 * manifest reader the CLI and tests share.
 */
import { analyze } from './analysis';
import { Finding, Layer } from './finding';
import { guarded } from './guard';
import { isIstioObject } from './istio-kinds';
import { validateSchema } from './schema';
import { validateWebhook } from './webhook';

export * from './finding';
export { isIstioObject } from './istio-kinds';
export { analyze, analysisRef } from './analysis';
export { ManifestError, parseManifests } from './manifests';
export type { ManifestDocument } from './manifests';

/** Schema (CRD OpenAPI + CEL) and webhook checks for one object; [] for objects that are not Istio's. */
export function validateObject(obj: object): Finding[] {
  if (!isIstioObject(obj)) return [];
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
