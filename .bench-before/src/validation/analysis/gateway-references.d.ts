/**
 * Routes bound to a gateway the inputs lack (IST0101 `gateway`): a VirtualService's `gateways` entry (istioctl's
 * virtualservice.GatewayAnalyzer) and an HTTPRoute/GRPCRoute parentRef to a Gateway API Gateway, or to a listener
 * (`sectionName`) that Gateway does not have. Only what the inputs describe is judged: a gateway in a namespace
 * where the inputs hold no gateway of that API belongs to another tool (an installed istio-ingressgateway).
 * For a VirtualService whose Istio Gateway is present, none of its hosts matching a server host of the Gateway is
 * IST0132 (the gateway never hands it a request).
 */
import { Finding } from '../finding';
import { MeshModel } from './model';
export declare function analyzeGatewayReferences(model: MeshModel, out: Finding[]): void;
