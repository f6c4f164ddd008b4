/**
 * Gateway API v1.5.1 (standard channel) objects: the API server's validation against the CRDs (schema + all CEL
 * rules), then what Istio refuses in objects the CRDs accept.
 */
import { Finding, Layer, objectRef } from '../finding';
import { FindingCollector } from '../finding-collector';
import { CRD_VALIDATION_ERROR } from '../finding-codes';
import { validateAgainst } from '../schema';
import { CrdBundle, schemaRegistry } from '../schema/registry';
import { Obj } from '../util/plain-json';
import { checkIstioRefusals } from './istio-refusals';

export function validateGatewayApiObject(obj: object): Finding[] {
  const schema = validateAgainst(schemaRegistry(CrdBundle.GATEWAY_API), obj, CRD_VALIDATION_ERROR);
  const o = obj as Obj;
  const out = new FindingCollector(objectRef(obj), Layer.WEBHOOK);
  checkIstioRefusals(typeof o.kind === 'string' ? o.kind : '', o, out);
  return out.findings.length === 0 ? schema : schema.concat(out.findings);
}
