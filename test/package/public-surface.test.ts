/** What `import ... from 'cdk8s-istio'` offers: the typed Istio classes as submodules, and no internal helpers. */
import * as lib from '../../src';
import { VirtualService } from '../../imports/istio-networking.istio.io';
import { PeerAuthentication } from '../../imports/istio-security.istio.io';
import { Telemetry } from '../../imports/istio-telemetry.istio.io';
import { HttpRoute } from '../../imports/gateway-api-gateway.networking.k8s.io';

test('the generated Istio classes that public fields use are importable as submodules', () => {
  expect(lib.istioNetworking.VirtualService).toBe(VirtualService);
  expect(lib.istioSecurity.PeerAuthentication).toBe(PeerAuthentication);
  expect(lib.istioTelemetry.Telemetry).toBe(Telemetry);
  expect(lib.gatewayApi.HttpRoute).toBe(HttpRoute);
});

test('the validation namespace exports no builder of the layers (FindingCollector)', () => {
  expect(Object.keys(lib.validation)).not.toContain('FindingCollector');
  expect(Object.keys(lib.validation)).toEqual(expect.arrayContaining(['validateObject', 'validateAndAnalyze', 'analyze', 'Severity']));
});

test('the cdk8s-cli plugin class and the jsii-facing Validator are exported from the root', () => {
  expect(typeof new lib.IstioValidation().validate).toBe('function');
  expect(typeof lib.Validator.validateAndAnalyze).toBe('function');
});
