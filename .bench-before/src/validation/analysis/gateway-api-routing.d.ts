/**
 * Gateway API and ambient routing mistakes Istio accepts silently (GATEWAY-API-FACTS §1.2, §2, §3):
 * - CDK8SISTIO-022: a parentRef of kind Service whose group is not "" (`core`, or omitted: the default group is
 *   gateway.networking.k8s.io); Istio skips it without a status, so the route applies nowhere;
 * - IST0101: a Service parentRef or a backendRef to a Service or port the inputs lack (only where the inputs hold
 *   that namespace's Services, as for VirtualService destinations);
 * - CDK8SISTIO-021: a mesh VirtualService and an HTTPRoute on the same Service host (sidecars keep one of them,
 *   which one is undefined);
 * - CDK8SISTIO-020: L7 routing (VirtualService subsets, DestinationRule subsets, HTTPRoutes on a Service) to a
 *   Service in an ambient namespace with no waypoint in the inputs: ztunnel works at L4 and ignores it.
 */
import { Finding } from '../finding';
import { MeshModel } from './model';
export declare function analyzeGatewayApiRouting(model: MeshModel, out: Finding[]): void;
