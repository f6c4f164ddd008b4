import * as fs from 'fs';
import * as path from 'path';
import { App, Chart } from 'cdk8s';
import { parseAllDocuments } from 'yaml';
import { CallerIdentity, MeshWideStrictMtls, PortMtlsMode, StrictMtlsNamespace } from '../../src/security';

// The YAML shown in docs/strict-mtls.md is what the constructs really produce.
const doc = fs.readFileSync(path.join(__dirname, '../../docs/strict-mtls.md'), 'utf8');
const yamlBlocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)]
  .map((m) => parseAllDocuments(m[1]).map((d) => d.toJSON()));

test('the runbook setup YAML in the docs', () => {
  const app = new App();
  new MeshWideStrictMtls(new Chart(app, 'mesh'), 'mtls');
  new StrictMtlsNamespace(new Chart(app, 'billing', { namespace: 'billing' }), 'ns', { name: 'billing' });
  expect(yamlBlocks[0]).toEqual(app.charts.flatMap((c) => c.toJson()));
});

test('the port exception and deny-by-default YAML in the docs', () => {
  const app = new App();
  const billing = new Chart(app, 'billing', { namespace: 'billing' });
  const ns = new StrictMtlsNamespace(billing, 'ns', {
    name: 'billing',
    portExceptions: [{ port: 9090, mode: PortMtlsMode.PERMISSIVE, selector: { app: 'billing-service' } }],
    denyByDefault: true,
  });
  ns.allowFrom(CallerIdentity.namespace('frontend'), CallerIdentity.serviceAccount('checkout', 'web'));
  expect(yamlBlocks[1]).toEqual(billing.toJson().slice(2));
});
