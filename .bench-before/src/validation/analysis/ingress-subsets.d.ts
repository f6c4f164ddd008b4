/**
 * Ingress traffic that ignores a version split.
 *
 * IST0140 IngressRouteRulesNotAffected, with istioctl's exact condition (virtualservice/destinationhosts.go): a
 * VirtualService A bound to any gateway (a non-empty `gateways`, `mesh` included) routes some HTTP request to a
 * host without a subset, while a VirtualService B (A itself included) routes that same host string by subset and
 * lists it among its own hosts. Requests through A then ignore B's version split. Host strings are compared as
 * written, without short-name or FQDN expansion, as Istio does; one warning per (destination of A, B) pair.
 *
 * CDK8SISTIO-030, its Gateway API counterpart: an HTTPRoute/GRPCRoute attached to a Gateway sends to a Service
 * that the mesh splits by version (a mesh-bound VirtualService routing its host by subset, or a route attached to
 * the Service itself with other backends). The gateway applies only its own route, so those requests balance
 * over every version's pods.
 */
import { Finding } from '../finding';
import { MeshModel } from './model';
export declare function analyzeIngressSubsets(model: MeshModel, out: Finding[]): void;
export declare function analyzeGatewayRouteBypass(model: MeshModel, out: Finding[]): void;
