import { Obj } from '../util/plain-json';
import { WebhookReport } from './report';
export declare function validateSidecar(r: WebhookReport, spec: Obj): void;
