import { App, Chart, Testing } from 'cdk8s';
import {
  CallerIdentity,
  DataplaneMode,
  MeshWideStrictMtls,
  MtlsMode,
  PortMtlsException,
  PortMtlsMode,
  StrictMtlsNamespace,
  StrictMtlsNamespaceProps,
} from '../../src/security';
import { formatFinding, validateAndAnalyze } from '../../src/validation';
import { plainJs } from '../support/type-helpers';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Manifest = any;

function synth(props: StrictMtlsNamespaceProps, chartNamespace?: string): Manifest[] {
  const chart = new Chart(Testing.app(), 'app', { namespace: chartNamespace });
  new StrictMtlsNamespace(chart, 'ns', props);
  return Testing.synth(chart);
}

function find(manifest: Manifest[], kind: string, name: string): Manifest {
  const obj = manifest.find((o) => o.kind === kind && o.metadata.name === name);
  if (!obj) throw new Error(`no ${kind} ${name} in ${JSON.stringify(manifest)}`);
  return obj;
}

function build(props: StrictMtlsNamespaceProps): StrictMtlsNamespace {
  return new StrictMtlsNamespace(Testing.chart(), 'ns', props);
}

describe('StrictMtlsNamespace', () => {
  describe('the runbook setup', () => {
    test('in a chart with namespace billing: Namespace without metadata.namespace, STRICT PeerAuthentication in billing', () => {
      const manifest = synth({ name: 'billing' }, 'billing');
      expect(manifest).toMatchSnapshot();
      expect(manifest).toHaveLength(2);
      const ns = find(manifest, 'Namespace', 'billing');
      expect(ns.apiVersion).toBe('v1');
      expect(ns.metadata).not.toHaveProperty('namespace');
      expect(ns.metadata.labels).toEqual({ 'istio-injection': 'enabled' });
      const pa = find(manifest, 'PeerAuthentication', 'default');
      expect(pa.apiVersion).toBe('security.istio.io/v1');
      expect(pa.metadata.namespace).toBe('billing');
      expect(pa.spec).toEqual({ mtls: { mode: 'STRICT' } });
    });

    test('defaults are exposed on the construct', () => {
      const ns = build({ name: 'billing' });
      expect(ns.name).toBe('billing');
      expect(ns.revision).toBeUndefined();
      expect(ns.dataplane).toBe(DataplaneMode.SIDECAR);
      expect(ns.mode).toBe(MtlsMode.STRICT);
      expect(ns.rootNamespace).toBe('istio-system');
      expect(ns.trustDomain).toBe('cluster.local');
      expect(StrictMtlsNamespace.DEFAULT_TRUST_DOMAIN).toBe('cluster.local');
      expect(ns.denyByDefault).toBe(false);
      expect(ns.kubeNamespace.name).toBe('billing');
      expect(ns.peerAuthentication.name).toBe('default');
      expect(ns.portExceptionPolicies).toEqual([]);
      expect(ns.portExceptions).toEqual([]);
      expect(ns.allowNothingPolicy).toBeUndefined();
      expect(ns.callerPolicy).toBeUndefined();
      expect(ns.allowedCallers).toEqual([]);
    });

    test('the policies go into the protected namespace, not the chart namespace', () => {
      const manifest = synth({ name: 'billing', denyByDefault: true, portExceptions: [
        { port: 9090, mode: PortMtlsMode.PERMISSIVE, selector: { app: 'billing' } },
      ] }, 'other');
      for (const obj of manifest.filter((o) => o.kind !== 'Namespace')) expect(obj.metadata.namespace).toBe('billing');
      expect(find(manifest, 'Namespace', 'billing').metadata).not.toHaveProperty('namespace');
    });

    test('in a chart without namespace the Namespace has no metadata.namespace either', () => {
      const ns = find(synth({ name: 'billing' }), 'Namespace', 'billing');
      expect(ns.metadata).toEqual({ name: 'billing', labels: { 'istio-injection': 'enabled' } });
    });
  });

  describe('data plane labels: exactly one', () => {
    test('revision: istio.io/rev instead of istio-injection', () => {
      const manifest = synth({ name: 'billing', revision: '1-30-3' });
      expect(manifest).toMatchSnapshot();
      const ns = build({ name: 'billing', revision: 'stable' });
      expect(ns.revision).toBe('stable');
      expect(find(manifest, 'Namespace', 'billing').metadata.labels).toEqual({ 'istio.io/rev': '1-30-3' });
    });

    test('ambient: istio.io/dataplane-mode=ambient and still a STRICT PeerAuthentication', () => {
      const manifest = synth({ name: 'billing', dataplane: DataplaneMode.AMBIENT });
      expect(manifest).toMatchSnapshot();
      expect(find(manifest, 'Namespace', 'billing').metadata.labels).toEqual({ 'istio.io/dataplane-mode': 'ambient' });
      expect(find(manifest, 'PeerAuthentication', 'default').spec.mtls.mode).toBe('STRICT');
    });

    test('extra labels and annotations are kept next to the data-plane label', () => {
      const ns = find(synth({
        name: 'billing', labels: { team: 'payments', 'example.com/tier': 'gold' },
        annotations: { 'example.com/owner': 'payments team <pay@example.com>' },
      }), 'Namespace', 'billing');
      expect(ns.metadata.labels).toEqual({ 'istio-injection': 'enabled', team: 'payments', 'example.com/tier': 'gold' });
      expect(ns.metadata.annotations).toEqual({ 'example.com/owner': 'payments team <pay@example.com>' });
    });
  });

  test('mode PERMISSIVE for the migration stage', () => {
    const ns = build({ name: 'billing', mode: MtlsMode.PERMISSIVE });
    expect(ns.mode).toBe(MtlsMode.PERMISSIVE);
    expect(find(synth({ name: 'billing', mode: MtlsMode.PERMISSIVE }), 'PeerAuthentication', 'default').spec)
      .toEqual({ mtls: { mode: 'PERMISSIVE' } });
  });

  describe('port exceptions', () => {
    test('one workload PeerAuthentication per selector, keyed by container port, mode inherited', () => {
      const chart = Testing.chart();
      const ns = new StrictMtlsNamespace(chart, 'ns', {
        name: 'billing',
        portExceptions: [
          { port: 9090, mode: PortMtlsMode.PERMISSIVE, selector: { app: 'billing' } },
          { port: 5432, mode: PortMtlsMode.DISABLE, selector: { app: 'legacy', version: 'v1' } },
          { port: 8081, mode: PortMtlsMode.STRICT, selector: { app: 'billing' } },
        ],
      });
      const manifest = Testing.synth(chart);
      expect(manifest).toMatchSnapshot();
      expect(manifest.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
        'Namespace/billing', 'PeerAuthentication/default',
        'PeerAuthentication/billing-port-mtls', 'PeerAuthentication/legacy-v1-port-mtls',
      ]);
      expect(find(manifest, 'PeerAuthentication', 'billing-port-mtls').spec).toEqual({
        selector: { matchLabels: { app: 'billing' } },
        portLevelMtls: { 8081: { mode: 'STRICT' }, 9090: { mode: 'PERMISSIVE' } },
      });
      expect(find(manifest, 'PeerAuthentication', 'legacy-v1-port-mtls').spec.portLevelMtls)
        .toEqual({ 5432: { mode: 'DISABLE' } });
      expect(ns.portExceptionPolicies.map((p) => p.name)).toEqual(['billing-port-mtls', 'legacy-v1-port-mtls']);
      expect(ns.portExceptions.map((e) => e.port)).toEqual([9090, 5432, 8081]);
    });

    test('addPortException after construction joins the existing policy or adds one', () => {
      const chart = Testing.chart();
      const ns = new StrictMtlsNamespace(chart, 'ns', {
        name: 'billing', portExceptions: [{ port: 9090, mode: PortMtlsMode.PERMISSIVE, selector: { app: 'billing' } }],
      });
      ns.addPortException({ port: 9091, mode: PortMtlsMode.PERMISSIVE, selector: { app: 'billing' } });
      ns.addPortException({ port: 9090, mode: PortMtlsMode.PERMISSIVE, selector: { app: 'ledger' }, policyName: 'ledger-metrics' });
      const manifest = Testing.synth(chart);
      expect(find(manifest, 'PeerAuthentication', 'billing-port-mtls').spec.portLevelMtls)
        .toEqual({ 9090: { mode: 'PERMISSIVE' }, 9091: { mode: 'PERMISSIVE' } });
      expect(find(manifest, 'PeerAuthentication', 'ledger-metrics').spec).toEqual({
        selector: { matchLabels: { app: 'ledger' } }, portLevelMtls: { 9090: { mode: 'PERMISSIVE' } },
      });
    });

    test('derived names are DNS-1123 labels, from the label values in key order', () => {
      const ns = build({ name: 'billing', portExceptions: [
        { port: 1, mode: PortMtlsMode.PERMISSIVE, selector: { version: 'V2.1_beta', app: 'Billing' } },
        { port: 1, mode: PortMtlsMode.PERMISSIVE, selector: { app: 'x'.repeat(63) } },
        { port: 1, mode: PortMtlsMode.PERMISSIVE, selector: { app: '' } },
      ] });
      expect(ns.portExceptionPolicies.map((p) => p.name)).toEqual([
        'billing-v2-1-beta-port-mtls', `${'x'.repeat(53)}-port-mtls`, 'workload-port-mtls',
      ]);
    });

    test('ambient accepts PERMISSIVE and STRICT port exceptions', () => {
      const manifest = synth({ name: 'billing', dataplane: DataplaneMode.AMBIENT, portExceptions: [
        { port: 9090, mode: PortMtlsMode.PERMISSIVE, selector: { app: 'billing' } },
        { port: 8080, mode: PortMtlsMode.STRICT, selector: { app: 'billing' } },
      ] });
      expect(find(manifest, 'PeerAuthentication', 'billing-port-mtls').spec.portLevelMtls)
        .toEqual({ 8080: { mode: 'STRICT' }, 9090: { mode: 'PERMISSIVE' } });
    });
  });

  describe('deny by default', () => {
    test('allow-nothing AuthorizationPolicy with spec: {} and callers allowed by namespace or service account', () => {
      const chart = Testing.chart();
      const ns = new StrictMtlsNamespace(chart, 'ns', {
        name: 'billing', denyByDefault: true, allowedCallers: [CallerIdentity.namespace('frontend')],
      });
      ns.allowFrom(CallerIdentity.serviceAccount('checkout', 'web'), CallerIdentity.namespace('ops'));
      ns.allowFrom(CallerIdentity.namespace('frontend'));
      const manifest = Testing.synth(chart);
      expect(manifest).toMatchSnapshot();
      const allowNothing = find(manifest, 'AuthorizationPolicy', 'allow-nothing');
      expect(allowNothing.metadata.namespace).toBe('billing');
      expect(allowNothing.spec).toEqual({});
      const allowed = find(manifest, 'AuthorizationPolicy', 'allowed-callers');
      expect(allowed.spec).toEqual({
        action: 'ALLOW',
        rules: [{ from: [
          { source: { namespaces: ['frontend', 'ops'] } },
          { source: { principals: ['cluster.local/ns/checkout/sa/web'] } },
        ] }],
      });
      expect(ns.allowNothingPolicy?.name).toBe('allow-nothing');
      expect(ns.callerPolicy?.name).toBe('allowed-callers');
      expect(ns.allowedCallers.map((c) => [c.namespaceName, c.serviceAccountName]))
        .toEqual([['frontend', undefined], ['checkout', 'web'], ['ops', undefined]]);
    });

    test('denyByDefault alone emits only the allow-nothing policy', () => {
      const manifest = synth({ name: 'billing', denyByDefault: true });
      expect(manifest.filter((o) => o.kind === 'AuthorizationPolicy').map((o) => o.metadata.name)).toEqual(['allow-nothing']);
    });

    test('service-account principals use the trust domain', () => {
      const manifest = synth({
        name: 'billing', denyByDefault: true, trustDomain: 'prod.example.com',
        allowedCallers: [CallerIdentity.serviceAccount('frontend', 'web')],
      });
      expect(find(manifest, 'AuthorizationPolicy', 'allowed-callers').spec.rules)
        .toEqual([{ from: [{ source: { principals: ['prod.example.com/ns/frontend/sa/web'] } }] }]);
    });

    test('no AuthorizationPolicy unless asked for', () => {
      expect(synth({ name: 'billing' }).some((o) => o.kind === 'AuthorizationPolicy')).toBe(false);
    });
  });

  describe('bad input', () => {
    const ok: StrictMtlsNamespaceProps = { name: 'billing' };

    test.each(['Billing', 'billing.svc', '-billing', '', 'b'.repeat(64)])('name %p', (name) => {
      expect(() => build({ name })).toThrow(
        `StrictMtlsNamespace 'ns': 'name' "${name}" is not a DNS-1123 label: at most 63 characters`);
    });

    test.each(['1 30', '', '-stable', 'r'.repeat(64)])('revision %p', (revision) => {
      expect(() => build({ ...ok, revision })).toThrow(
        `StrictMtlsNamespace 'ns': 'revision' is ${JSON.stringify(revision)}: must be a label value of 1-63 ` +
        "alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric");
    });

    test('revision with ambient', () => {
      expect(() => build({ ...ok, revision: 'stable', dataplane: DataplaneMode.AMBIENT })).toThrow(
        "StrictMtlsNamespace 'ns': 'revision' (\"stable\") cannot be combined with 'dataplane' " +
        'DataplaneMode.AMBIENT: a namespace selects exactly one data plane');
    });

    test('dataplane outside the enum', () => {
      expect(() => build({ ...ok, dataplane: 'none' as DataplaneMode })).toThrow(
        "StrictMtlsNamespace 'ns': 'dataplane' is \"none\": must be DataplaneMode.SIDECAR or DataplaneMode.AMBIENT");
    });

    test('mode outside the enum (no namespace-wide DISABLE)', () => {
      expect(() => build({ ...ok, mode: 'DISABLE' as MtlsMode })).toThrow(
        "StrictMtlsNamespace 'ns': 'mode' is \"DISABLE\": must be MtlsMode.STRICT or MtlsMode.PERMISSIVE");
    });

    test('rootNamespace', () => {
      expect(() => build({ ...ok, rootNamespace: 'Istio' })).toThrow(
        "StrictMtlsNamespace 'ns': 'rootNamespace' \"Istio\" is not a DNS-1123 label");
    });

    test('trustDomain', () => {
      expect(() => build({ ...ok, trustDomain: 'cluster_local' })).toThrow(
        "StrictMtlsNamespace 'ns': 'trustDomain' \"cluster_local\" is not a DNS-1123 subdomain");
    });

    test('denyByDefault that is not a boolean', () => {
      expect(() => build({ ...ok, denyByDefault: plainJs<boolean>('yes') })).toThrow(
        "StrictMtlsNamespace 'ns': 'denyByDefault' is \"yes\": must be true or false");
    });

    test('denyByDefault in the root namespace', () => {
      expect(() => build({ name: 'mesh-root', rootNamespace: 'mesh-root', denyByDefault: true })).toThrow(
        "StrictMtlsNamespace 'ns': 'denyByDefault' cannot be true in the mesh root namespace \"mesh-root\" " +
        "('rootNamespace'): an allow-nothing policy there denies every request in the whole mesh");
    });

    test.each(['istio-injection', 'istio.io/rev', 'istio.io/dataplane-mode'])('labels setting %p', (key) => {
      expect(() => build({ ...ok, labels: { [key]: 'x' } })).toThrow(
        `StrictMtlsNamespace 'ns': 'labels' sets "${key}", a data-plane label this construct owns: ` +
        "use 'revision' or 'dataplane' instead");
    });

    test('labels with an invalid value', () => {
      expect(() => build({ ...ok, labels: { team: 'pay ments' } })).toThrow(
        "StrictMtlsNamespace 'ns': 'labels' has an invalid label: label \"team\": value \"pay ments\" must be");
    });

    test('annotations with an invalid key or a value that is not a string', () => {
      expect(() => build({ ...ok, annotations: { 'bad key': 'x' } })).toThrow(
        "StrictMtlsNamespace 'ns': 'annotations' key \"bad key\": name part must be 1-63 characters");
      expect(() => build({ ...ok, annotations: { owner: plainJs<string>(7) } })).toThrow(
        "StrictMtlsNamespace 'ns': 'annotations' value of \"owner\" must be a string");
    });

    describe('port exceptions', () => {
      const billing = { app: 'billing' };
      const at = (i: number, field: string) => `StrictMtlsNamespace 'ns': 'portExceptions[${i}].${field}' `;

      test.each([0, 65536, -1, 80.5, plainJs<number>('9090')])('port %p', (port) => {
        expect(() => build({ ...ok, portExceptions: [{ port, mode: PortMtlsMode.PERMISSIVE, selector: billing }] }))
          .toThrow(`${at(0, 'port')}is ${JSON.stringify(port)}: must be an integer from 1 to 65535 (the container port)`);
      });

      test('duplicated port for the same selector', () => {
        expect(() => build({ ...ok, portExceptions: [
          { port: 9090, mode: PortMtlsMode.PERMISSIVE, selector: billing },
          { port: 9090, mode: PortMtlsMode.STRICT, selector: { app: 'billing' } },
        ] })).toThrow(`${at(1, 'port')}9090 is already set for the selector {app=billing}: one mode per port and workload`);
      });

      test('the same port for different selectors is fine', () => {
        const ns = build({ ...ok, portExceptions: [
          { port: 9090, mode: PortMtlsMode.PERMISSIVE, selector: billing },
          { port: 9090, mode: PortMtlsMode.PERMISSIVE, selector: { app: 'ledger' } },
        ] });
        expect(ns.portExceptionPolicies).toHaveLength(2);
      });

      test.each([{}, undefined])('selector %p', (selector) => {
        expect(() => build({ ...ok, portExceptions: [
          { port: 9090, mode: PortMtlsMode.PERMISSIVE, selector: selector as { [key: string]: string } },
        ] })).toThrow(`${at(0, 'selector')}is empty: port-level mTLS needs a workload selector with at least one pod label`);
      });

      test('selector with an invalid label', () => {
        expect(() => build({ ...ok, portExceptions: [
          { port: 9090, mode: PortMtlsMode.PERMISSIVE, selector: { app: 'bill*' } },
        ] })).toThrow(`${at(0, 'selector')}has an invalid label: label "app": value "bill*" must be`);
      });

      test('mode outside the enum', () => {
        expect(() => build({ ...ok, portExceptions: [{ port: 9090, mode: 'OFF' as PortMtlsMode, selector: billing }] }))
          .toThrow(`${at(0, 'mode')}is "OFF": must be PortMtlsMode.STRICT, PortMtlsMode.PERMISSIVE or PortMtlsMode.DISABLE`);
      });

      test('DISABLE in ambient', () => {
        expect(() => build({ ...ok, dataplane: DataplaneMode.AMBIENT, portExceptions: [
          { port: 9090, mode: PortMtlsMode.DISABLE, selector: billing },
        ] })).toThrow(`${at(0, 'mode')}is PortMtlsMode.DISABLE, which the ambient data plane does not support`);
      });

      test('portExceptions that is not a list', () => {
        expect(() => build({ ...ok, portExceptions: plainJs<PortMtlsException[]>({}) })).toThrow(
          "StrictMtlsNamespace 'ns': 'portExceptions' must be a list of PortMtlsException");
      });

      test('an entry that is not an object', () => {
        expect(() => build({ ...ok, portExceptions: [plainJs<PortMtlsException>(null)] })).toThrow(
          "StrictMtlsNamespace 'ns': 'portExceptions[0]' must be an object with 'port', 'mode' and 'selector'");
      });

      test.each([['Metrics', '"Metrics" is not a DNS-1123 label'],
        ['default', 'is "default", the name of the namespace-wide PeerAuthentication']])('policyName %p', (policyName, msg) => {
        expect(() => build({ ...ok, portExceptions: [
          { port: 9090, mode: PortMtlsMode.PERMISSIVE, selector: billing, policyName },
        ] })).toThrow(`${at(0, 'policyName')}${msg}`);
      });

      test('different policyName for one selector', () => {
        expect(() => build({ ...ok, portExceptions: [
          { port: 9090, mode: PortMtlsMode.PERMISSIVE, selector: billing },
          { port: 9091, mode: PortMtlsMode.PERMISSIVE, selector: billing, policyName: 'metrics' },
        ] })).toThrow(`${at(1, 'policyName')}is "metrics" but portExceptions[0] with the same selector {app=billing} ` +
          'uses "billing-port-mtls": give every exception of one selector the same name, or none');
      });

      test('two selectors deriving the same name', () => {
        expect(() => build({ ...ok, portExceptions: [
          { port: 9090, mode: PortMtlsMode.PERMISSIVE, selector: billing },
          { port: 9090, mode: PortMtlsMode.PERMISSIVE, selector: { app: 'Billing' } },
        ] })).toThrow(`${at(1, 'selector')}{app=Billing} would share the PeerAuthentication name "billing-port-mtls" ` +
          "with the selector {app=billing}: set a distinct 'policyName'");
      });

      test('two selectors given the same policyName', () => {
        expect(() => build({ ...ok, portExceptions: [
          { port: 9090, mode: PortMtlsMode.PERMISSIVE, selector: billing, policyName: 'metrics' },
          { port: 9090, mode: PortMtlsMode.PERMISSIVE, selector: { app: 'ledger' }, policyName: 'metrics' },
        ] })).toThrow(`${at(1, 'policyName')}{app=ledger} would share the PeerAuthentication name "metrics"`);
      });

      test('addPortException errors name the next index', () => {
        const ns = build({ ...ok, portExceptions: [{ port: 9090, mode: PortMtlsMode.PERMISSIVE, selector: billing }] });
        expect(() => ns.addPortException({ port: 70000, mode: PortMtlsMode.PERMISSIVE, selector: billing }))
          .toThrow(`${at(1, 'port')}is 70000`);
      });

      test('a selector policy in the root namespace', () => {
        const msg = "StrictMtlsNamespace 'ns': 'portExceptions' cannot be used in the mesh root namespace " +
          "\"istio-system\" ('rootNamespace'): Istio ignores PeerAuthentications with a selector there";
        expect(() => build({ name: 'istio-system', portExceptions: [
          { port: 9090, mode: PortMtlsMode.PERMISSIVE, selector: billing },
        ] })).toThrow(msg);
        const ns = build({ name: 'istio-system' });
        expect(() => ns.addPortException({ port: 9090, mode: PortMtlsMode.PERMISSIVE, selector: billing })).toThrow(msg);
      });

      test('the root namespace follows rootNamespace', () => {
        expect(() => build({ name: 'mesh-root', rootNamespace: 'mesh-root', portExceptions: [
          { port: 9090, mode: PortMtlsMode.PERMISSIVE, selector: billing },
        ] })).toThrow("'portExceptions' cannot be used in the mesh root namespace \"mesh-root\"");
        expect(build({ name: 'istio-system', rootNamespace: 'mesh-root', portExceptions: [
          { port: 9090, mode: PortMtlsMode.PERMISSIVE, selector: billing },
        ] }).portExceptionPolicies).toHaveLength(1);
      });
    });

    describe('callers', () => {
      test('allowedCallers without denyByDefault', () => {
        expect(() => build({ ...ok, allowedCallers: [CallerIdentity.namespace('frontend')] })).toThrow(
          "StrictMtlsNamespace 'ns': 'denyByDefault' must be true to allow callers ('allowedCallers'): an ALLOW " +
          'rule denies every other caller, so opt in to deny-by-default explicitly');
      });

      test('allowFrom without denyByDefault', () => {
        expect(() => build(ok).allowFrom(CallerIdentity.namespace('frontend'))).toThrow(
          "StrictMtlsNamespace 'ns': 'denyByDefault' must be true to allow callers ('allowFrom')");
      });

      test('a caller that is not a CallerIdentity', () => {
        const ns = build({ ...ok, denyByDefault: true });
        expect(() => ns.allowFrom(CallerIdentity.namespace('a'), plainJs<CallerIdentity>({ namespaceName: 'b' })))
          .toThrow("StrictMtlsNamespace 'ns': 'allowFrom[1]' must be a CallerIdentity");
        expect(ns.allowedCallers).toEqual([]);
      });

      test('allowedCallers that is not a list', () => {
        expect(() => build({ ...ok, denyByDefault: true, allowedCallers: plainJs<CallerIdentity[]>('frontend') }))
          .toThrow("StrictMtlsNamespace 'ns': 'allowedCallers' must be a list of CallerIdentity");
      });

      test('CallerIdentity arguments', () => {
        expect(() => CallerIdentity.namespace('Front')).toThrow(
          "CallerIdentity.namespace: 'namespace' \"Front\" is not a DNS-1123 label");
        expect(() => CallerIdentity.serviceAccount('front end', 'web')).toThrow(
          "CallerIdentity.serviceAccount: 'namespace' \"front end\" is not a DNS-1123 label");
        expect(() => CallerIdentity.serviceAccount('frontend', 'Web_1')).toThrow(
          "CallerIdentity.serviceAccount: 'serviceAccount' \"Web_1\" is not a DNS-1123 subdomain");
      });
    });
  });

  test('works beside MeshWideStrictMtls in the seed scenario layout, with no findings at all', () => {
    const app = new App();
    const mesh = new Chart(app, 'mesh');
    new MeshWideStrictMtls(mesh, 'mtls');
    const billing = new Chart(app, 'billing', { namespace: 'billing' });
    new StrictMtlsNamespace(billing, 'ns', { name: 'billing' });
    const yaml = app.synthYaml();
    expect(yaml).toMatchSnapshot();
    expect(validateAndAnalyze(app.charts.flatMap((c) => c.toJson())).map(formatFinding)).toEqual([]);
  });
});
