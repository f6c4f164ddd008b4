/**
 * Flagger v1.44 and Argo Rollouts v1.9 objects: the API server's validation against their CRDs (schema + CEL).
 */
import { Finding } from '../finding';
export declare function validateFlaggerObject(obj: object): Finding[];
export declare function validateArgoRolloutsObject(obj: object): Finding[];
