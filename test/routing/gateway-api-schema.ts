/* eslint-disable @typescript-eslint/no-explicit-any -- manifests are untyped JSON */
/**
 * Checks a Gateway API object with the validator's Gateway API family (v1.5.1 CRD schema + CEL with the CRD
 * defaults applied, and istiod's refusals), failing loudly if the family does not know the kind.
 */
import { Finding } from '../../src/validation/finding';
import { validateObject } from '../../src/validation';

export function validateGatewayApi(obj: any): Finding[] {
  if (!String(obj.apiVersion).startsWith('gateway.networking.k8s.io/')) throw new Error(`not a Gateway API object: ${obj.apiVersion}`);
  return validateObject(obj);
}
