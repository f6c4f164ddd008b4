/**
 * IST0118: Service ports whose protocol Istio cannot tell from the name or appProtocol (it then sniffs the
 * protocol, which costs a round trip and breaks server-first protocols).
 */
import { Finding } from '../finding';
import { MeshModel } from './model';
/** A Service or Deployment Istio created for a gateway, waypoint or east-west gateway (its ports are Istio's). */
export declare function isGatewayManaged(labels: {
    readonly [key: string]: string;
}): boolean;
/** Istio's port protocol resolution (UDP, then appProtocol, then the name prefix); false = "unsupported". */
export declare function hasKnownProtocol(port: number, name: string, protocol: string, appProtocol: string | undefined): boolean;
export declare function analyzeServicePorts(model: MeshModel, out: Finding[]): void;
