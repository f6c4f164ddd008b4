import { BUILT_IN_TELEMETRY_PROVIDERS } from '../../../src/validation/analysis';
import { UNKNOWN_TELEMETRY_PROVIDER } from '../../../src/validation/finding-codes';
import { configMapMesh } from './mesh-config';
import { istioOperator, pairs, run, telemetry } from './fixtures';

const CODE = UNKNOWN_TELEMETRY_PROVIDER.code;
const logsTo = (name: string) => telemetry('logs', 'shop', { accessLogging: [{ providers: [{ name }] }] });
const jsonProvider = { extensionProviders: [{ name: 'json-file', envoyFileAccessLog: { path: '/dev/stdout', logFormat: { labels: {} } } }] };

describe('CDK8SISTIO-010 Telemetry provider no mesh config defines', () => {
  test('is public, with the built-in providers', () => {
    expect(CODE).toBe('CDK8SISTIO-010');
    expect(BUILT_IN_TELEMETRY_PROVIDERS).toEqual(['envoy', 'prometheus', 'stackdriver']);
  });

  test('accepts built-in providers and those the mesh config in the inputs defines', () => {
    expect(run([logsTo('envoy')], CODE)).toEqual([]);
    expect(run([telemetry('m', 'shop', { metrics: [{ providers: [{ name: 'prometheus' }] }] })], CODE)).toEqual([]);
    expect(run([logsTo('json-file'), istioOperator(jsonProvider)], CODE)).toEqual([]);
    expect(run([logsTo('json-file'), configMapMesh('extensionProviders:\n- name: json-file\n  envoyFileAccessLog: {path: /dev/stdout}\n')], CODE)).toEqual([]);
  });

  test('is an error when the inputs hold the mesh config and it does not define the provider', () => {
    const findings = run([logsTo('json-flie'), configMapMesh('extensionProviders:\n- name: json-file\n  envoyFileAccessLog: {path: /dev/stdout}\n')], CODE);
    expect(pairs(findings)).toEqual([{ code: CODE, origin: 'Telemetry shop/logs', path: 'spec.accessLogging[0].providers[0].name' }]);
    expect(findings[0].severity).toBe('error');
    expect(findings[0].message).toBe('provider "json-flie" is not defined by the mesh config in the inputs (extensionProviders ' +
      'of ConfigMap istio-system/istio; built-in: envoy, prometheus, stackdriver), and Istio silently ignores unknown ' +
      'providers; add it to meshConfig.extensionProviders or fix the name');
    const tracing = telemetry('t', 'shop', { tracing: [{ providers: [{ name: 'zipkin' }] }] });
    expect(run([tracing, istioOperator(jsonProvider)], CODE).map((f) => `${f.severity} ${f.path}`))
      .toEqual(['error spec.tracing[0].providers[0].name']);
  });

  test('is a warning when no mesh config is in the inputs (it may be defined where Istio is installed)', () => {
    const findings = run([logsTo('json-file')], CODE);
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
    expect(findings[0].message).toBe('provider "json-file" is not one of Istio\'s built-in providers (envoy, prometheus, ' +
      'stackdriver) and no mesh config is in the inputs to define it; make sure meshConfig.extensionProviders defines ' +
      'it, since Istio silently ignores unknown providers');
  });
});
