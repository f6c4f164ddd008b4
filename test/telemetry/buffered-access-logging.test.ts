import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Chart, Duration, Size, Testing, Yaml } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { AccessLogEncoding, AccessLogMatchMode, BufferedAccessLogging, InstallProfile } from '../../src';
import { PROXY_CONFIG_ANNOTATION, proxyConfigFor } from '../../src/shared/proxy-config';
import { chartFor, deployment, Doc, keyPaths, ofKind } from './helpers';

/** The runbook's setup: JSON on stdout, flushed every second or once 1 MiB is buffered. */
function runbook(chart: Chart): BufferedAccessLogging {
  return new BufferedAccessLogging(chart, 'logs', {
    encoding: AccessLogEncoding.JSON,
    flushInterval: Duration.seconds(1),
    minFlushSize: Size.mebibytes(1),
    installProfile: InstallProfile.DEFAULT,
  });
}

function annotationOf(dep: kplus.Deployment): string | undefined {
  return dep.podMetadata.toJson().annotations?.[PROXY_CONFIG_ANNOTATION];
}

describe('BufferedAccessLogging, mesh-wide (the runbook setup)', () => {
  test('synthesizes one Telemetry in istio-system that names its provider', () => {
    const chart = chartFor();
    runbook(chart);
    const objects = Testing.synth(chart);
    expect(objects).toMatchSnapshot();
    expect(objects).toHaveLength(1);
    const [telemetry] = objects;
    expect(telemetry.apiVersion).toBe('telemetry.istio.io/v1');
    expect(telemetry.kind).toBe('Telemetry');
    expect(telemetry.metadata).toEqual({ name: 'access-logging', namespace: 'istio-system' });
    expect(telemetry.spec.selector).toBeUndefined();
    expect(telemetry.spec.accessLogging).toEqual([
      { providers: [{ name: 'buffered-file-log' }], match: { mode: 'CLIENT_AND_SERVER' } },
    ]);
  });

  test('the IstioOperator carries the real MeshConfig and ProxyConfig field names, no proxyMetadata', () => {
    const logs = runbook(chartFor());
    const iop = logs.toIstioOperator() as Doc;
    expect(iop).toMatchSnapshot();
    expect(iop.apiVersion).toBe('install.istio.io/v1alpha1');
    expect(iop.kind).toBe('IstioOperator');
    expect(iop.spec.profile).toBe('default');
    const mesh = iop.spec.meshConfig;
    // The custom provider carries path and encoding: the mesh-wide knobs (which reformat every other team's
    // `envoy`-provider logs) stay untouched.
    expect(mesh.accessLogFile).toBeUndefined();
    expect(mesh.accessLogEncoding).toBeUndefined();
    expect(mesh.defaultConfig).toEqual({ fileFlushInterval: '1s', fileFlushMinSizeKb: 1024 });
    expect(mesh.extensionProviders).toEqual([
      { name: 'buffered-file-log', envoyFileAccessLog: { path: '/dev/stdout', logFormat: { labels: {} } } },
    ]);
    expect(keyPaths(iop).filter((p) => /proxyMetadata|accessLogBufferSizeBytes|accessLogFlushInterval/.test(p))).toEqual([]);
    expect(mesh.fileFlushInterval).toBeUndefined();
  });

  test('the Helm values fragment is the same meshConfig', () => {
    const logs = runbook(chartFor());
    expect(logs.toHelmValues()).toEqual({ meshConfig: (logs.toIstioOperator() as Doc).spec.meshConfig });
    expect(logs.toHelmValues()).toEqual({ meshConfig: logs.meshConfig() });
    expect(logs.meshConfigRequired).toBe(true);
  });

  test('exposes the effective defaults', () => {
    const logs = new BufferedAccessLogging(chartFor(), 'logs');
    expect(logs.encoding).toBe(AccessLogEncoding.JSON);
    expect(logs.path).toBe('/dev/stdout');
    expect(logs.flushInterval?.toMilliseconds()).toBe(1000);
    expect(logs.minFlushSize?.toKibibytes()).toBe(64);
    expect(logs.matchMode).toBe(AccessLogMatchMode.CLIENT_AND_SERVER);
    expect(logs.namespace).toBe('istio-system');
    expect(logs.meshWide).toBe(true);
    expect(logs.name).toBe('access-logging');
    expect(logs.providerName).toBe('buffered-file-log');
    expect(logs.proxyConfig()).toEqual({ fileFlushInterval: '1s', fileFlushMinSizeKb: 64 });
    expect(logs.meshConfig().defaultConfig).toEqual({ fileFlushInterval: '1s', fileFlushMinSizeKb: 64 });
  });

  test('does not annotate pods: defaultConfig already reaches every proxy', () => {
    const chart = chartFor();
    runbook(chart);
    expect(proxyConfigFor(chart, 'billing', { app: 'billing' })).toBeUndefined();
    expect(proxyConfigFor(chart, 'istio-system', { app: 'istio-ingressgateway' })).toBeUndefined();
  });

  test('a custom JSON format goes to the provider labels only, not to the mesh-wide accessLogFormat', () => {
    const logs = new BufferedAccessLogging(chartFor(), 'logs', {
      format: '{ "status": "%RESPONSE_CODE%", "path": "%REQ(:PATH)%" }',
    });
    const mesh = logs.meshConfig() as Doc;
    expect(mesh.accessLogFormat).toBeUndefined();
    expect(mesh.extensionProviders[0].envoyFileAccessLog.logFormat).toEqual({
      labels: { status: '%RESPONSE_CODE%', path: '%REQ(:PATH)%' },
    });
  });

  test('TEXT to /dev/stdout uses the built-in envoy provider as is: only the flush settings change the mesh config', () => {
    const chart = chartFor();
    const logs = new BufferedAccessLogging(chart, 'logs', { encoding: AccessLogEncoding.TEXT });
    expect(logs.providerName).toBe('envoy');
    expect(logs.definesExtensionProvider).toBe(false);
    expect(logs.meshConfig()).toEqual({
      defaultConfig: { fileFlushInterval: '1s', fileFlushMinSizeKb: 64 },
    });
    expect(Testing.synth(chart)[0].spec.accessLogging[0].providers).toEqual([{ name: 'envoy' }]);
  });

  test('a TEXT format goes to the provider text only', () => {
    const logs = new BufferedAccessLogging(chartFor(), 'logs', {
      encoding: AccessLogEncoding.TEXT,
      format: '%START_TIME% %RESPONSE_CODE%',
    });
    const mesh = logs.meshConfig() as Doc;
    expect(mesh.accessLogFormat).toBeUndefined();
    expect(mesh.extensionProviders).toEqual([{
      name: 'buffered-file-log',
      envoyFileAccessLog: { path: '/dev/stdout', logFormat: { text: '%START_TIME% %RESPONSE_CODE%' } },
    }]);
  });

  test('naming the provider envoy with custom settings redefines the built-in provider', () => {
    const logs = new BufferedAccessLogging(chartFor(), 'logs', { providerName: 'envoy' });
    expect(logs.definesExtensionProvider).toBe(true);
    expect((logs.meshConfig() as Doc).extensionProviders[0].name).toBe('envoy');
  });

  test('a sub-second interval is written in milliseconds', () => {
    const logs = new BufferedAccessLogging(chartFor(), 'logs', { flushInterval: Duration.millis(250) });
    expect(logs.proxyConfig()).toEqual({ fileFlushInterval: '250ms', fileFlushMinSizeKb: 64 });
  });

  test('the bounds are inclusive: 1 ms and 1 KiB up to Go\'s time.Duration limit (pilot-agent converts to it) and uint32 KiB', () => {
    expect(new BufferedAccessLogging(chartFor(), 'logs', { flushInterval: Duration.millis(1), minFlushSize: Size.kibibytes(1) })
      .proxyConfig()).toEqual({ fileFlushInterval: '1ms', fileFlushMinSizeKb: 1 });
    expect(new BufferedAccessLogging(chartFor(), 'logs', {
      flushInterval: Duration.millis(9_223_372_036_854), minFlushSize: Size.kibibytes(4_294_967_295),
    }).proxyConfig()).toEqual({ fileFlushInterval: '9223372036854ms', fileFlushMinSizeKb: 4_294_967_295 });
    expect(() => new BufferedAccessLogging(chartFor(), 'logs', { flushInterval: Duration.millis(9_223_372_036_855) })).toThrow(
      "BufferedAccessLogging 'logs': 'flushInterval' must be at least 1 ms and a whole number of milliseconds, got \"9223372036855ms\"");
  });
});

describe('BufferedAccessLogging, namespace and workload scope', () => {
  test('namespace scope: Telemetry in the namespace, provider in the mesh config, flush settings on pods', () => {
    const chart = chartFor();
    const logs = new BufferedAccessLogging(chart, 'logs', {
      namespace: 'billing',
      encoding: AccessLogEncoding.TEXT,
      filter: 'response.code >= 400',
      matchMode: AccessLogMatchMode.SERVER,
      flushInterval: Duration.seconds(5),
      minFlushSize: Size.kibibytes(256),
    });
    const objects = Testing.synth(chart);
    expect(objects).toMatchSnapshot();
    expect(objects[0].metadata.namespace).toBe('billing');
    expect(objects[0].spec.accessLogging).toEqual([{
      providers: [{ name: 'envoy' }],
      match: { mode: 'SERVER' },
      filter: { expression: 'response.code >= 400' },
    }]);
    expect(logs.meshWide).toBe(false);
    // TEXT to /dev/stdout through the built-in provider needs no mesh-config change at all here.
    expect(logs.meshConfigRequired).toBe(false);
    expect(logs.meshConfig()).toEqual({});
    expect(proxyConfigFor(chart, 'billing', { app: 'anything' })).toEqual({ fileFlushInterval: '5s', fileFlushMinSizeKb: 256 });
    expect(proxyConfigFor(chart, 'payments', { app: 'anything' })).toBeUndefined();
  });

  test('namespace scope with JSON defines the provider but leaves the mesh-wide knobs alone', () => {
    const logs = new BufferedAccessLogging(chartFor(), 'logs', { namespace: 'billing' });
    expect(logs.meshConfig()).toEqual({
      extensionProviders: [{ name: 'buffered-file-log', envoyFileAccessLog: { path: '/dev/stdout', logFormat: { labels: {} } } }],
    });
  });

  test('workload scope: selector on the Telemetry, annotations only for matching pods', () => {
    const chart = chartFor();
    const logs = new BufferedAccessLogging(chart, 'logs', {
      namespace: 'billing',
      selector: { app: 'billing-service' },
      path: '/var/log/istio/access.log',
      format: '{"code":"%RESPONSE_CODE%"}',
      matchMode: AccessLogMatchMode.CLIENT,
      name: 'billing-access-logs',
      providerName: 'billing-file-log',
      installProfile: InstallProfile.AMBIENT,
    });
    const objects = Testing.synth(chart);
    expect(objects).toMatchSnapshot();
    expect(objects[0].metadata).toEqual({ name: 'billing-access-logs', namespace: 'billing' });
    expect(objects[0].spec.selector).toEqual({ matchLabels: { app: 'billing-service' } });
    expect(logs.toIstioOperator()).toMatchSnapshot();
    expect((logs.meshConfig() as Doc).extensionProviders).toEqual([{
      name: 'billing-file-log',
      envoyFileAccessLog: { path: '/var/log/istio/access.log', logFormat: { labels: { code: '%RESPONSE_CODE%' } } },
    }]);
    expect(proxyConfigFor(chart, 'billing', { app: 'billing-service', version: 'v2' })).toEqual({
      fileFlushInterval: '1s', fileFlushMinSizeKb: 64,
    });
    expect(proxyConfigFor(chart, 'billing', { app: 'other' })).toBeUndefined();
    expect(proxyConfigFor(chart, 'payments', { app: 'billing-service' })).toBeUndefined();
  });

  test('a selector in the root namespace reaches only pods of that namespace (e.g. gateways)', () => {
    const chart = chartFor();
    const logs = new BufferedAccessLogging(chart, 'logs', { selector: { istio: 'ingressgateway' } });
    expect(logs.meshWide).toBe(false);
    expect(logs.meshConfig().defaultConfig).toBeUndefined();
    expect(logs.meshConfig().accessLogFile).toBeUndefined();
    expect(proxyConfigFor(chart, 'istio-system', { istio: 'ingressgateway' })).toEqual({ fileFlushInterval: '1s', fileFlushMinSizeKb: 64 });
    expect(proxyConfigFor(chart, 'billing', { istio: 'ingressgateway' })).toBeUndefined();
  });

  test('pods without a namespace count as the default namespace', () => {
    const chart = chartFor();
    new BufferedAccessLogging(chart, 'logs', { namespace: 'default' });
    expect(proxyConfigFor(chart, undefined, {})).toEqual({ fileFlushInterval: '1s', fileFlushMinSizeKb: 64 });
  });
});

describe('BufferedAccessLogging.applyTo', () => {
  test('sets proxy.istio.io/config on the pod template', () => {
    const chart = chartFor();
    const logs = new BufferedAccessLogging(chart, 'logs', { namespace: 'billing', minFlushSize: Size.mebibytes(1) });
    const dep = deployment(chart, 'worker', 'billing', { app: 'worker' });
    logs.applyTo(dep);
    const objects = Testing.synth(chart);
    const [rendered] = ofKind(objects, 'Deployment');
    expect(rendered.spec.template.metadata.annotations).toEqual({
      [PROXY_CONFIG_ANNOTATION]: '{"fileFlushInterval":"1s","fileFlushMinSizeKb":1024}',
    });
  });

  test('merges into an existing YAML or JSON ProxyConfig annotation, keeping other fields', () => {
    const chart = chartFor();
    const logs = new BufferedAccessLogging(chart, 'logs', { flushInterval: Duration.seconds(2) });
    const yamlDep = deployment(chart, 'yaml-dep', 'billing', { app: 'a' });
    yamlDep.podMetadata.addAnnotation(PROXY_CONFIG_ANNOTATION, 'concurrency: 2\nfileFlushInterval: 10s\n');
    const jsonDep = deployment(chart, 'json-dep', 'billing', { app: 'b' });
    jsonDep.podMetadata.addAnnotation(PROXY_CONFIG_ANNOTATION, '{"holdApplicationUntilProxyStarts": true}');
    logs.applyTo(yamlDep);
    logs.applyTo(jsonDep);
    expect(JSON.parse(annotationOf(yamlDep)!)).toEqual({ concurrency: 2, fileFlushInterval: '2s', fileFlushMinSizeKb: 64 });
    expect(JSON.parse(annotationOf(jsonDep)!)).toEqual({
      holdApplicationUntilProxyStarts: true, fileFlushInterval: '2s', fileFlushMinSizeKb: 64,
    });
  });

  test('works on a bare Pod too', () => {
    const chart = chartFor();
    const logs = new BufferedAccessLogging(chart, 'logs');
    const pod = new kplus.Pod(chart, 'pod', { containers: [{ image: 'busybox:1.36' }] });
    logs.applyTo(pod);
    expect(pod.podMetadata.toJson().annotations[PROXY_CONFIG_ANNOTATION]).toBe('{"fileFlushInterval":"1s","fileFlushMinSizeKb":64}');
  });
});

describe('BufferedAccessLogging and the istioVersion context', () => {
  test('before 1.29 the defaults emit no flush settings, and the rest still works', () => {
    const chart = chartFor('1.28');
    const logs = new BufferedAccessLogging(chart, 'logs');
    expect(logs.flushInterval).toBeUndefined();
    expect(logs.minFlushSize).toBeUndefined();
    expect(logs.proxyConfig()).toBeUndefined();
    expect(logs.meshConfig().defaultConfig).toBeUndefined();
    expect(logs.meshConfig().extensionProviders).toHaveLength(1);
    expect(Testing.synth(chart)).toHaveLength(1);
  });

  test('before 1.29 a namespace scope registers nothing for pods', () => {
    const chart = chartFor('1.22');
    new BufferedAccessLogging(chart, 'logs', { namespace: 'billing' });
    expect(proxyConfigFor(chart, 'billing', {})).toBeUndefined();
  });

  test('1.29 is the first release with flush settings', () => {
    const logs = new BufferedAccessLogging(chartFor('1.29'), 'logs', { flushInterval: Duration.seconds(3) });
    expect(logs.proxyConfig()).toEqual({ fileFlushInterval: '3s', fileFlushMinSizeKb: 64 });
  });
});

describe('install files', () => {
  test('writeInstallFiles writes both documents where kubectl apply -f dist/ does not look', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'install-'));
    const app = new App({ outdir: path.join(dir, 'dist') });
    app.node.setContext('istioVersion', '1.30');
    const chart = new Chart(app, 'mesh');
    const logs = runbook(chart);
    const files = logs.writeInstallFiles(path.join(dir, 'dist-install'));
    app.synth();
    expect(files.map((f) => path.relative(dir, f))).toEqual([
      path.join('dist-install', 'istio-system.access-logging.istio-operator.yaml'),
      path.join('dist-install', 'istio-system.access-logging.helm-values.yaml'),
    ]);
    expect(Yaml.load(files[0])).toEqual([logs.toIstioOperator()]);
    expect(Yaml.load(files[1])).toEqual([logs.toHelmValues()]);
    expect(fs.readFileSync(files[0], 'utf8')).toMatch(/^# Install input for istioctl, not a cluster resource/);
    expect(fs.readFileSync(files[0], 'utf8')).toContain('# Apply: istioctl install -f <your mesh\'s IstioOperator files> -f <this file>\n' +
      '# istioctl installs profile "default" plus what all the files given say');
    expect(fs.readFileSync(files[1], 'utf8')).toMatch(/^# Values for the istiod Helm chart: helm upgrade istiod istio\/istiod/);
    expect(fs.readFileSync(files[1], 'utf8')).toContain('only when their pods restart');
    const distKinds = fs.readdirSync(path.join(dir, 'dist')).flatMap((f) => Yaml.load(path.join(dir, 'dist', f)).map((d: Doc) => d.kind));
    expect(distKinds).toEqual(['Telemetry']);
  });

  test('a namespace scope writes the provider without the restart note (no defaultConfig)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'install-'));
    const logs = new BufferedAccessLogging(chartFor(), 'logs', { namespace: 'billing', installProfile: InstallProfile.MINIMAL });
    const files = logs.writeInstallFiles(dir);
    expect(files.map((f) => path.basename(f))).toEqual(['billing.access-logging.istio-operator.yaml', 'billing.access-logging.helm-values.yaml']);
    expect(fs.readFileSync(files[0], 'utf8')).not.toContain('restart');
  });

  test('writes nothing when the Telemetry alone does the job', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'install-'));
    const logs = new BufferedAccessLogging(chartFor(), 'logs', { namespace: 'billing', encoding: AccessLogEncoding.TEXT });
    expect(logs.writeInstallFiles(path.join(dir, 'out'))).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  });

  test('the returned documents are copies', () => {
    const logs = runbook(chartFor());
    (logs.toIstioOperator() as Doc).spec.meshConfig.extensionProviders[0].name = 'x';
    (logs.meshConfig() as Doc).defaultConfig.fileFlushMinSizeKb = 1;
    expect((logs.toHelmValues() as Doc).meshConfig.extensionProviders[0].name).toBe('buffered-file-log');
    expect(logs.meshConfig().defaultConfig).toEqual({ fileFlushInterval: '1s', fileFlushMinSizeKb: 1024 });
  });
});
