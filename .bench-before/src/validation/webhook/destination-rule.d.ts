import { Obj } from '../util/plain-json';
import { WebhookReport } from './report';
export declare function validateDestinationRule(r: WebhookReport, spec: Obj): void;
