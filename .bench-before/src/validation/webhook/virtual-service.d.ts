import { Obj } from '../util/plain-json';
import { WebhookReport } from './report';
export declare function validateVirtualService(r: WebhookReport, spec: Obj): void;
