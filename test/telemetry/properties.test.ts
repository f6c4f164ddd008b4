import { Duration, Size, Testing } from 'cdk8s';
import * as fc from 'fast-check';
import { AccessLogEncoding, AccessLogMatchMode, BufferedAccessLogging, BufferedAccessLoggingProps, InstallProfile } from '../../src';
import { PROXY_CONFIG_ANNOTATION } from '../../src/shared/proxy-config';
import { isError, validateAndAnalyze } from '../../src/validation';
import { chartFor, deployment, Doc, keyPaths, ofKind } from './helpers';

const PROPS = ['encoding', 'path', 'format', 'flushInterval', 'minFlushSize', 'filter', 'matchMode', 'namespace', 'selector',
  'name', 'providerName', 'installProfile', 'acknowledgeFlushNeedsIstio129'];
const NAMES_A_PROP = new RegExp(`^BufferedAccessLogging 'logs': '(${PROPS.join('|')})'`);

/** Every MeshConfig / ProxyConfig field path the construct may emit (istio/api v1.30.3 mesh/v1alpha1 names). */
/** The mesh-wide legacy knobs are not among them: setting them would reformat every other team's logs. */
const REAL_MESH_FIELDS = new Set([
  'extensionProviders', 'extensionProviders[].name', 'extensionProviders[].envoyFileAccessLog',
  'extensionProviders[].envoyFileAccessLog.path', 'extensionProviders[].envoyFileAccessLog.logFormat',
  'extensionProviders[].envoyFileAccessLog.logFormat.text', 'extensionProviders[].envoyFileAccessLog.logFormat.labels',
  'defaultConfig', 'defaultConfig.fileFlushInterval', 'defaultConfig.fileFlushMinSizeKb',
]);
/** Analysis codes about providers, MeshConfig, ProxyConfig and proxyMetadata: none may fire, not even as a warning. */
const OUR_CONCERNS = ['IST0157', 'CDK8SISTIO-006', 'CDK8SISTIO-007', 'CDK8SISTIO-008', 'CDK8SISTIO-009'];
const USER_LABELS = 'extensionProviders[].envoyFileAccessLog.logFormat.labels.';

const operator = fc.constantFrom('%RESPONSE_CODE%', '%REQ(:PATH)%', '%START_TIME%', '%DURATION%', '%UPSTREAM_HOST%', 'static');
const labelKey = fc.constantFrom('app', 'version', 'istio', 'app.kubernetes.io/name', 'team');
const labelValue = fc.constantFrom('billing', 'v1', 'ingressgateway', 'payments-api', 'a.b_c');

/** Mostly valid values with an occasional bad one, so that both outcomes are common across 11 props. */
function mostly<T>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: valid, weight: 6 }, { arbitrary: invalid, weight: 1 });
}

const propsArb: fc.Arbitrary<BufferedAccessLoggingProps> = fc.record({
  encoding: fc.constantFrom(undefined, AccessLogEncoding.JSON, AccessLogEncoding.TEXT),
  path: mostly(fc.constantFrom('/dev/stdout', '/var/log/istio/access.log', '/dev/stderr'), fc.constantFrom('', 'access.log', '/a b')),
  format: mostly(
    fc.oneof(
      fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), operator, { minKeys: 1, maxKeys: 4 }).map((d) => JSON.stringify(d)),
      fc.constantFrom('[%START_TIME%] %REQ(:METHOD)% %RESPONSE_CODE%', '%RESPONSE_CODE% %DURATION%'),
    ),
    fc.oneof(
      fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(operator, fc.integer(), fc.constant(null)), { maxKeys: 3 })
        .map((d) => JSON.stringify(d)),
      fc.constantFrom('', ' ', '[]', 'null', '{"a":', '42'),
    ),
  ),
  flushInterval: mostly(
    fc.oneof(fc.integer({ min: 1, max: 120_000 }).map((ms) => Duration.millis(ms)), fc.integer({ min: 1, max: 3600 }).map((s) => Duration.seconds(s))),
    fc.oneof(fc.constant(Duration.millis(0)), fc.double({ min: 0, max: 10, noNaN: true }).map((ms) => Duration.millis(ms))),
  ),
  minFlushSize: mostly(
    fc.oneof(fc.integer({ min: 1, max: 1 << 20 }).map((kib) => Size.kibibytes(kib)), fc.integer({ min: 1, max: 64 }).map((mib) => Size.mebibytes(mib))),
    fc.oneof(fc.constant(Size.kibibytes(0)), fc.double({ min: 0, max: 4, noNaN: true }).map((kib) => Size.kibibytes(kib))),
  ),
  filter: mostly(
    fc.constantFrom('response.code >= 400', 'response.code >= 500 || response.duration > duration("1s")', 'request.method == "POST"'),
    fc.constantFrom('', 'response.code >=', '(request.method'),
  ),
  matchMode: fc.constantFrom(undefined, AccessLogMatchMode.CLIENT, AccessLogMatchMode.SERVER, AccessLogMatchMode.CLIENT_AND_SERVER),
  namespace: mostly(fc.constantFrom('istio-system', 'billing', 'default'), fc.constantFrom('Billing', '', 'a.b')),
  selector: mostly(
    fc.dictionary(labelKey, labelValue, { minKeys: 1, maxKeys: 3 }),
    fc.constantFrom<{ [key: string]: string }>({}, { app: '*' }, { '': 'billing' }, { app: '' }, { app: 'two words' }),
  ),
  name: mostly(fc.constantFrom('access-logging', 'mesh-default', 'logs.v2'), fc.constantFrom('Access_Logs', '')),
  providerName: mostly(fc.constantFrom('envoy', 'buffered-file-log', 'otel_file.log'), fc.constantFrom('', '-log', 'a b')),
  installProfile: mostly(fc.constantFrom(InstallProfile.DEFAULT, InstallProfile.AMBIENT, InstallProfile.MINIMAL), fc.constant('full' as InstallProfile)),
  acknowledgeFlushNeedsIstio129: fc.constantFrom(undefined, undefined, true, false),
}, { requiredKeys: [] });

// Mostly releases with flush settings: on older ones any explicit flush prop is (rightly) rejected.
// Unset (undefined) needs the acknowledgement.
const versionArb = fc.oneof({ arbitrary: fc.constantFrom('1.29', '1.30'), weight: 3 }, { arbitrary: fc.constantFrom('1.22', '1.25', '1.28'), weight: 1 },
  { arbitrary: fc.constant(undefined), weight: 1 });

describe('BufferedAccessLogging, every combination of props', () => {
  test('either throws an error naming a prop, or emits objects and mesh config that pass the full validation', () => {
    let built = 0;
    let rejected = 0;
    let withProfile = 0;
    fc.assert(fc.property(propsArb, versionArb, fc.boolean(), (props, version, withWorkload) => {
      const chart = chartFor(version ?? null);
      let logs: BufferedAccessLogging;
      try {
        logs = new BufferedAccessLogging(chart, 'logs', props);
      } catch (e) {
        rejected++;
        expect((e as Error).message).toMatch(NAMES_A_PROP);
        return;
      }
      built++;
      // Without the version the acknowledgement is what lets the construct through; with an old one it is refused.
      if (version === undefined) expect(props.acknowledgeFlushNeedsIstio129).toBe(true);
      const flush = logs.proxyConfig();
      if (withWorkload && flush) {
        logs.applyTo(deployment(chart, 'worker', logs.namespace, { app: 'worker', ...(logs.selector ?? {}) }));
      }

      const objects = Testing.synth(chart);
      if (props.installProfile === undefined) {
        expect(() => logs.toIstioOperator()).toThrow("BufferedAccessLogging 'logs': toIstioOperator() needs 'installProfile'");
        return;
      }
      const iop = logs.toIstioOperator() as Doc;
      expect(iop.spec.profile).toBe(props.installProfile);
      withProfile++;
      // The analysis layer reads IstioOperator documents too (provider names, MeshConfig/ProxyConfig fields).
      const findings = validateAndAnalyze(logs.meshConfigRequired ? [...objects, iop] : objects);
      expect(findings.filter((f) => isError(f) || OUR_CONCERNS.includes(f.code))).toEqual([]);

      const telemetries = ofKind(objects, 'Telemetry');
      expect(telemetries).toHaveLength(1);
      for (const entry of telemetries[0].spec.accessLogging) {
        expect(entry.providers.length).toBeGreaterThan(0);
      }
      expect(telemetries[0].metadata.namespace).toBe(logs.namespace);

      const fields = keyPaths(iop.spec.meshConfig).filter((p) => !p.startsWith(USER_LABELS));
      expect(fields.filter((f) => !REAL_MESH_FIELDS.has(f))).toEqual([]);
      expect(logs.toHelmValues()).toEqual({ meshConfig: iop.spec.meshConfig });

      const versionHasFlush = version === undefined || Number(version.split('.')[1]) >= 29;
      expect(flush !== undefined).toBe(versionHasFlush);
      expect(iop.spec.meshConfig.defaultConfig).toEqual(logs.meshWide ? flush : undefined);
      for (const dep of ofKind(objects, 'Deployment')) {
        const annotation = dep.spec.template.metadata.annotations[PROXY_CONFIG_ANNOTATION];
        expect(JSON.parse(annotation)).toEqual(flush);
      }
    }), { numRuns: 1000 });
    // Both outcomes must actually occur, or the generators are broken.
    expect(built).toBeGreaterThan(150);
    expect(rejected).toBeGreaterThan(150);
    expect(withProfile).toBeGreaterThan(100);
  });
});
