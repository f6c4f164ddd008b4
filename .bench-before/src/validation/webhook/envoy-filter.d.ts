import { Obj } from '../util/plain-json';
import { WebhookReport } from './report';
export declare function validateEnvoyFilter(r: WebhookReport, spec: Obj): void;
