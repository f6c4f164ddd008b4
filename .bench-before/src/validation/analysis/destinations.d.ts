/**
 * VirtualService destinations (IST0101, IST0112): every route and mirror destination must name a subset some
 * DestinationRule defines for that host, a host that is a Service or ServiceEntry, and a port that host exposes.
 */
import { Finding } from '../finding';
import { MeshModel } from './model';
export declare function analyzeDestinations(model: MeshModel, out: Finding[]): void;
