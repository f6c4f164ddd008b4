import { Obj } from '../util/plain-json';
import { WebhookReport } from './report';
export declare function validateServiceEntry(r: WebhookReport, spec: Obj): void;
