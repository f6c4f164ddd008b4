/**
 * Telemetry resources (IST0101, IST0157, IST0159, IST0160): access logging needs a provider, and each scope
 * (namespace, workload) may be configured by one Telemetry only.
 */
import { Finding } from '../finding';
import { MeshModel } from './model';
export declare function analyzeTelemetry(model: MeshModel, out: Finding[]): void;
