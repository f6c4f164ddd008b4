// The example app: the runbook's mesh (DESIGN.md's seed scenario), synthesized by `npm run synth` into dist/.
// Synth validates every Istio object first; a bad object fails it with a clear message.
import { App, Chart, Duration, Size } from 'cdk8s';
import {
  AccessLogEncoding, BufferedAccessLogging, CanaryService, CanaryServiceProps, DataplaneMode, GatewayListener,
  IngressGateway, InstallProfile, ISTIO_VERSION_CONTEXT_KEY, IstioApp, LifecycleHook, MeshGraph, MeshWideStrictMtls, MetricTarget, PodSpreading,
  Probe, RouteMatch, ScalingMetric,
  StringMatch, StrictMtlsNamespace,
} from '.';

export interface ExampleMesh {
  readonly logs: BufferedAccessLogging;
  readonly billing: Chart;
  readonly billingService: CanaryService;
  readonly gateway: IngressGateway;
  readonly ledger: Chart;
  readonly ledgerService: CanaryService;
}

// Two stable pods and a PodDisruptionBudget per version come by default; the probe and the preStop pause keep
// requests away from pods that are starting or stopping.
const BILLING_POD = { readiness: Probe.httpGet('/healthz'), preStop: LifecycleHook.sleep(Duration.seconds(5)) };

/** billing-service as the example runs it: a 90/10 canary of v2 where every request from Oslo users reaches v2. */
export const BILLING_SERVICE: CanaryServiceProps = {
  name: 'billing-service',
  port: 80,
  targetPort: 8080,
  stable: { version: 'v1', image: 'registry.example.com/billing:1.4.2', ...BILLING_POD },
  canary: { version: 'v2', image: 'registry.example.com/billing:2.0.0', ...BILLING_POD },
  canaryWeight: 10,
  canaryMatches: [RouteMatch.header('x-user-region', StringMatch.exact('oslo'))],
};

/** The Istio release the example mesh runs (an IstioApp takes it as context at construction). */
export const EXAMPLE_ISTIO_VERSION = '1.30';

/**
 * Builds the example mesh into `app` (exported so the tests check exactly what `npm run synth` writes); the
 * tests also build later releases of billing-service with other props.
 */
export function buildExampleMesh(app: App, billingServiceProps: CanaryServiceProps = BILLING_SERVICE): ExampleMesh {
  // The mesh runs Istio 1.30 (the flush settings below need 1.29 or newer), installed with the ambient profile
  // (istiod, CNI agent and ztunnel; the billing namespace still gets sidecars), so the IstioOperator file names it.
  if (app.node.tryGetContext(ISTIO_VERSION_CONTEXT_KEY) === undefined) app.node.setContext(ISTIO_VERSION_CONTEXT_KEY, EXAMPLE_ISTIO_VERSION);
  // Mesh-wide: only mutual-TLS traffic between workloads, and JSON access logs with buffered writes.
  const mesh = new Chart(app, 'mesh');
  new MeshWideStrictMtls(mesh, 'mtls');
  const logs = new BufferedAccessLogging(mesh, 'logs', {
    encoding: AccessLogEncoding.JSON,
    flushInterval: Duration.seconds(1),
    minFlushSize: Size.mebibytes(1),
    installProfile: InstallProfile.AMBIENT,
  });

  // The billing team's namespace: sidecar-injected, STRICT mTLS, and a 90/10 canary of billing-service
  // where every request from Oslo users reaches v2.
  const billing = new Chart(app, 'billing', { namespace: 'billing' });
  new StrictMtlsNamespace(billing, 'ns', { name: 'billing' });
  const billingService = new CanaryService(billing, 'billing-service', billingServiceProps);

  // The billing team's ingress gateway (istiod deploys it as `public-istio` in the namespace), terminating TLS
  // for billing.example.com with a certificate Secret issued there (e.g. by cert-manager). billing-service is
  // exposed through it with the same split and Oslo rule as in the mesh; without exposeVia, ingress traffic
  // would balance over both versions by pod count and ignore the split.
  const gateway = new IngressGateway(billing, 'public', {
    name: 'public',
    listeners: [GatewayListener.https({ hostname: 'billing.example.com', certificates: [{ name: 'billing-example-com-tls' }] })],
  });
  billingService.exposeVia(gateway, { hostnames: ['billing.example.com'] });

  // The ledger team's namespace runs in ambient mode: ztunnel on each node carries mTLS, and a waypoint does the
  // L7 routing. Its canary is therefore written as Gateway API objects (the default in ambient namespaces): an
  // HTTPRoute on the Service ledger-service, with one Service per version instead of DestinationRule subsets.
  const ledger = new Chart(app, 'ledger', { namespace: 'ledger' });
  new StrictMtlsNamespace(ledger, 'ns', { name: 'ledger', dataplane: DataplaneMode.AMBIENT, waypoint: true });
  const ledgerService = new CanaryService(ledger, 'ledger-service', {
    name: 'ledger-service',
    port: 80,
    targetPort: 8080,
    // The ledger's load follows its memory more than its CPU (it caches open books), and its nodes span three zones:
    // the stable version scales on both and prefers one zone per pod (then one node per pod), so losing a zone or a
    // node never takes every stable pod at once.
    stable: {
      version: 'v3', image: 'registry.example.com/ledger:3.1.0', spreadPods: PodSpreading.ACROSS_ZONES,
      autoscaling: {
        minReplicas: 3, maxReplicas: 9, targetCpuUtilization: 70, metrics: [ScalingMetric.memory(MetricTarget.utilization(80))],
        scaleDownStabilization: Duration.minutes(10),
      },
    },
    canary: { version: 'v4', image: 'registry.example.com/ledger:4.0.0' },
    canaryWeight: 20,
    canaryMatches: [RouteMatch.header('x-canary', StringMatch.exact('always'))],
  });
  return { logs, billing, billingService, gateway, ledger, ledgerService };
}

if (require.main === module) {
  // IstioApp: a cdk8s App that renders and validates each object once per synth (a plain App validates too, once
  // per chart).
  const app = new IstioApp({ context: { [ISTIO_VERSION_CONTEXT_KEY]: EXAMPLE_ISTIO_VERSION } });
  const { logs } = buildExampleMesh(app);
  // The picture reviewers read in the pull request (mesh.md renders on GitHub, mesh.svg anywhere): drawn by synth
  // from what it wrote, into dist-graph/ beside dist/ (not inside it, so `kubectl apply -f dist/` stays clean).
  new MeshGraph(app, 'picture');
  app.synth();
  // The install-time mesh config (JSON encoding, provider, flush settings) for `istioctl install -f` or Helm.
  // Written after synth, so nothing is written when validation fails, and outside dist/, so that
  // `kubectl apply -f dist/` does not pick it up.
  logs.writeInstallFiles('dist-install');
}
