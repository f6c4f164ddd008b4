import { Obj } from '../util/plain-json';
import { WebhookReport } from './report';
export declare function validateAuthorizationPolicy(r: WebhookReport, spec: Obj): void;
