/**
 * The promotion path (src/canary/promotion.ts): each release's synthesized output, applied over the previous
 * one's, never drops a request; skipping the retiring release does.
 */
import { Chart, Testing } from 'cdk8s';
import { CanaryPromotion, CanaryService, CanaryServiceProps, RouteMatch, StringMatch } from '../../src/canary';
import { RoutingApi } from '../../src/routing/routing-api';
import { checkTransition, sourced } from '../../src/transition';
import { validateAndAnalyze } from '../../src/validation';

const V1 = { version: 'v1', image: 'registry.example.com/billing:1.4.2' };
const V2 = { version: 'v2', image: 'registry.example.com/billing:2.0.0' };

function synth(props: CanaryServiceProps): object[] {
  const chart = new Chart(Testing.app(), 'billing', { namespace: 'billing' });
  new CanaryService(chart, 'billing-service', props);
  return Testing.synth(chart);
}

function transition(from: CanaryServiceProps, to: CanaryServiceProps) {
  const objects = (props: CanaryServiceProps, file: string) => synth(props).map((o, i) => sourced(o, file, i + 1));
  return checkTransition(objects(from, 'from.yaml'), objects(to, 'to.yaml'));
}

function releases(routingApi: RoutingApi): CanaryServiceProps[] {
  const r1: CanaryServiceProps = { name: 'billing-service', port: 80, targetPort: 8080, stable: V1, routingApi };
  const r2 = CanaryPromotion.startCanary(r1, {
    canary: V2, canaryWeight: 10, canaryMatches: [RouteMatch.header('x-user-region', StringMatch.exact('oslo'))],
  });
  const r3 = CanaryPromotion.promote(r2);
  const r4 = CanaryPromotion.finish(r3);
  return [r1, r2, r3, r4];
}

describe.each([RoutingApi.ISTIO, RoutingApi.GATEWAY_API])('promotion path with %s routing', (api) => {
  const [r1, r2, r3, r4] = releases(api);

  test('the releases: v1, then v1 + v2 canary, then v2 with v1 retiring, then v2', () => {
    expect([r1, r2, r3, r4].map((r) => [r.stable.version, r.canary?.version, r.retiring?.version])).toEqual([
      ['v1', undefined, undefined], ['v1', 'v2', undefined], ['v2', undefined, 'v1'], ['v2', undefined, undefined],
    ]);
    expect(r3.canaryWeight).toBeUndefined();
    expect(r3.canaryMatches).toBeUndefined();
    for (const r of [r1, r2, r3, r4]) expect(validateAndAnalyze(synth(r))).toEqual([]);
  });

  test('check-transition accepts every release applied over the previous one', () => {
    expect(transition(r1, r2).findings).toEqual([]);
    expect(transition(r2, r3).findings).toEqual([]);
    const last = transition(r3, r4);
    expect(last.findings).toEqual([]);
    // v1's Deployment and PodDisruptionBudget (and with Gateway API its version Service) are pruned after the apply.
    expect(last.pruned).toBe(api === RoutingApi.ISTIO ? 2 : 3);
  });
});

describe('without the retiring release', () => {
  const [, r2, , r4] = releases(RoutingApi.ISTIO);

  test('the naive promotion (v1 + v2 canary straight to v2) is caught: the old routes lose subset v1', () => {
    const { findings } = transition(r2, r4);
    expect(findings.map((f) => [f.step, f.objects, f.route.kind, f.path, f.problem])).toEqual([
      [4, ['DestinationRule billing/billing-service'], 'VirtualService', 'spec.http[1].route[0].destination', 'subset-missing'],
    ]);
    expect(findings[0].fix).toContain('apply in two steps: first VirtualService billing/billing-service, then DestinationRule billing/billing-service');
  });

  test('with Gateway API routing the direct step passes: v1 is a Service of its own, pruned after the new HTTPRoute', () => {
    const [, g2, , g4] = releases(RoutingApi.GATEWAY_API);
    expect(transition(g2, g4)).toMatchObject({ pruned: 3, findings: [] });
  });
});

describe('CanaryService retiring', () => {
  test('keeps the Deployment and subset of the retiring version, with no route to it', () => {
    const objects = synth({ name: 'billing-service', stable: V2, retiring: V1 }) as Array<{ kind: string; metadata: { name: string }; spec: never }>;
    expect(objects.map((o) => `${o.kind} ${o.metadata.name}`)).toEqual([
      'Service billing-service', 'Deployment billing-service-v2', 'PodDisruptionBudget billing-service-v2',
      'Deployment billing-service-v1', 'PodDisruptionBudget billing-service-v1', 'DestinationRule billing-service', 'VirtualService billing-service',
    ]);
    const [dr, vs] = objects.slice(5) as Array<{ spec: { subsets: { name: string }[]; http: unknown } }>;
    expect(dr.spec.subsets.map((s) => s.name)).toEqual(['v2', 'v1']);
    expect(JSON.stringify(vs.spec.http)).not.toContain('"v1"');
    const service = new CanaryService(Testing.chart(), 's', { name: 'billing-service', stable: V2, retiring: V1 });
    expect(service.retiringVersion).toBe('v1');
    expect(service.retiringDeployment?.name).toBe('billing-service-v1');
  });

  test.each([
    [{ stable: V1, retiring: V1 }, `CanaryService 's': 'retiring.version' must be different from the versions that get traffic ("v1"), got "v1"`],
    [{ stable: V1, canary: V2, retiring: V2 }, `'retiring.version' must be different from the versions that get traffic ("v1" and "v2"), got "v2"`],
    [{ stable: V1, retiring: { version: 'v0', image: '' } }, `'retiring.image' must be a non-empty image reference`],
  ])('%#: %s', (props, message) => {
    expect(() => new CanaryService(Testing.chart(), 's', { name: 'billing-service', ...props })).toThrow(message);
  });
});

describe('CanaryPromotion errors', () => {
  const base: CanaryServiceProps = { name: 'billing-service', stable: V1 };
  test.each([
    [() => CanaryPromotion.startCanary({ ...base, canary: V2 }, { canary: V2 }), `CanaryPromotion 'billing-service': 'canary' is already set ("v2"): promote it or drop it before starting another`],
    [() => CanaryPromotion.startCanary({ ...base, retiring: V2 }, { canary: V2 }), `CanaryPromotion 'billing-service': 'retiring' is still set ("v2"): finish the last promotion (CanaryPromotion.finish) first`],
    [() => CanaryPromotion.startCanary(base, {} as never), `CanaryPromotion 'billing-service': 'canary' must be the new version (in the options of startCanary), got undefined`],
    [() => CanaryPromotion.promote(base), `CanaryPromotion 'billing-service': 'canary' must be set to promote (the version that becomes stable), got undefined`],
    [() => CanaryPromotion.promote({ ...base, canary: V2, retiring: { version: 'v0', image: 'x' } }), `'retiring' is still set ("v0")`],
    [() => CanaryPromotion.finish(base), `CanaryPromotion 'billing-service': 'retiring' must be set to finish a promotion (the version promote() retired), got undefined`],
    [() => CanaryPromotion.finish(null as never), 'CanaryPromotion: the current props must be CanaryServiceProps, got null'],
  ])('%#', (call, message) => {
    expect(call).toThrow(message);
  });
});
