/**
 * The annotation rules istiod's webhook applies to every kind before looking at the spec (validation.go's
 * metadata wrapper): a finding here stops validation of the object, as in istiod.
 */
import { WebhookReport } from './report';
/** Returns false when an annotation rule rejected the object (its spec is then not validated). */
export declare function validateMetadata(r: WebhookReport, kind: string, action: string): boolean;
