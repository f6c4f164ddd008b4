/**
 * Istio Gateways (IST0101): the selector must pick gateway pods somewhere, and each TLS credential must name a
 * Secret in the namespace of those pods. Ingress gateway pods and their Secrets are usually installed apart from
 * the routes, so these references are only judged when the inputs are the whole cluster (`closedWorld`), or, for
 * Secrets, when the inputs hold that namespace's Secrets.
 */
import { Finding } from '../finding';
import { MeshModel } from './model';
export declare function analyzeGateways(model: MeshModel, out: Finding[]): void;
