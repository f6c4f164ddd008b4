import { Chart, Duration, Testing } from 'cdk8s';
import { CanaryService, CanaryServiceProps, DisruptionBudget, RouteMatch, ServiceProtocol, StringMatch } from '../../src/canary';
import { Delivery, FlaggerDeliveryProps, ProgressionProps } from '../../src/delivery';
import { IngressGatewayRef, RoutingApi } from '../../src/routing';
import { canary, stable } from './worlds';
import { plainJs } from '../support/type-helpers';

const flagger = (d: object = {}, props: Partial<CanaryServiceProps> = {}) =>
  new CanaryService(Testing.chart(), 'billing', { name: 'billing', stable, canary, delivery: Delivery.flagger(plainJs<FlaggerDeliveryProps>(d)), ...props });
const argo = (d: object = {}, props: Partial<CanaryServiceProps> = {}) =>
  new CanaryService(Testing.chart(), 'billing', { name: 'billing', stable, canary, delivery: Delivery.argoRollouts(plainJs<ProgressionProps>(d)), ...props });
const beta = RouteMatch.header('x-beta', StringMatch.exact('1'));
const exposed = (make: () => CanaryService, gateway: 'api' | 'istio', pathPrefix?: string) => () => make().exposeVia(
  gateway === 'api' ? IngressGatewayRef.fromGatewayApiGateway('istio-ingress', 'public') : IngressGatewayRef.fromIstioGateway('istio-ingress/public'),
  { hostnames: ['billing.example.com'], ...(pathPrefix ? { pathPrefix } : {}) });

/** Every error the delivery props can raise: [case, what throws]. */
export const ERROR_CASES: [string, () => unknown][] = [
  ['not a Delivery', () => new CanaryService(new Chart(Testing.app(), 'c'), 'billing', { name: 'billing', stable, delivery: plainJs<Delivery>({ controller: 'flagger' }) })],
  ['props not an object', () => flagger(plainJs<object>(null))],
  ['header match plus weighted steps (Flagger)', () => flagger({}, { canaryMatches: [beta] })],
  ['header match plus explicit steps (Flagger)', () => flagger({ stepWeights: [10, 20] }, { canaryMatches: [beta] })],
  ['URI match (Flagger)', () => flagger({ iterations: 2 }, { canaryMatches: [beta, RouteMatch.uri(StringMatch.prefix('/beta'))] })],
  ['retries backoff (Flagger)', () => flagger({}, { retries: { attempts: 2, backoff: Duration.millis(100) } })],
  ['mirroring without iterations (Flagger)', () => flagger({ mirrorPercent: 10 })],
  ['iterations with Argo', () => argo({ iterations: 3 })],
  ['iterations not an integer', () => flagger({ iterations: 1.5 })],
  ['iterations with weights', () => flagger({ iterations: 3, stepWeight: 5 })],
  ['stepWeights with stepWeight', () => flagger({ stepWeights: [10], stepWeight: 5 })],
  ['stepWeights empty', () => flagger({ stepWeights: [] })],
  ['stepWeights not a list', () => flagger({ stepWeights: 10 })],
  ['stepWeights entry out of range', () => flagger({ stepWeights: [10, 101] })],
  ['stepWeights not increasing', () => argo({ stepWeights: [10, 10] })],
  ['stepWeight 0', () => argo({ stepWeight: 0 })],
  ['maxWeight above 100', () => argo({ maxWeight: 101 })],
  ['maxWeight below stepWeight', () => argo({ stepWeight: 30, maxWeight: 20 })],
  ['interval below 10 s', () => argo({ interval: Duration.seconds(5) })],
  ['interval not whole seconds', () => flagger({ interval: Duration.millis(10500) })],
  ['failureThreshold 0', () => flagger({ failureThreshold: 0 })],
  ['minSuccessRatePercent above 100', () => flagger({ minSuccessRatePercent: 101 })],
  ['maxLatency below 1 ms', () => argo({ maxLatency: Duration.millis(0.5) })],
  ['mirrorPercent 0', () => argo({ mirrorPercent: 0 })],
  ['prometheusAddress not a URL', () => argo({ prometheusAddress: 'prometheus:9090' })],
  ['canaryWeight with a controller', () => argo({}, { canaryWeight: 10 })],
  ['canaryMirrorPercent with a controller', () => flagger({}, { canaryMirrorPercent: 10 })],
  ['retiring with a controller', () => argo({}, { retiring: { version: 'v0', image: 'registry.example.com/billing:0' } })],
  ['autoscaling with a controller', () => argo({}, { canary: { ...canary, autoscaling: { maxReplicas: 5 } } })],
  ['disruption budget with a controller', () => flagger({}, { stable: { ...stable, disruptionBudget: DisruptionBudget.none() } })],
  ['Gateway API routing with a controller', () => flagger({}, { routingApi: RoutingApi.GATEWAY_API })],
  ['exposed through a Gateway API gateway', exposed(() => argo(), 'api')],
  ['exposed with a path prefix (Flagger)', exposed(() => flagger(), 'istio', '/billing')],
  ['TCP (Argo)', () => argo({}, { protocol: ServiceProtocol.TCP })],
  ['URI match (Argo)', () => argo({}, { canaryMatches: [RouteMatch.uri(StringMatch.prefix('/beta'))] })],
  ['two headers in one match (Argo)', () => argo({}, { canaryMatches: [RouteMatch.all(beta, RouteMatch.header('x-user', StringMatch.exact('qa')))] })],
];
