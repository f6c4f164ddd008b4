/**
 * Deployments behind several Services (IST0116, IST0137): the sidecar builds one inbound listener per pod
 * port, so Services that expose the same port with different protocols, or the same target port under
 * different service ports, cannot all be served.
 */
import { Finding } from '../finding';
import { MeshModel } from './model';
export declare function analyzeDeploymentServices(model: MeshModel, out: Finding[]): void;
