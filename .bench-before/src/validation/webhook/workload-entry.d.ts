import { Obj } from '../util/plain-json';
import { WebhookReport } from './report';
export declare function validateWorkloadEntry(r: WebhookReport, spec: Obj): void;
export declare function validateWorkloadGroup(r: WebhookReport, spec: Obj): void;
