/* eslint-disable @typescript-eslint/no-explicit-any -- synthesized manifests are untyped JSON */
import { Chart, Testing } from 'cdk8s';
import { CanaryService } from '../../src/canary';
import { CallerIdentity, MtlsMode, PortMtlsMode, StrictMtlsNamespace, StrictMtlsNamespaceProps } from '../../src/security';
import { Severity, validateAndAnalyze } from '../../src/validation';
import { plainJs } from '../support/type-helpers';

function synth(props: StrictMtlsNamespaceProps, more: (ns: StrictMtlsNamespace) => void = () => undefined): { ns: StrictMtlsNamespace; objects: any[] } {
  const chart = new Chart(Testing.app(), 'billing', { namespace: 'billing' });
  const ns = new StrictMtlsNamespace(chart, 'ns', props);
  more(ns);
  return { ns, objects: Testing.synth(chart) };
}
const policies = (objects: any[]) => objects.filter((o) => o.kind === 'AuthorizationPolicy');
const clean = (objects: any[]) => validateAndAnalyze(objects).filter((f) => f.severity !== Severity.INFO);
// Without workloads in the inputs, the analysis warns that the policies select no pod (IST0127): only errors count.
const errors = (objects: any[]) => validateAndAnalyze(objects).filter((f) => f.severity === Severity.ERROR);

describe('a PERMISSIVE port exception under denyByDefault', () => {
  test('also lets every source (plaintext callers have no principal) reach that port of the selected pods', () => {
    const { ns, objects } = synth({
      name: 'billing', denyByDefault: true,
      portExceptions: [
        { port: 9090, mode: PortMtlsMode.PERMISSIVE, selector: { app: 'billing-service' } },
        { port: 8443, mode: PortMtlsMode.STRICT, selector: { app: 'billing-service' } },
      ],
    });
    expect(policies(objects).map((p) => p.metadata.name).sort()).toEqual(['allow-nothing', 'billing-service-port-mtls']);
    const allow = policies(objects).find((p) => p.metadata.name === 'billing-service-port-mtls');
    expect(allow.spec).toEqual({
      selector: { matchLabels: { app: 'billing-service' } },
      action: 'ALLOW',
      rules: [{ to: [{ operation: { ports: ['9090'] } }] }],
    });
    expect(ns.portExceptionAllowPolicies).toHaveLength(1);
    expect(errors(objects)).toEqual([]);
  });

  test('ports added later join the rule, DISABLE ports too; STRICT-only selectors get no rule', () => {
    const { ns, objects } = synth({ name: 'billing', denyByDefault: true }, (n) => {
      n.addPortException({ port: 8443, mode: PortMtlsMode.STRICT, selector: { app: 'legacy' } });
      n.addPortException({ port: 9090, mode: PortMtlsMode.PERMISSIVE, selector: { app: 'billing-service' } });
      n.addPortException({ port: 9091, mode: PortMtlsMode.DISABLE, selector: { app: 'billing-service' } });
    });
    expect(policies(objects).map((p) => p.metadata.name)).toEqual(['allow-nothing', 'billing-service-port-mtls']);
    expect(policies(objects)[1].spec.rules).toEqual([{ to: [{ operation: { ports: ['9090', '9091'] } }] }]);
    expect(ns.portExceptionAllowPolicies).toHaveLength(1);
  });

  test('without denyByDefault no AuthorizationPolicy is added (nothing denies the port)', () => {
    const { objects } = synth({ name: 'billing', portExceptions: [{ port: 9090, mode: PortMtlsMode.PERMISSIVE, selector: { app: 'billing-service' } }] });
    expect(policies(objects)).toEqual([]);
  });
});

describe('allowFrom helpers for callers the mesh does not know', () => {
  const { ns, objects } = synth({ name: 'billing', denyByDefault: true }, (n) => n.allowFrom(
    CallerIdentity.ingressGateway(),
    CallerIdentity.ingressGateway('public-gateway-istio', 'edge'),
    CallerIdentity.monitoringNamespace(),
    CallerIdentity.monitoringNamespace('observability'),
    CallerIdentity.anySourceOnPort(9100),
    CallerIdentity.anySourceOnPort(9100),
    CallerIdentity.anySourceOnPort(8443),
  ));

  test('identity callers in one rule, port callers in a rule without `from`', () => {
    expect(policies(objects)[1].spec.rules).toEqual([
      {
        from: [
          { source: { namespaces: ['monitoring', 'observability'] } },
          { source: { principals: ['cluster.local/ns/istio-system/sa/istio-ingressgateway-service-account', 'cluster.local/ns/edge/sa/public-gateway-istio'] } },
        ],
      },
      { to: [{ operation: { ports: ['9100', '8443'] } }] },
    ]);
    expect(ns.allowedCallers.map((c) => [c.namespaceName, c.serviceAccountName, c.port])).toEqual([
      ['istio-system', 'istio-ingressgateway-service-account', undefined],
      ['edge', 'public-gateway-istio', undefined],
      ['monitoring', undefined, undefined],
      ['observability', undefined, undefined],
      [undefined, undefined, 9100],
      [undefined, undefined, 8443],
    ]);
    expect(errors(objects)).toEqual([]);
  });

  test('only port callers: one rule without `from`', () => {
    const { objects: only } = synth({ name: 'billing', denyByDefault: true, mode: MtlsMode.PERMISSIVE, allowedCallers: [CallerIdentity.anySourceOnPort(8080)] });
    expect(policies(only)[1].spec.rules).toEqual([{ to: [{ operation: { ports: ['8080'] } }] }]);
  });

  test.each([
    ['ingressGateway namespace', () => CallerIdentity.ingressGateway('gw', 'Edge'), "CallerIdentity.ingressGateway: 'namespace' \"Edge\" is not a DNS-1123 label"],
    ['ingressGateway service account', () => CallerIdentity.ingressGateway('Gw SA'), "CallerIdentity.ingressGateway: 'serviceAccount' \"Gw SA\" is not a DNS-1123 subdomain"],
    ['monitoringNamespace', () => CallerIdentity.monitoringNamespace('Monitoring'), "CallerIdentity.monitoringNamespace: 'namespace' \"Monitoring\" is not a DNS-1123 label"],
    ['anySourceOnPort 0', () => CallerIdentity.anySourceOnPort(0), "CallerIdentity.anySourceOnPort: 'port' must be an integer from 1 to 65535 (a container port), got 0"],
    ['anySourceOnPort as a string (plain JS)', () => CallerIdentity.anySourceOnPort(plainJs<number>('9100')),
      "CallerIdentity.anySourceOnPort: 'port' must be an integer from 1 to 65535 (a container port), got \"9100\""],
  ])('bad %s', (_what, make, message) => {
    expect(make).toThrow(message);
  });
});

describe('the documented port-exception example selects the CanaryService pods', () => {
  test('selector app: billing-service matches the pods of both versions (no IST0127 "no matching workloads")', () => {
    const chart = new Chart(Testing.app(), 'billing', { namespace: 'billing' });
    new StrictMtlsNamespace(chart, 'ns', {
      name: 'billing', denyByDefault: true,
      portExceptions: [{ port: 9090, mode: PortMtlsMode.PERMISSIVE, selector: { app: 'billing-service' } }],
      allowedCallers: [CallerIdentity.namespace('billing')],
    });
    new CanaryService(chart, 'billing-service', {
      name: 'billing-service', port: 80, targetPort: 8080,
      stable: { version: 'v1', image: 'registry.example.com/billing:1.4.2', ports: [{ number: 9090, name: 'metrics' }] },
      canary: { version: 'v2', image: 'registry.example.com/billing:2.0.0', ports: [{ number: 9090, name: 'metrics' }] },
    });
    const objects = Testing.synth(chart);
    for (const d of objects.filter((o) => o.kind === 'Deployment')) expect(d.spec.template.metadata.labels.app).toBe('billing-service');
    expect(clean(objects)).toEqual([]);
  });
});
