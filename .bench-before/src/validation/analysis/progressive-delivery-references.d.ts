/**
 * Cross-references of progressive-delivery objects (CDK8SISTIO-050, CDK8SISTIO-051): the controllers accept an
 * object that names something missing and then stall (Argo: `DestinationRuleNotFound`, "route not found"; Flagger:
 * target not found), and Argo silently rewrites a weighted route that holds other destinations.
 * PROGRESSIVE-DELIVERY-FACTS §1.4, §2.3-§2.5.
 */
import { Finding } from '../finding';
import { MeshModel } from './model';
export declare function analyzeProgressiveDeliveryReferences(model: MeshModel, out: Finding[]): void;
