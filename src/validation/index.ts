/**
 * The validator's library entry points: pure functions over plain objects (the JSON synth would write).
 */
import { analyze } from './analysis';
import { Finding } from './finding';
import { isIstioObject } from './istio-kinds';
import { validateSchema } from './schema';
import { validateWebhook } from './webhook';

export * from './finding';
export { isIstioObject } from './istio-kinds';

/** Schema (CRD OpenAPI + CEL) and webhook checks for one object; [] for objects that are not Istio's. */
export function validateObject(obj: object): Finding[] {
  if (!isIstioObject(obj)) return [];
  return [...validateSchema(obj), ...validateWebhook(obj)];
}

/** `validateObject` over many objects. */
export function validateObjects(objs: readonly object[]): Finding[] {
  return objs.flatMap((o) => validateObject(o));
}

/** Per-object validation plus cross-object mesh analysis, as synth and `cdk8s-istio analyze` run them. */
export function validateAndAnalyze(objs: readonly object[]): Finding[] {
  return [...validateObjects(objs), ...analyze(objs)];
}
