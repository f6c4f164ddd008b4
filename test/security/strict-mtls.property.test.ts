import { App, Chart } from 'cdk8s';
import * as fc from 'fast-check';
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
import { formatFinding, isError, validateAndAnalyze } from '../../src/validation';

// Every generated combination, valid or not, either fails at construction with an Error naming a prop, or
// synthesizes objects that pass the project's full validation (schema + CEL, webhook, analysis).

const PROPS = [
  'name', 'revision', 'dataplane', 'mode', 'rootNamespace', 'trustDomain', 'denyByDefault', 'labels',
  'annotations', 'portExceptions', 'allowedCallers', 'allowFrom', 'namespace', 'serviceAccount', 'port',
];
const NAMES_A_PROP = new RegExp(
  `^(StrictMtlsNamespace '[^']*'|MeshWideStrictMtls '[^']*'|CallerIdentity\\.\\w+): ` +
  `'(${PROPS.join('|')})(\\[\\d+\\](\\.(port|mode|selector|policyName))?)?' `);

const some = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
// Mostly valid values, so that both outcomes are reached often.
const mostly = <T>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: invalid, weight: 1 });
const label = fc.stringMatching(/^[a-z0-9]([-a-z0-9]{0,20}[a-z0-9])?$/);
const namespaceName = mostly(fc.oneof(label, fc.constantFrom('billing', 'istio-system', 'mesh-root')),
  fc.constantFrom('Billing', '', 'a.b', '-x', 'n'.repeat(64)));
const labelValue = mostly(fc.stringMatching(/^[A-Za-z0-9]([-A-Za-z0-9_.]{0,10}[A-Za-z0-9])?$/),
  fc.constantFrom('', 'bad value', 'x*', 'v'.repeat(64)));
const labelKey = mostly(fc.oneof(fc.constantFrom('app', 'version', 'team', 'example.com/tier'), label),
  fc.constantFrom('istio-injection', 'istio.io/rev', 'istio.io/dataplane-mode', 'bad key', '', 'Example.com/x'));
const labelMap = fc.dictionary(labelKey, labelValue, { maxKeys: 3 });

type Selector = { [key: string]: string };
const portException: fc.Arbitrary<PortMtlsException> = fc.record({
  port: mostly(fc.integer({ min: 1, max: 65535 }), fc.constantFrom(0, -1, 65536, 1.5)),
  mode: mostly(fc.constantFrom(PortMtlsMode.STRICT, PortMtlsMode.PERMISSIVE, PortMtlsMode.DISABLE),
    fc.constant('OFF' as PortMtlsMode)),
  selector: mostly(fc.oneof(fc.constantFrom<Selector>({ app: 'billing' }, { app: 'ledger', version: 'v1' }),
    fc.dictionary(labelKey, labelValue, { minKeys: 1, maxKeys: 2 })), fc.constantFrom<Selector>({}, { app: 'Billing' })),
  policyName: some(mostly(fc.constantFrom('metrics', 'billing-port-mtls'), fc.constantFrom('default', 'Bad'))),
}, { requiredKeys: ['port', 'mode', 'selector'] });

const caller = fc.oneof(
  fc.record({ ns: namespaceName }),
  fc.record({ ns: namespaceName, sa: mostly(fc.oneof(label, fc.constantFrom('web', 'api.v1')), fc.constant('Web_1')) }),
  fc.record({ gateway: fc.constant(true) }),
  fc.record({ monitoring: namespaceName }),
  fc.record({ port: mostly(fc.integer({ min: 1, max: 65535 }), fc.constantFrom(0, 70000)) }),
);

const scenario = fc.record({
  props: fc.record({
    name: namespaceName,
    revision: some(mostly(fc.oneof(labelValue, fc.constantFrom('1-30-3', 'stable', 'default')), fc.constant(''))),
    dataplane: some(mostly(fc.constantFrom(DataplaneMode.SIDECAR, DataplaneMode.AMBIENT), fc.constant('none' as DataplaneMode))),
    mode: some(mostly(fc.constantFrom(MtlsMode.STRICT, MtlsMode.PERMISSIVE), fc.constant('DISABLE' as MtlsMode))),
    rootNamespace: some(mostly(fc.constantFrom('istio-system', 'mesh-root'), fc.constant('Bad'))),
    trustDomain: some(mostly(fc.constantFrom('cluster.local', 'prod.example.com'), fc.constant('bad_domain'))),
    denyByDefault: some(fc.boolean()),
    labels: some(labelMap),
    annotations: some(fc.dictionary(labelKey, fc.string({ maxLength: 10 }), { maxKeys: 2 })),
    portExceptions: some(fc.array(portException, { maxLength: 3 })),
  }, { requiredKeys: ['name'] }),
  allowedCallers: some(fc.array(caller, { maxLength: 3 })),
  laterCallers: some(fc.array(caller, { minLength: 1, maxLength: 2 })),
  laterException: some(portException),
  chartNamespace: some(fc.constantFrom('billing', 'other')),
  meshRoot: some(mostly(fc.constantFrom('istio-system', 'mesh-root', 'billing'), fc.constant('Bad'))),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

const identity = (c: { ns?: string; sa?: string; gateway?: boolean; monitoring?: string; port?: number }) => {
  if (c.gateway) return CallerIdentity.ingressGateway();
  if (c.monitoring !== undefined) return CallerIdentity.monitoringNamespace(c.monitoring);
  if (c.port !== undefined) return CallerIdentity.anySourceOnPort(c.port);
  return c.sa === undefined ? CallerIdentity.namespace(c.ns as string) : CallerIdentity.serviceAccount(c.ns as string, c.sa);
};

function construct(s: Scenario): { app: App; ns: StrictMtlsNamespace } {
  const app = new App();
  if (s.meshRoot !== undefined) new MeshWideStrictMtls(new Chart(app, 'mesh'), 'mtls', { rootNamespace: s.meshRoot });
  const chart = new Chart(app, 'app', { namespace: s.chartNamespace });
  const props: StrictMtlsNamespaceProps = {
    ...s.props,
    ...(s.allowedCallers ? { allowedCallers: s.allowedCallers.map(identity) } : {}),
  };
  const ns = new StrictMtlsNamespace(chart, 'ns', props);
  if (s.laterException) ns.addPortException(s.laterException);
  if (s.laterCallers) ns.allowFrom(...s.laterCallers.map(identity));
  return { app, ns };
}

test('every combination synthesizes valid objects or throws an error naming a prop', () => {
  let accepted = 0;
  let withExceptions = 0;
  let withCallers = 0;
  let withPlaintextAllow = 0;
  fc.assert(fc.property(scenario, (s) => {
    let built: { app: App; ns: StrictMtlsNamespace };
    try {
      built = construct(s);
    } catch (e) {
      expect(e).toBeInstanceOf(Error);
      expect((e as Error).message).toMatch(NAMES_A_PROP);
      return;
    }
    const { app, ns } = built;
    accepted++;
    if (ns.portExceptionPolicies.length > 0) withExceptions++;
    if (ns.callerPolicy) withCallers++;
    if (s.meshRoot === ns.name) {
      expect(() => app.synthYaml()).toThrow(`'name' is the root namespace of MeshWideStrictMtls 'mesh/mtls'`);
      return;
    }
    const objects = app.charts.flatMap((c) => c.toJson());
    const errors = validateAndAnalyze(objects).filter(isError).map(formatFinding);
    expect(errors).toEqual([]);
    const namespace = objects.find((o) => o.kind === 'Namespace');
    expect(namespace.metadata.namespace).toBeUndefined();
    const planeLabels = Object.keys(namespace.metadata.labels)
      .filter((k) => ['istio-injection', 'istio.io/rev', 'istio.io/dataplane-mode'].includes(k));
    expect(planeLabels).toHaveLength(1);
    const defaults = objects.filter((o) => o.kind === 'PeerAuthentication' && o.metadata.namespace === ns.name &&
      o.spec.selector === undefined);
    expect(defaults).toHaveLength(1);
    expect(defaults[0].spec.mtls.mode).toBe(s.props.mode ?? 'STRICT');
    for (const obj of objects) expect(obj.metadata.name).toMatch(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/);
    for (const pa of objects.filter((o) => o.kind === 'PeerAuthentication' && o.spec.portLevelMtls)) {
      expect(Object.keys(pa.spec.selector.matchLabels).length).toBeGreaterThan(0);
      expect(pa.metadata.namespace).not.toBe(ns.rootNamespace);
      // Under deny-by-default the ports that accept plaintext are open to every source on the same pods.
      const plaintext = Object.keys(pa.spec.portLevelMtls).filter((port) => pa.spec.portLevelMtls[port].mode !== 'STRICT');
      const allow = objects.find((o) => o.kind === 'AuthorizationPolicy' && o.metadata.name === pa.metadata.name);
      if (!ns.denyByDefault || plaintext.length === 0) {
        expect(allow).toBeUndefined();
      } else {
        withPlaintextAllow++;
        expect(allow.spec.selector).toEqual(pa.spec.selector);
        expect([...allow.spec.rules[0].to[0].operation.ports].sort()).toEqual(plaintext.sort());
      }
    }
  }), { numRuns: 1000 });
  // The generators must reach the accepting branch often enough for the property to mean something.
  expect(accepted).toBeGreaterThan(100);
  expect(withExceptions).toBeGreaterThan(30);
  expect(withCallers).toBeGreaterThan(20);
  expect(withPlaintextAllow).toBeGreaterThan(5);
});
