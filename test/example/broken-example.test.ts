/**
 * The example app analyzes clean (readme.test.ts); here it is broken on purpose, the ways meshes break in
 * production, and synth must fail naming the object, the field and the finding.
 */
import { ApiObject, App, JsonPatch, Testing } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { buildExampleMesh } from '../../src/main';
import { defined } from '../support/type-helpers';

function synthError(app: App): string {
  try {
    app.synthYaml();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('synth succeeded, but the app was broken on purpose');
}

describe('the example app, broken on purpose, fails synth', () => {
  test('a route to a subset no DestinationRule defines: IST0101', () => {
    const app = Testing.app();
    const { billingService } = buildExampleMesh(app);
    ApiObject.of(defined(billingService.virtualService, 'the example\'s VirtualService')).addJsonPatch(
      JsonPatch.replace('/spec/http/0/route/0/destination/subset', 'v3'));
    expect(synthError(app)).toContain(
      '[billing/billing-service/VirtualService] VirtualService billing/billing-service: spec.http[0].route[0].destination.subset: ' +
      'destination subset "v3" of host "billing-service" is not defined by any DestinationRule');
    expect(synthError(app)).toContain('(error IST0101)');
  });

  test('the canary Deployment is missing: its subset selects no pods, IST0173', () => {
    const app = Testing.app();
    const { billingService } = buildExampleMesh(app);
    const deployment = defined(billingService.canaryDeployment, 'the example\'s canary Deployment');
    expect(deployment.node.scope?.node.tryRemoveChild(deployment.node.id)).toBe(true);
    const message = synthError(app);
    expect(message).toMatch(/DestinationRule billing\/billing-service: spec\.subsets\[1\][^\n]*\(error IST0173\)/);
    expect(message).toContain('v2');
  });

  test('a workload that opts out of the sidecar in the STRICT namespace: CDK8SISTIO-002', () => {
    const app = Testing.app();
    const { billing } = buildExampleMesh(app);
    new k8s.KubeDeployment(billing, 'batch', {
      metadata: { name: 'batch' },
      spec: {
        selector: { matchLabels: { app: 'batch' } },
        template: {
          metadata: { labels: { 'app': 'batch', 'sidecar.istio.io/inject': 'false' } },
          spec: { containers: [{ name: 'main', image: 'registry.example.com/batch:1.0.0' }] },
        },
      },
    });
    expect(synthError(app)).toMatch(
      /\[billing\/batch\] Deployment billing\/batch: spec\.template\.metadata\.labels[^\n]*\(error CDK8SISTIO-002\)/);
  });
});
