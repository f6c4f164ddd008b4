/**
 * DestinationRule hosts and subsets (IST0173, IST0174): a subset must select running pods of its Service
 * (else the route to it answers 503 "no healthy upstream"), and the host must be a known Service or ServiceEntry.
 */
import { Finding } from '../finding';
import { MeshModel } from './model';
export declare function analyzeDestinationRules(model: MeshModel, out: Finding[]): void;
