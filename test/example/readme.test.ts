import * as fs from 'fs';
import * as path from 'path';
import { App, Chart, Testing } from 'cdk8s';
import { parseAllDocuments } from 'yaml';
import { VirtualService } from '../../imports/istio-networking.istio.io';
import { CanaryService, MeshValidation } from '../../src';
import { buildExampleMesh } from '../../src/main';
import { validateAndAnalyze } from '../../src/validation';

const ROOT = path.resolve(__dirname, '..', '..');

function exampleObjects(): Array<{ kind: string; metadata: { name: string; namespace?: string } }> {
  const app = Testing.app();
  buildExampleMesh(app as App);
  return app.charts.flatMap((c) => c.toJson());
}

/** Every ```yaml block of the README that shows Kubernetes objects, as plain objects. */
function readmeObjects(): Array<{ kind: string; metadata: { name: string; namespace?: string } }> {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks.flatMap((b) => parseAllDocuments(b).map((d) => d.toJS()));
}

describe('the example app (npm run synth)', () => {
  test('has the runbook objects and analyzes clean', () => {
    const objects = exampleObjects();
    expect(objects.map((o) => `${o.kind} ${o.metadata.namespace ?? ''}/${o.metadata.name}`)).toEqual([
      'PeerAuthentication istio-system/default',
      'Telemetry istio-system/access-logging',
      'Namespace /billing',
      'PeerAuthentication billing/default',
      'Service billing/billing-service',
      'Deployment billing/billing-service-v1',
      'PodDisruptionBudget billing/billing-service-v1',
      'Deployment billing/billing-service-v2',
      'PodDisruptionBudget billing/billing-service-v2',
      'DestinationRule billing/billing-service',
      'VirtualService billing/billing-service',
      'Service billing/billing-service-v1',
      'Service billing/billing-service-v2',
      'HTTPRoute billing/billing-service-public',
      'Gateway billing/public',
      'Namespace /ledger',
      'Gateway ledger/waypoint',
      'PeerAuthentication ledger/default',
      'Service ledger/ledger-service',
      'Deployment ledger/ledger-service-v3',
      'PodDisruptionBudget ledger/ledger-service-v3',
      'HorizontalPodAutoscaler ledger/ledger-service-v3',
      'Deployment ledger/ledger-service-v4',
      'PodDisruptionBudget ledger/ledger-service-v4',
      'Service ledger/ledger-service-v3',
      'Service ledger/ledger-service-v4',
      'HTTPRoute ledger/ledger-service',
    ]);
    // The JSON access-log provider is defined in the mesh config BufferedAccessLogging writes to dist-install/, not
    // to dist/: analysis of dist/ alone cannot see it and says so (a warning, not an error).
    expect(validateAndAnalyze(objects).map((f) => `${f.severity} ${f.code} ${f.kind} ${f.name}`))
      .toEqual(['warning CDK8SISTIO-010 Telemetry access-logging']);
  });

  test('with the IstioOperator install file next to dist/, the provider is defined and the analysis is clean', () => {
    const app = Testing.app();
    const { logs } = buildExampleMesh(app as App);
    const iop = logs.toIstioOperator() as { spec: { profile: string } };
    // The example mesh has an ambient namespace: reinstalling it with the default profile would remove ztunnel.
    expect(iop.spec.profile).toBe('ambient');
    expect(validateAndAnalyze([...app.charts.flatMap((c) => c.toJson()), iop])).toEqual([]);
  });

  test('every YAML object the README shows is exactly what the example app synthesizes', () => {
    const synthesized = exampleObjects();
    const shown = readmeObjects();
    expect(shown.length).toBeGreaterThanOrEqual(5);
    for (const obj of shown) {
      const match = synthesized.find((s) => s.kind === obj.kind && s.metadata.name === obj.metadata.name &&
        s.metadata.namespace === obj.metadata.namespace);
      expect(match).toEqual(obj);
    }
  });

  test('the error messages the README quotes are the real ones', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const app = Testing.app();
    MeshValidation.enable(app);
    new VirtualService(new Chart(app, 'billing', { namespace: 'billing' }), 'my-vs', {
      metadata: { name: 'my-vs' },
      spec: { hosts: ['billing-service'], http: [{ route: [{ destination: { host: 'billing-service', subset: 'v1' }, weight: -10 }] }] },
    });
    let synthError = '';
    try {
      app.synthYaml();
    } catch (e) {
      synthError = (e as Error).message;
    }
    const lines = synthError.split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(readme).toContain(line);

    expect(() => new CanaryService(Testing.chart(), 'billing-service', {
      name: 'billing-service',
      stable: { version: 'v1', image: 'registry.example.com/billing:1.4.2' },
      canary: { version: 'v2', image: 'registry.example.com/billing:2.0.0' },
      canaryWeight: 150,
    })).toThrow("CanaryService 'billing-service': 'canaryWeight' must be an integer from 0 to 100, got 150");
    expect(readme).toContain("`CanaryService 'billing-service': 'canaryWeight' must be an integer from 0 to 100, got 150`");
  });

  test('the README shows the two commands', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('npm ci && npm run synth');
    expect(readme).toContain('npm test');
  });
});
