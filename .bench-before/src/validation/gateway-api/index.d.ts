/**
 * Gateway API v1.5.1 (standard channel) objects: the API server's validation against the CRDs (schema + all CEL
 * rules), then what Istio refuses in objects the CRDs accept.
 */
import { Finding } from '../finding';
export declare function validateGatewayApiObject(obj: object): Finding[];
