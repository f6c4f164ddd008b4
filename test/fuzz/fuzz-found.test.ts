/**
 * The bugs the fuzz harnesses found (factory-props, construct-props, regex-equivalence), one exact-message case each:
 * each was a TypeError from inside, a wrong-typed value accepted silently, or an error naming the wrong factory.
 */
import { Chart, Testing } from 'cdk8s';
import {
  CanaryPromotion, CanaryService, CanaryServiceProps, Cpu, DisruptionBudget, PodCount, RolloutStrategy, Volume,
} from '../../src/canary';
import { Delivery } from '../../src/delivery';
import { AllowedRoutes, GatewayListener, IngressGateway } from '../../src/ingress';
import { IngressGatewayRef } from '../../src/routing';
import { CallerIdentity, MeshWideStrictMtls } from '../../src/security';
import { MeshState } from '../../src/shared/mesh-state';
import { IstioVersion } from '../../src/shared/istio-version';
import { MeshValidation } from '../../src/synth/mesh-validation';
import { IstioApp, IstioAppProps } from '../../src/synth/istio-app';
import { Validator } from '../../src/validation/validator';
import { plainJs as js } from '../support/type-helpers';

const stable = { version: 'v1', image: 'registry.example.com/billing:1.0' };
const canary = (extra: object) => () => new CanaryService(Testing.chart(), 'c', js<CanaryServiceProps>({ name: 'billing', stable, ...extra }));

test('a bigint in a gateway reference is shown, not a TypeError from JSON.stringify', () => {
  expect(() => IngressGatewayRef.fromIstioGateway(js(10n))).toThrow('IngressGatewayRef.fromIstioGateway: \'qualifiedName\' must be "<namespace>/<name>", got 10n');
  expect(() => IngressGatewayRef.fromGatewayApiGateway('edge', 'public', js(10n)))
    .toThrow("IngressGatewayRef.fromGatewayApiGateway: 'sectionName' must be a listener name (a DNS-1123 subdomain), got 10n");
});

test('IngressGateway.fromIstioGateway names itself, not the factory it delegates to', () => {
  expect(() => IngressGateway.fromIstioGateway('public')).toThrow('IngressGateway.fromIstioGateway: \'qualifiedName\' must be "<namespace>/<name>", got "public"');
});

test('CallerIdentity defaults: null means the default, another type is refused by name', () => {
  expect(() => CallerIdentity.ingressGateway(js(null), js(null))).not.toThrow();
  expect(() => CallerIdentity.ingressGateway(js({}))).toThrow("CallerIdentity.ingressGateway: 'serviceAccount' must be a string, got {}");
  expect(() => CallerIdentity.ingressGateway(undefined, js(5))).toThrow("CallerIdentity.ingressGateway: 'namespace' must be a string, got 5");
  expect(() => CallerIdentity.monitoringNamespace(js(null))).not.toThrow();
  expect(() => CallerIdentity.monitoringNamespace(js([[]]))).toThrow("CallerIdentity.monitoringNamespace: 'namespace' must be a string, got [[]]");
});

test('option objects of factories: anything but an object is refused', () => {
  expect(() => Volume.fromConfigMap('config', 'settings', js(0))).toThrow("Volume.fromConfigMap: 'options' must be an object of options, got 0");
  expect(() => Volume.fromSecret('certs', 'tls', js('ro'))).toThrow("Volume.fromSecret: 'options' must be an object of options, got \"ro\"");
  expect(() => Volume.emptyDir('scratch', js([]))).toThrow("Volume.emptyDir: 'options' must be an object of options, got []");
  expect(() => Volume.fromPersistentVolumeClaim('data', 'claim', js(true))).toThrow("Volume.fromPersistentVolumeClaim: 'options' must be an object of options, got true");
  expect(() => RolloutStrategy.rollingUpdate(js(0))).toThrow("RolloutStrategy.rollingUpdate: 'options' must be an object of options, got 0");
  expect(() => Delivery.flagger(js([]))).toThrow("Delivery.flagger: 'props' must be an object of options, got []");
  expect(() => Delivery.argoRollouts(js('fast'))).toThrow("Delivery.argoRollouts: 'props' must be an object of options, got \"fast\"");
  expect(() => GatewayListener.http(js(NaN))).toThrow("GatewayListener.http: 'options' must be an object of options, got NaN");
  expect(() => GatewayListener.https(js(0))).toThrow("GatewayListener.https: 'options' must be an object of options, got 0");
  expect(() => Volume.emptyDir('scratch', js(null))).not.toThrow();
});

test('CPU amounts: a non-number is refused by the factory, an amount too large to print by the construct', () => {
  expect(() => Cpu.millis(js({}))).toThrow("Cpu.millis: 'amount' must be a number of millicores, got {}");
  expect(() => Cpu.units(js({ toString: 'x' }))).toThrow("Cpu.units: 'amount' must be a number of cores, got {\"toString\":\"x\"}");
  const huge = Cpu.units(18309810223458023000);
  expect(canary({ stable: { ...stable, resources: { cpu: { request: huge, limit: huge } } } }))
    .toThrow("CanaryService 'c': 'stable.resources.cpu.request' must be at most 9007199254740991m of CPU, got \"18309810223458023000\"");
});

test('a pod count that is not a number is named, not a TypeError from a template literal', () => {
  const budget = DisruptionBudget.minAvailable(PodCount.percent(js({ toString: 'x' })));
  expect(canary({ stable: { ...stable, disruptionBudget: budget } }))
    .toThrow("CanaryService 'c': 'stable.disruptionBudget.minAvailable' must be a whole percentage from 0 to 100, got {\"toString\":\"x\"}");
});

test('init container resources are checked like the app container\'s', () => {
  const init = (resources: unknown) => ({ stable: { ...stable, initContainers: [{ name: 'migrate', image: 'registry.example.com/m:1', resources }] } });
  expect(canary(init(() => 'x'))).toThrow("CanaryService 'c': 'stable.initContainers[0].resources' must be a ContainerResources ({ cpu: { request, limit }, memory: { request, limit } }), got () => 'x'");
  expect(canary(init({ cpu: 'big' }))).toThrow("CanaryService 'c': 'stable.initContainers[0].resources.cpu' must be a CpuResources ({ request, limit }), got \"big\"");
});

test('CanaryPromotion: an array or a bigint is not CanaryServiceProps; finish needs a retiring version object', () => {
  expect(() => CanaryPromotion.promote(js([]))).toThrow('CanaryPromotion: the current props must be CanaryServiceProps, got []');
  expect(() => CanaryPromotion.finish(js(10n))).toThrow('CanaryPromotion: the current props must be CanaryServiceProps, got 10n');
  expect(() => CanaryPromotion.finish(js({ name: 'billing', stable, retiring: 0 })))
    .toThrow("CanaryPromotion 'billing': 'retiring' must be set to finish a promotion (the version promote() retired), got 0");
  expect(() => CanaryPromotion.startCanary(js({ name: 'billing', stable, canary: { version: 10n } }), { canary: stable }))
    .toThrow("CanaryPromotion 'billing': 'canary' is already set (10n): promote it or drop it before starting another");
});

test('AllowedRoutes.namespacesWithLabels needs labels', () => {
  expect(() => AllowedRoutes.namespacesWithLabels(js(undefined))).toThrow("AllowedRoutes.namespacesWithLabels: 'labels' must be a map of namespace labels, got undefined");
});

test('IstioVersion.parse: a value that is not a string is shown, not converted; a context number is read as text', () => {
  expect(() => IstioVersion.parse(js({ toString: 'x' }))).toThrow(
    'Context \'istioVersion\' is {"toString":"x"}: supported Istio versions are 1.22 to 1.30 (e.g. "1.30"; newer ones are checked with the 1.30 rules)');
  expect(() => IstioVersion.parse(js(1.29))).toThrow("Context 'istioVersion' is 1.29: supported Istio versions are 1.22 to 1.30");
  const app = Testing.app();
  app.node.setContext('istioVersion', 1.29); // as cdk8s.yaml's `context: {istioVersion: 1.29}` gives it
  expect(IstioVersion.of(app).minor).toBe(29);
});

test('IstioApp and MeshValidation.enable check their options', () => {
  const app = (props: unknown) => () => new IstioApp(js<IstioAppProps>(props));
  expect(app({ validation: '' })).toThrow("IstioApp: 'validation' must be a MeshValidationOptions object ({ warningsAsErrors, reporter, scopes }), got \"\"");
  expect(app({ validation: { warningsAsErrors: 'yes' } })).toThrow("IstioApp: 'validation.warningsAsErrors' must be true or false, got \"yes\"");
  expect(app({ validation: { reporter: () => undefined } }))
    .toThrow("IstioApp: 'validation.reporter' must be an IMeshValidationReporter (an object with a report(warnings) method), got");
  expect(app({ validation: { scopes: ['chart'] } })).toThrow("IstioApp: 'validation.scopes[0]' must be a construct (e.g. a Chart), got \"chart\"");
  expect(app({ context: { istioVersion: 1.29 } })).toThrow("IstioApp: 'context.istioVersion' must be a string, got 1.29");
  expect(app(5)).toThrow("IstioApp: 'props' must be an object of props, got 5");
  expect(app({ validation: { warningsAsErrors: null, reporter: null, scopes: null }, context: null })).not.toThrow();
  expect(() => MeshValidation.enable(new Chart(Testing.app(), 'c'), js([]))).toThrow(
    "MeshValidation.enable: 'options' must be a MeshValidationOptions object ({ warningsAsErrors, reporter, scopes }), got []");
});

test('static methods that take a scope or manifests name themselves for a wrong argument', () => {
  expect(() => MeshState.of(js({ node: {} }))).toThrow("MeshState.of: 'scope' must be a construct (e.g. a Chart or the App), got {\"node\":{}}");
  expect(() => MeshState.find(js(5))).toThrow("MeshState.find: 'scope' must be a construct (e.g. a Chart or the App), got 5");
  expect(() => IstioVersion.of(js(null))).toThrow("IstioVersion.of: 'scope' must be a construct (e.g. a Chart or the App), got null");
  expect(() => MeshWideStrictMtls.allIn(js('app'))).toThrow("MeshWideStrictMtls.allIn: 'scope' must be a construct (e.g. a Chart or the App), got \"app\"");
  expect(() => MeshValidation.enable(js({}))).toThrow("MeshValidation.enable: 'scope' must be a construct (e.g. a Chart or the App), got {}");
  expect(() => MeshValidation.isEnabled(js(undefined))).toThrow("MeshValidation.isEnabled: 'scope' must be a construct (e.g. a Chart or the App), got undefined");
  expect(() => MeshValidation.exclude(js([]))).toThrow("MeshValidation.exclude: 'scope' must be a construct (e.g. a Chart or the App), got []");
  expect(() => Validator.validateObjects(js({}))).toThrow("Validator.validateObjects: 'objs' must be an array of manifest objects, got an object");
  expect(() => Validator.analyze(js('x'))).toThrow("Validator.analyze: 'objs' must be an array of manifest objects, got a string");
  expect(() => Validator.validateAndAnalyze(js(null))).toThrow("Validator.validateAndAnalyze: 'objs' must be an array of manifest objects, got null");
  expect(() => Validator.isError(js(null))).toThrow("Validator.isError: 'finding' must be a Finding (as validateObject returns them), got null");
  expect(() => Validator.formatFinding(js({ path: 'x' }))).toThrow("Validator.formatFinding: 'finding' must be a Finding (as validateObject returns them), got an object");
  const app = Testing.app();
  MeshValidation.enable(app);
  expect(IstioVersion.of(app).minor).toBe(30);
});
