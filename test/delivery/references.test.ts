/* eslint-disable @typescript-eslint/no-explicit-any -- edits untyped manifests */
import { RouteMatch, StringMatch } from '../../src/canary';
import { Delivery } from '../../src/delivery';
import { DataplaneMode } from '../../src/shared/dataplane-mode';
import { analyze } from '../../src/validation/analysis';
import { build } from './worlds';

const argoObjects = () => build({ delivery: Delivery.argoRollouts(), canaryMatches: [RouteMatch.header('x-beta', StringMatch.exact('1'))] }).objects;
const flaggerObjects = () => build({ delivery: Delivery.flagger() }).objects;
const findings = (objects: any[]) => analyze(objects).filter((f) => f.code.startsWith('CDK8SISTIO-05')).map((f) => `${f.code} ${f.kind} ${f.path}: ${f.message}`);
const edit = (objects: any[], kind: string, change: (o: any) => void) => {
  change(objects.find((o) => o.kind === kind));
  return objects;
};

describe('progressive-delivery references (CDK8SISTIO-050, CDK8SISTIO-051)', () => {
  test('the emitted objects reference each other correctly', () => {
    expect(findings(argoObjects())).toEqual([]);
    expect(findings(flaggerObjects())).toEqual([]);
  });

  test('Rollout: a route name the VirtualService lacks', () => {
    expect(findings(edit(argoObjects(), 'VirtualService', (vs) => { vs.spec.http[0].name = 'primary'; }))).toEqual([
      'CDK8SISTIO-050 Rollout spec.strategy.canary.trafficRouting.istio.virtualService.routes[0]: VirtualService billing/billing has no http route named "stable-canary-split"',
    ]);
  });

  test('Rollout: a missing VirtualService and DestinationRule, when the inputs hold others of the namespace', () => {
    const objects = edit(edit(argoObjects(), 'VirtualService', (vs) => { vs.metadata.name = 'other'; }), 'DestinationRule', (dr) => { dr.metadata.name = 'other'; });
    expect(findings(objects)).toEqual([
      'CDK8SISTIO-050 Rollout spec.strategy.canary.trafficRouting.istio.destinationRule.name: the DestinationRule "billing" is not in namespace "billing" (Argo reports DestinationRuleNotFound)',
      'CDK8SISTIO-050 Rollout spec.strategy.canary.trafficRouting.istio.virtualService.name: the VirtualService "billing" is not in namespace "billing"',
    ]);
    // Without any VirtualService or DestinationRule of the namespace in the inputs, another tool may deploy them.
    expect(findings(argoObjects().filter((o) => o.kind !== 'VirtualService' && o.kind !== 'DestinationRule'))).toEqual([]);
  });

  test('Rollout: a subset the DestinationRule lacks, and a route without it', () => {
    const objects = edit(edit(argoObjects(), 'DestinationRule', (dr) => { dr.spec.subsets[1].name = 'preview'; }), 'VirtualService', (vs) => {
      vs.spec.http[0].route[1].destination.subset = 'preview';
    });
    expect(findings(objects)).toEqual([
      'CDK8SISTIO-050 Rollout spec.strategy.canary.trafficRouting.istio.destinationRule.canarySubsetName: the DestinationRule billing/billing has no subset "canary"',
      'CDK8SISTIO-050 Rollout spec.strategy.canary.trafficRouting.istio.virtualService.routes[0]: the route "stable-canary-split" of VirtualService billing/billing has no destination with subset "canary"',
      'CDK8SISTIO-051 Rollout spec.strategy.canary.trafficRouting.istio.virtualService.routes[0]: the route "stable-canary-split" of VirtualService billing/billing also sends to subset "preview": Argo deletes those destinations when it sets the weights',
    ]);
  });

  test('Rollout: routes left out with several routes, and a managed route that names one of them', () => {
    const objects = edit(edit(argoObjects(), 'Rollout', (r) => { delete r.spec.strategy.canary.trafficRouting.istio.virtualService.routes; }), 'VirtualService', (vs) => {
      vs.spec.http.unshift({ name: 'canary-header', route: [{ destination: { host: 'billing', subset: 'stable' } }] }, { name: 'legacy', route: [{ destination: { host: 'billing', subset: 'stable' } }] });
    });
    expect(findings(objects)).toEqual([
      'CDK8SISTIO-051 Rollout spec.strategy.canary.trafficRouting.managedRoutes: "canary-header" names a route of VirtualService billing/billing: Argo removes managed routes when the rollout ends',
      'CDK8SISTIO-050 Rollout spec.strategy.canary.trafficRouting.istio.virtualService.routes: is left out, so VirtualService billing/billing must have exactly one http route, and it has 2',
    ]);
  });

  test('Rollout: a missing AnalysisTemplate', () => {
    const objects = edit(argoObjects(), 'AnalysisTemplate', (t) => { t.metadata.name = 'other'; });
    expect(findings(objects)).toEqual([
      'CDK8SISTIO-050 Rollout spec.strategy.canary.analysis.templates[0].templateName: the AnalysisTemplate "billing" is not in namespace "billing"',
    ]);
  });

  test('Canary: a target Deployment that is not there, and a MetricTemplate that is not there', () => {
    const objects = edit(flaggerObjects(), 'Deployment', (d) => { d.metadata.name = 'billing-v2'; });
    expect(findings(objects)).toEqual([
      'CDK8SISTIO-050 Canary spec.targetRef.name: the target Deployment "billing" is not in namespace "billing": Flagger has nothing to clone into "billing-primary"',
    ]);
    const ambient = build({ delivery: Delivery.flagger() }, { dataplane: DataplaneMode.AMBIENT }).objects.filter((o: any) => o.metadata.name !== 'billing-request-duration');
    expect(findings(ambient)).toEqual([
      'CDK8SISTIO-050 Canary spec.analysis.metrics[1].templateRef.name: the MetricTemplate "billing-request-duration" is not in namespace "billing"',
    ]);
  });
});
