/**
 * The benchmark mesh: N CanaryServices with a header rule, in StrictMtlsNamespaces of 50 services each
 * (one chart per namespace), plus a mesh chart with MeshWideStrictMtls and one BufferedAccessLogging.
 * In an IstioApp (one render and one validation per object per synth), or in a plain cdk8s App when `plainApp`
 * (validated through node.addValidation alone: the whole app once more per chart).
 */
import { App, Chart, Duration, Size, YamlOutputType } from 'cdk8s';
import {
  AccessLogEncoding, BufferedAccessLogging, CanaryService, MeshWideStrictMtls, RouteMatch, StringMatch,
  IstioApp, StrictMtlsNamespace,
} from '../src';

export const SERVICES_PER_NAMESPACE = 50;

export function namespaceName(index: number): string {
  return `team-${String(index).padStart(3, '0')}`;
}

export function buildMeshApp(services: number, outdir: string, plainApp = false): App {
  const props = { outdir, yamlOutputType: YamlOutputType.FILE_PER_CHART };
  // BufferedAccessLogging's flush settings need the target release (or an acknowledgement). An IstioApp takes context
  // as a prop (it has a child, MeshState, from its constructor on, and constructs refuses setContext after that).
  const context = { istioVersion: '1.30' };
  const app = plainApp ? new App(props) : new IstioApp({ ...props, context });
  if (plainApp) app.node.setContext('istioVersion', context.istioVersion);
  const mesh = new Chart(app, 'mesh');
  new MeshWideStrictMtls(mesh, 'mtls');
  new BufferedAccessLogging(mesh, 'logs', {
    encoding: AccessLogEncoding.JSON,
    flushInterval: Duration.seconds(1),
    minFlushSize: Size.mebibytes(1),
  });
  const namespaces = Math.ceil(services / SERVICES_PER_NAMESPACE);
  for (let n = 0; n < namespaces; n++) {
    const ns = namespaceName(n);
    const chart = new Chart(app, ns, { namespace: ns });
    new StrictMtlsNamespace(chart, 'ns', { name: ns });
    const count = Math.min(SERVICES_PER_NAMESPACE, services - n * SERVICES_PER_NAMESPACE);
    for (let i = 0; i < count; i++) {
      const name = `svc-${i}`;
      new CanaryService(chart, name, {
        name,
        port: 80,
        targetPort: 8080,
        stable: { version: 'v1', image: `registry.example.com/${ns}/${name}:1.0.0` },
        canary: { version: 'v2', image: `registry.example.com/${ns}/${name}:2.0.0` },
        canaryWeight: 10,
        canaryMatches: [RouteMatch.header('x-user-region', StringMatch.exact('oslo'))],
      });
    }
  }
  return app;
}
