/**
 * The benchmark mesh: N CanaryServices with a header rule, in StrictMtlsNamespaces of 50 services each
 * (one chart per namespace), plus a mesh chart with MeshWideStrictMtls and one BufferedAccessLogging.
 * In an IstioApp (one render and one validation per object per synth), or in a plain cdk8s App when `plainApp`
 * (validated through node.addValidation alone: the whole app once more per chart).
 */
import { App } from 'cdk8s';
export declare const SERVICES_PER_NAMESPACE = 50;
export declare function namespaceName(index: number): string;
export declare function buildMeshApp(services: number, outdir: string, plainApp?: boolean): App;
