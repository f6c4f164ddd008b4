/* eslint-disable @typescript-eslint/no-explicit-any -- parsed README YAML */
import * as fs from 'fs';
import * as path from 'path';
import { Chart, Duration, Testing } from 'cdk8s';
import { parseAllDocuments } from 'yaml';
import { CanaryService, RouteMatch, StringMatch } from '../../src/canary';
import { Delivery } from '../../src/delivery';

/** The README's delivery examples, built with the props the README shows. */
function exampleObjects(): any[] {
  return [
    Delivery.flagger({ stepWeight: 10, maxWeight: 50 }),
    Delivery.argoRollouts({ stepWeights: [10, 25, 50], interval: Duration.minutes(2) }),
  ].flatMap((delivery) => {
    const chart = new Chart(Testing.app(), 'billing', { namespace: 'billing' });
    new CanaryService(chart, 'billing-service', {
      name: 'billing-service',
      stable: { version: 'v1', image: 'registry.example.com/billing:1.4.2' },
      canary: { version: 'v2', image: 'registry.example.com/billing:2.0.0' },
      ...(delivery.controller === 'argo-rollouts' ? { canaryMatches: [RouteMatch.header('x-canary', StringMatch.exact('always'))] } : {}),
      delivery,
    });
    return chart.toJson();
  });
}

test('every object of the README\'s "yaml delivery" blocks is (an excerpt of) what synth emits for the props shown', () => {
  const readme = fs.readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');
  const shown = [...readme.matchAll(/```yaml delivery\n([\s\S]*?)```/g)].flatMap((m) => parseAllDocuments(m[1]).map((d) => d.toJS()));
  expect(shown.map((o) => o.kind)).toEqual(['Canary', 'Rollout', 'DestinationRule', 'VirtualService']);
  const synthesized = exampleObjects();
  for (const obj of shown) {
    const real = synthesized.find((s) => s.kind === obj.kind && s.metadata.name === obj.metadata.name);
    // The Canary, DestinationRule and VirtualService are shown whole; the Rollout without its pod template.
    if (obj.kind === 'Rollout') expect(real).toMatchObject(obj);
    else expect(real).toEqual(obj);
  }
});
