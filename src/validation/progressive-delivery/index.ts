/**
 * Flagger v1.44 and Argo Rollouts v1.9 objects: the API server's validation against their CRDs (schema + CEL).
 */
import { Finding } from '../finding';
import { CRD_VALIDATION_ERROR } from '../finding-codes';
import { validateAgainst } from '../schema';
import { CrdBundle, schemaRegistry } from '../schema/registry';

export function validateFlaggerObject(obj: object): Finding[] {
  return validateAgainst(schemaRegistry(CrdBundle.FLAGGER), obj, CRD_VALIDATION_ERROR);
}

export function validateArgoRolloutsObject(obj: object): Finding[] {
  return validateAgainst(schemaRegistry(CrdBundle.ARGO_ROLLOUTS), obj, CRD_VALIDATION_ERROR);
}
