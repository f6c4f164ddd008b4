import { Obj } from '../util/plain-json';
import { WebhookReport } from './report';
export declare function validatePeerAuthentication(r: WebhookReport, spec: Obj): void;
