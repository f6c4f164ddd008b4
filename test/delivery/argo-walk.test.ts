/* eslint-disable @typescript-eslint/no-explicit-any -- mutates untyped Istio JSON the way Argo does */
/**
 * Walks a Rollout's steps over the emitted VirtualService and DestinationRule the way Argo Rollouts mutates them
 * (PROGRESSIVE-DELIVERY-FACTS §2.3-§2.5), and routes requests through the reference VirtualService router after
 * every step: the traffic fractions must be what the step says.
 */
import fc from 'fast-check';
import { RouteMatch, StringMatch } from '../../src/canary';
import { Delivery } from '../../src/delivery';
import { IngressGatewayRef } from '../../src/routing';
import { istioWorld } from '../routing/worlds';
import { Distribution, Request, selectorKey } from '../routing/request';
import { IstioProxy, MESH, routeIstio } from '../routing/virtual-service-router';
import { build, one } from './worlds';

const HASH = { stable: 'stable-hash', canary: 'canary-hash' };
const STABLE = selectorKey({ app: 'billing', 'rollouts-pod-template-hash': HASH.stable });
const CANARY = selectorKey({ app: 'billing', 'rollouts-pod-template-hash': HASH.canary });

/** The VirtualService and DestinationRule of the cluster while Argo runs the Rollout. */
class ArgoCluster {
  public readonly vs: any;
  public readonly dr: any;
  private readonly istio: any;
  private readonly managed: string[];

  constructor(public readonly objects: any[]) {
    const rollout = one(objects, 'Rollout');
    this.vs = structuredClone(one(objects, 'VirtualService'));
    this.dr = structuredClone(one(objects, 'DestinationRule'));
    this.istio = rollout.spec.strategy.canary.trafficRouting.istio;
    this.managed = (rollout.spec.strategy.canary.trafficRouting.managedRoutes ?? []).map((r: any) => r.name);
    // Once the canary ReplicaSet is up, Argo pins each subset to its ReplicaSet's pod-template hash (keeping the other labels).
    for (const subset of this.dr.spec.subsets) {
      const hash = subset.name === this.istio.destinationRule.stableSubsetName ? HASH.stable : HASH.canary;
      subset.labels = { ...subset.labels, 'rollouts-pod-template-hash': hash };
    }
  }

  private destination(subset: string): any {
    return { host: this.dr.spec.host, subset };
  }

  private weightedRoute(): any {
    return this.vs.spec.http.find((r: any) => r.name === this.istio.virtualService.routes[0]);
  }

  public apply(step: any): void {
    const { canarySubsetName: canary, stableSubsetName: stable } = this.istio.destinationRule;
    if (step.setWeight !== undefined) {
      // Only the named route: canary gets the weight, stable the rest, every other destination is deleted.
      this.weightedRoute().route = [
        { destination: this.destination(stable), weight: 100 - step.setWeight },
        { destination: this.destination(canary), weight: step.setWeight },
      ];
    } else if (step.setHeaderRoute) {
      const { name, match } = step.setHeaderRoute;
      this.remove(name);
      if (match) {
        this.vs.spec.http.push({
          name,
          match: match.map((m: any) => ({ headers: { [m.headerName]: m.headerValue } })),
          route: [{ destination: this.destination(canary), weight: 100 }],
        });
      }
      this.reorder();
    } else if (step.setMirrorRoute) {
      const { name, match, percentage } = step.setMirrorRoute;
      this.remove(name);
      if (match) {
        this.vs.spec.http.push({
          name,
          match: match.map((m: any) => ({ ...(m.path ? { uri: m.path } : {}), ...(m.headers ? { headers: m.headers } : {}) })),
          route: structuredClone(this.weightedRoute().route),
          mirror: this.destination(canary),
          mirrorPercentage: { value: percentage ?? 100 },
        });
      }
      this.reorder();
    } else if (!step.pause) {
      throw new Error(`step not simulated: ${JSON.stringify(step)}`);
    }
  }

  private remove(name: string): void {
    this.vs.spec.http = this.vs.spec.http.filter((r: any) => r.name !== name);
  }

  /** Managed routes go above every other route, in managedRoutes order. */
  private reorder(): void {
    const http: any[] = this.vs.spec.http;
    const managed = this.managed.map((n) => http.find((r) => r.name === n)).filter((r) => r !== undefined);
    this.vs.spec.http = [...managed, ...http.filter((r) => !this.managed.includes(r.name))];
  }

  public route(proxy: IstioProxy, host: string, req: Request): Distribution {
    const world = istioWorld([...this.objects.filter((o) => o.kind === 'Service'), this.vs, this.dr]);
    return routeIstio(world, proxy, host, req);
  }
}

/** What a step leaves: header requests and the rest, as shares per pod set. */
function expected(weight: number, headerRoute: boolean, mirror: number | undefined): { header: Distribution; other: Distribution } {
  const other: Distribution = {};
  if (weight < 100) other[STABLE] = (100 - weight) / 100;
  if (weight > 0) other[CANARY] = weight / 100;
  if (mirror !== undefined) other[`mirror ${CANARY}`] = mirror / 100;
  return { header: headerRoute ? { [CANARY]: 1 } : other, other };
}

function walk(objects: any[], proxy: IstioProxy, host: string, headerRequest: Request): number {
  const cluster = new ArgoCluster(objects);
  const steps: any[] = one(objects, 'Rollout').spec.strategy.canary.steps;
  let weight = 0;
  let headerRoute = false;
  let mirror: number | undefined;
  // Before the first step every request stays on stable.
  expect(cluster.route(proxy, host, {})).toEqual({ [STABLE]: 1 });
  for (const step of steps) {
    cluster.apply(step);
    if (step.setWeight !== undefined) weight = step.setWeight;
    if (step.setHeaderRoute) headerRoute = step.setHeaderRoute.match !== undefined;
    if (step.setMirrorRoute) mirror = step.setMirrorRoute.match !== undefined ? step.setMirrorRoute.percentage : undefined;
    const want = expected(weight, headerRoute, mirror);
    expect({ step, header: cluster.route(proxy, host, headerRequest), other: cluster.route(proxy, host, { headers: { 'x-other': '1' } }) })
      .toEqual({ step, ...want });
  }
  return steps.length;
}

const beta = RouteMatch.header('x-beta', StringMatch.exact('1'));

describe('Argo steps over the emitted VirtualService', () => {
  test('header stage, mirroring stage, then 10/30/60/100: each step routes as it says', () => {
    const { objects } = build({ delivery: Delivery.argoRollouts({ stepWeights: [10, 30, 60, 100], mirrorPercent: 20 }), canaryMatches: [beta] });
    expect(walk(objects, MESH, 'billing', { headers: { 'x-beta': '1' } })).toBe(2 + 3 + 8);
  });

  test('the same walk at an Istio ingress gateway the service is exposed through', () => {
    const { objects } = build({ delivery: Delivery.argoRollouts({ stepWeight: 25, maxWeight: 75 }), canaryMatches: [beta] },
      { expose: { gateway: IngressGatewayRef.fromIstioGateway('istio-ingress/public'), options: { hostnames: ['billing.example.com'] } } });
    walk(objects, { gateway: 'istio-ingress/public', namespace: 'billing' }, 'billing.example.com', { headers: { 'x-beta': '1' } });
  });

  test('any accepted progression walks as it says (property)', () => {
    fc.assert(fc.property(
      fc.uniqueArray(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 6 }).map((ws) => [...ws].sort((a, b) => a - b)),
      fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
      fc.option(fc.constantFrom(StringMatch.exact('1'), StringMatch.prefix('1'), StringMatch.regex('[0-9]+')), { nil: undefined }),
      (stepWeights, mirrorPercent, header) => {
        const matches = header ? [RouteMatch.header('x-beta', header)] : [];
        const { objects } = build({ delivery: Delivery.argoRollouts({ stepWeights, ...(mirrorPercent ? { mirrorPercent } : {}) }), canaryMatches: matches });
        walk(objects, MESH, 'billing', { headers: { 'x-beta': '1' } });
      }), { numRuns: 60 });
  });
});
