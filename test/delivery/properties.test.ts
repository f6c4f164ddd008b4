/**
 * Every prop set the delivery targets accept produces objects that pass validation (schema + CEL, webhook rules,
 * cross-object analysis, including the progressive-delivery references); every prop set they refuse is refused
 * with a prop-naming error, never a crash from deep inside.
 */
import { Duration } from 'cdk8s';
import fc from 'fast-check';
import { CanaryServiceProps, RetryPolicy, RouteMatch, ServiceProtocol, StringMatch } from '../../src/canary';
import { Delivery, ProgressionProps } from '../../src/delivery';
import { IngressGatewayRef } from '../../src/routing';
import { DataplaneMode } from '../../src/shared/dataplane-mode';
import { build, errorsOf } from './worlds';

// Mostly valid values, with a few out of range so that the refusing side is exercised too.
const sometimesBad = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>) => fc.oneof({ weight: 9, arbitrary: good }, { weight: 1, arbitrary: bad });
const weight = sometimesBad(fc.integer({ min: 1, max: 100 }), fc.constantFrom(0, 101, 2.5));
const steps = fc.oneof(
  fc.constant({}),
  fc.uniqueArray(weight, { minLength: 1, maxLength: 5 }).map((ws) => ({ stepWeights: [...ws].sort((a, b) => a - b) })),
  fc.tuple(weight, weight).map(([a, b]) => ({ stepWeight: Math.min(a, b), maxWeight: Math.max(a, b) })),
);
const gates: fc.Arbitrary<ProgressionProps> = fc.record({
  interval: sometimesBad(fc.integer({ min: 10, max: 600 }), fc.constantFrom(5, 86401)).map((s) => Duration.seconds(s)),
  failureThreshold: sometimesBad(fc.integer({ min: 1, max: 20 }), fc.constant(0)),
  minSuccessRatePercent: sometimesBad(fc.double({ min: 0, max: 100, noNaN: true }), fc.constant(100.5)),
  maxLatency: fc.integer({ min: 1, max: 5000 }).map((ms) => Duration.millis(ms)),
  prometheusAddress: sometimesBad(fc.constantFrom('http://prometheus.istio-system:9090', 'https://prom.example.com/api'), fc.constant('prom:9090')),
}, { requiredKeys: [] });
const mirror = fc.oneof({ weight: 4, arbitrary: fc.constant({}) },
  { weight: 1, arbitrary: sometimesBad(fc.integer({ min: 1, max: 100 }), fc.constant(0)).map((mirrorPercent) => ({ mirrorPercent })) });
const progression = fc.tuple(steps, gates, mirror).map(([a, b, c]) => ({ ...a, ...b, ...c }));

const match = fc.oneof(
  fc.constantFrom(StringMatch.exact('1'), StringMatch.prefix('b'), StringMatch.regex('qa-.*')).map((m) => RouteMatch.header('x-beta', m)),
  fc.constant(RouteMatch.cookie('beta', '1')),
  fc.constant(RouteMatch.uri(StringMatch.prefix('/beta'))),
  fc.constant(RouteMatch.sourceLabels({ app: 'web' })),
);

const props = fc.record({
  flagger: fc.boolean(),
  iterations: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
  progression,
  dataplane: fc.constantFrom(DataplaneMode.SIDECAR, DataplaneMode.AMBIENT),
  protocol: fc.constantFrom(ServiceProtocol.HTTP, ServiceProtocol.HTTP, ServiceProtocol.HTTP2, ServiceProtocol.GRPC, ServiceProtocol.TCP),
  withCanary: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  matches: fc.oneof({ weight: 2, arbitrary: fc.constant<RouteMatch[]>([]) }, { weight: 1, arbitrary: fc.array(match, { minLength: 1, maxLength: 2 }) }),
  timeout: fc.option(fc.integer({ min: 1, max: 10000 }).map((ms) => Duration.millis(ms)), { nil: undefined }),
  retries: fc.option(fc.record({ attempts: fc.integer({ min: 1, max: 5 }), perTryTimeout: fc.constant(Duration.seconds(1)) }, { requiredKeys: ['attempts'] }), { nil: undefined }),
  exposed: fc.option(fc.constantFrom('/billing', undefined), { nil: null }),
});

describe('delivery properties', () => {
  test('every accepted prop set passes validation; every refused one names a prop (1,000 runs)', () => {
    let accepted = 0;
    fc.assert(fc.property(props, (p) => {
      // Flagger's A/B test takes no weight steps: drop them when the run chose iterations.
      const gatesOnly = Object.fromEntries(Object.entries(p.progression).filter(([k]) => !['stepWeights', 'stepWeight', 'maxWeight'].includes(k)));
      const delivery = p.flagger
        ? Delivery.flagger(p.iterations ? { ...gatesOnly, iterations: p.iterations } : p.progression)
        : Delivery.argoRollouts(p.progression);
      const csProps: Partial<CanaryServiceProps> = {
        delivery, protocol: p.protocol, canaryMatches: p.withCanary ? p.matches : [],
        ...(p.withCanary ? {} : { canary: undefined }),
        ...(p.timeout ? { timeout: p.timeout } : {}),
        ...(p.retries ? { retries: p.retries as RetryPolicy } : {}),
      };
      let built;
      try {
        built = build(csProps, {
          dataplane: p.dataplane,
          ...(p.exposed !== null ? { expose: { gateway: IngressGatewayRef.fromIstioGateway('istio-ingress/public'), options: { hostnames: ['billing.example.com'], ...(p.exposed ? { pathPrefix: p.exposed } : {}) } } } : {}),
        });
      } catch (e) {
        expect((e as Error).message).toMatch(/^CanaryService 'billing': '[a-zA-Z.[\]0-9]+' /);
        return;
      }
      accepted++;
      expect(errorsOf(built.objects)).toEqual([]);
    }), { numRuns: 1000 });
    // The generator must reach the accepted side often enough to mean something.
    expect(accepted).toBeGreaterThan(250);
  });
});
