import * as fs from 'fs';
import * as path from 'path';
import { Chart, Testing } from 'cdk8s';
import { parseAllDocuments } from 'yaml';
import { CanaryService, RouteMatch, StringMatch } from '../../src/canary';

// The YAML shown in docs/canary-service.md is what the construct really produces for the runbook example.
const doc = fs.readFileSync(path.join(__dirname, '../../docs/canary-service.md'), 'utf8');
const yamlBlocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parseAllDocuments(m[1]).map((d) => d.toJSON()));

test('the billing-service YAML in the docs', () => {
  const billing = new Chart(Testing.app(), 'billing', { namespace: 'billing' });
  new CanaryService(billing, 'billing-service', {
    name: 'billing-service', port: 80, targetPort: 8080,
    stable: { version: 'v1', image: 'registry.example.com/billing:1.4.2' },
    canary: { version: 'v2', image: 'registry.example.com/billing:2.0.0' },
    canaryWeight: 10,
    canaryMatches: [RouteMatch.header('x-user-region', StringMatch.exact('oslo'))],
  });
  expect(yamlBlocks[0]).toEqual(Testing.synth(billing));
});
