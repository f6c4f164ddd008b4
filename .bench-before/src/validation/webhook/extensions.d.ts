import { Obj } from '../util/plain-json';
import { WebhookReport } from './report';
export declare function validateWasmPlugin(r: WebhookReport, spec: Obj): void;
export declare function validateProxyConfig(r: WebhookReport, spec: Obj): void;
