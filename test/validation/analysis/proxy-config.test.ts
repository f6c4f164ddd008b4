import { configMapMesh } from './mesh-config';
import { deployment, istioOperator, pairs, run } from './fixtures';

const withConfig = (config: string) => deployment('web', 'shop', { app: 'web' }, { annotations: { 'proxy.istio.io/config': config } });
const ANN = 'spec.template.metadata.annotations["proxy.istio.io/config"]';

describe('CDK8SISTIO-006 unknown ProxyConfig field', () => {
  test('real fields, including fileFlushInterval / fileFlushMinSizeKb (1.29+), pass', () => {
    expect(run([withConfig('fileFlushInterval: 1s\nfileFlushMinSizeKb: 1024\nholdApplicationUntilProxyStarts: true')], 'CDK8SISTIO-006')).toEqual([]);
  });

  test('fires (warning) for an unknown key, with a case-insensitive suggestion', () => {
    const findings = run([withConfig('{"FileFlushInterval": "1s", "bufferSize": 3}')], 'CDK8SISTIO-006');
    expect(pairs(findings)).toEqual([
      { code: 'CDK8SISTIO-006', origin: 'Deployment shop/web', path: `${ANN}.FileFlushInterval` },
      { code: 'CDK8SISTIO-006', origin: 'Deployment shop/web', path: `${ANN}.bufferSize` },
    ]);
    expect(findings[0].message).toBe('"FileFlushInterval" is not a ProxyConfig field and Istio ignores it silently; did you mean "fileFlushInterval"?');
    expect(findings[1].message).toContain('remove it or fix its name');
  });

  test('the runbook keys used as ProxyConfig fields point to the real ones', () => {
    const findings = run([withConfig('accessLogFlushInterval: 1s')], 'CDK8SISTIO-006');
    expect(findings[0].message).toContain('use fileFlushInterval (ProxyConfig, Istio 1.29+');
  });
});

describe('CDK8SISTIO-008 proxyMetadata nobody reads', () => {
  test('fires for the runbook keys with the real setting', () => {
    const findings = run([withConfig('proxyMetadata:\n  accessLogBufferSizeBytes: "1048576"\n  accessLogFlushInterval: 1s\n  ISTIO_META_DNS_CAPTURE: "true"')], 'CDK8SISTIO-008');
    expect(pairs(findings).map((p) => p.path)).toEqual([
      `${ANN}.proxyMetadata.accessLogBufferSizeBytes`, `${ANN}.proxyMetadata.accessLogFlushInterval`,
    ]);
    expect(findings[0].message).toBe('proxyMetadata "accessLogBufferSizeBytes" only becomes an environment variable of the ' +
      'proxy and no Istio release reads it, so access logs stay unbuffered as before; use fileFlushMinSizeKb (ProxyConfig, ' +
      'Istio 1.29+, e.g. `fileFlushMinSizeKb: 1024` for 1 MiB)');
    expect(findings[1].message).toContain('use fileFlushInterval (ProxyConfig, Istio 1.29+, e.g. `fileFlushInterval: 1s`)');
  });

  test('fires for camelCase keys (environment variables are UPPER_SNAKE)', () => {
    const findings = run([istioOperator({ defaultConfig: { proxyMetadata: { bufferFlushMs: '10', ISTIO_META_X: 'y' } } })], 'CDK8SISTIO-008');
    expect(pairs(findings)).toEqual([
      { code: 'CDK8SISTIO-008', origin: 'IstioOperator istio-system/installed', path: 'spec.meshConfig.defaultConfig.proxyMetadata.bufferFlushMs' },
    ]);
    expect(findings[0].message).toContain('Istio\'s variables are UPPER_SNAKE_CASE: nothing reads this one');
  });
});

describe('CDK8SISTIO-007 unknown MeshConfig field', () => {
  test('meshConfig.fileFlushInterval is not a field: the message points to defaultConfig', () => {
    const findings = run([istioOperator({ accessLogFile: '/dev/stdout', fileFlushInterval: '1s', defaultConfig: { fileFlushInterval: '1s' } })], 'CDK8SISTIO-007');
    expect(pairs(findings)).toEqual([
      { code: 'CDK8SISTIO-007', origin: 'IstioOperator istio-system/installed', path: 'spec.meshConfig.fileFlushInterval' },
    ]);
    expect(findings[0].message).toBe('"fileFlushInterval" is not a MeshConfig field and Istio ignores it silently; it is a ' +
      'ProxyConfig field (Istio 1.29+): set meshConfig.defaultConfig.fileFlushInterval, or per pod `fileFlushInterval` in the ' +
      'proxy.istio.io/config annotation');
  });

  test('reads the mesh ConfigMap too, and its defaultConfig', () => {
    const findings = run([configMapMesh('accesLogFile: /dev/stdout\ndefaultConfig:\n  fileFlushMinSizeKB: 64\n')], 'CDK8SISTIO-007');
    expect(pairs(findings)).toEqual([{ code: 'CDK8SISTIO-007', origin: 'ConfigMap istio-system/istio', path: 'data.mesh.accesLogFile' }]);
    const proxy = run([configMapMesh('defaultConfig:\n  fileFlushMinSizeKB: 64\n')], 'CDK8SISTIO-006');
    expect(proxy[0].message).toContain('did you mean "fileFlushMinSizeKb"?');
  });

  test('keys named like Object members get the generic advice', () => {
    const findings = run([istioOperator({ constructor: 1, toString: 2 })], 'CDK8SISTIO-007');
    expect(findings.map((f) => f.message)).toEqual([
      '"constructor" is not a MeshConfig field and Istio ignores it silently; remove it or fix its name (field names are camelCase, as in the Istio API reference)',
      '"toString" is not a MeshConfig field and Istio ignores it silently; remove it or fix its name (field names are camelCase, as in the Istio API reference)',
    ]);
  });

  test('a clean MeshConfig has no findings', () => {
    expect(run([istioOperator({ accessLogFile: '/dev/stdout', accessLogEncoding: 'JSON', rootNamespace: 'istio-system',
      defaultProviders: { accessLogging: ['envoy'] }, extensionProviders: [], defaultConfig: { fileFlushInterval: '1s' } })], 'CDK8SISTIO-007')).toEqual([]);
  });
});

describe('CDK8SISTIO-009 unparsable proxy.istio.io/config', () => {
  test('fires (error) for text that is not a YAML/JSON map', () => {
    const findings = run([withConfig('{"fileFlushInterval": ')], 'CDK8SISTIO-009');
    expect(pairs(findings)).toEqual([{ code: 'CDK8SISTIO-009', origin: 'Deployment shop/web', path: ANN }]);
    expect(findings[0].severity).toBe('error');
    expect(findings[0].message).toMatch(/^proxy.istio.io\/config is not valid YAML\/JSON \(.+\); the injector rejects the pod/);
    const scalar = run([withConfig('just text')], 'CDK8SISTIO-009');
    expect(scalar[0].message).toContain('proxy.istio.io/config must be a map of ProxyConfig fields, not "just text"');
  });
});
