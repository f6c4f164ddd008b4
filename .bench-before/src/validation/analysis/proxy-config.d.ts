import { Finding } from '../finding';
import { MeshModel } from './model';
export declare function analyzeProxyConfig(model: MeshModel, out: Finding[]): void;
