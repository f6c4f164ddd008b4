import { Obj } from '../util/plain-json';
import { WebhookReport } from './report';
export declare function validateRequestAuthentication(r: WebhookReport, spec: Obj): void;
