import { Obj } from '../util/plain-json';
import { WebhookReport } from './report';
/** `internal.istio.io/gateway-semantics: gateway`: a Gateway istiod generated from a Gateway API Gateway. */
export declare const GATEWAY_SEMANTICS_ANNOTATION = "internal.istio.io/gateway-semantics";
export declare function validateGateway(r: WebhookReport, spec: Obj): void;
/** ServerTLSSettings (validateTLSOptions): what each mode needs and excludes. Also used by Sidecar ingress. */
export declare function validateServerTls(r: WebhookReport, path: string, tls: unknown): void;
