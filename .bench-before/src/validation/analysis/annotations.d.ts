/**
 * Istio annotations and labels in the wrong place (IST0107, CDK8SISTIO-004, CDK8SISTIO-005), and alpha-phase
 * annotations (IST0136), on the own metadata of Namespaces, Services and workloads, as Istio's annotation analyzer
 * reads them. Injection reads pod metadata only: on a Deployment (instead of its pod template) these settings do
 * nothing.
 */
import { Finding } from '../finding';
import { MeshModel } from './model';
export declare function annotationPath(metadataPath: string, key: string): string;
export declare function analyzeAnnotations(model: MeshModel, out: Finding[]): void;
