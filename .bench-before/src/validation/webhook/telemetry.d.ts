import { Obj } from '../util/plain-json';
import { WebhookReport } from './report';
export declare function validateTelemetry(r: WebhookReport, spec: Obj): void;
