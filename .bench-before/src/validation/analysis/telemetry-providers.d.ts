/**
 * CDK8SISTIO-010: a Telemetry naming a provider that no mesh config defines. Istio skips unknown provider names
 * silently, so such a Telemetry logs, traces or measures nothing.
 *
 * When the inputs hold the mesh config (the `istio` ConfigMap of the root namespace, or an IstioOperator's
 * meshConfig), its extensionProviders plus Istio's built-in ones are the whole list: an unknown name is an error.
 * Otherwise the mesh config lives elsewhere and may define it: a warning says so.
 */
import { Finding } from '../finding';
import { MeshModel } from './model';
/** Providers every default MeshConfig has (pkg/config/mesh/mesh.go DefaultMeshConfig). */
export declare const BUILT_IN_TELEMETRY_PROVIDERS: readonly string[];
export declare function analyzeTelemetryProviders(model: MeshModel, out: Finding[]): void;
