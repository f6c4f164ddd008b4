import { App, Chart } from 'cdk8s';
import { BufferedAccessLogging, CanaryService, CanaryServiceProps, IngressGateway } from '.';
export interface ExampleMesh {
    readonly logs: BufferedAccessLogging;
    readonly billing: Chart;
    readonly billingService: CanaryService;
    readonly gateway: IngressGateway;
    readonly ledger: Chart;
    readonly ledgerService: CanaryService;
}
/** billing-service as the example runs it: a 90/10 canary of v2 where every request from Oslo users reaches v2. */
export declare const BILLING_SERVICE: CanaryServiceProps;
/** The Istio release the example mesh runs (an IstioApp takes it as context at construction). */
export declare const EXAMPLE_ISTIO_VERSION = "1.30";
/**
 * Builds the example mesh into `app` (exported so the tests check exactly what `npm run synth` writes); the
 * tests also build later releases of billing-service with other props.
 */
export declare function buildExampleMesh(app: App, billingServiceProps?: CanaryServiceProps): ExampleMesh;
