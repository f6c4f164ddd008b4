import * as fc from 'fast-check';
import { Layer } from '../../../src/validation/finding';
import { validateWebhook } from '../../../src/validation/webhook';
import { plainJs } from '../../support/type-helpers';

const KINDS: [string, string[]][] = [
  ['VirtualService', ['networking.istio.io/v1', 'networking.istio.io/v1beta1', 'networking.istio.io/v1alpha3']],
  ['DestinationRule', ['networking.istio.io/v1', 'networking.istio.io/v1beta1', 'networking.istio.io/v1alpha3']],
  ['Sidecar', ['networking.istio.io/v1', 'networking.istio.io/v1alpha3']],
  ['Gateway', ['networking.istio.io/v1', 'networking.istio.io/v1alpha3']],
  ['ServiceEntry', ['networking.istio.io/v1', 'networking.istio.io/v1alpha3']],
  ['PeerAuthentication', ['security.istio.io/v1', 'security.istio.io/v1beta1']],
  ['AuthorizationPolicy', ['security.istio.io/v1', 'security.istio.io/v1beta1']],
  ['RequestAuthentication', ['security.istio.io/v1', 'security.istio.io/v1beta1']],
  ['Telemetry', ['telemetry.istio.io/v1', 'telemetry.istio.io/v1alpha1']],
];

// Field names the validators read, so random objects reach deep into the rules instead of stopping at the top.
const FIELD_NAMES = [
  'hosts', 'gateways', 'http', 'tcp', 'tls', 'match', 'route', 'destination', 'host', 'subset', 'port', 'number', 'weight',
  'headers', 'withoutHeaders', 'uri', 'prefix', 'exact', 'regex', 'retries', 'attempts', 'retryOn', 'perTryTimeout', 'timeout',
  'mirror', 'mirrors', 'mirrorPercentage', 'value', 'fault', 'abort', 'delay', 'percentage', 'corsPolicy', 'allowOrigins',
  'redirect', 'rewrite', 'directResponse', 'status', 'body', 'delegate', 'subsets', 'name', 'labels', 'trafficPolicy',
  'connectionPool', 'outlierDetection', 'loadBalancer', 'consistentHash', 'portLevelSettings', 'exportTo', 'selector',
  'matchLabels', 'portLevelMtls', 'mode', 'rules', 'from', 'to', 'when', 'source', 'operation', 'key', 'values', 'action',
  'provider', 'targetRef', 'targetRefs', 'kind', 'accessLogging', 'providers', 'filter', 'expression', 'metrics', 'tracing',
  'overrides', 'tagOverrides', 'egress', 'ingress', 'bind', 'defaultEndpoint', 'workloadSelector', 'servers', 'protocol',
  'endpoints', 'address', 'ports', 'resolution', 'jwtRules', 'issuer', 'jwksUri', 'sniHosts', 'request', 'response', 'set',
  'add', 'remove', 'localityLbSetting', 'distribute', 'failover', 'maglev', 'httpCookie', 'warmup', 'tunnel', 'customTags',
];

const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true },
    fc.constant(null), fc.boolean(), fc.integer({ min: -70000, max: 70000 }), fc.double(), fc.string(),
    fc.constantFrom('*', '', '0s', '1ms', 'mesh', 'ns/gw', '10.0.0.0/8', 'v1', 'UPGRADE', 'CUSTOM', 'DENY', 'MUTUAL', 'DNS', 'STATIC', 'unix:///a'),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.string()), tie('value'), { maxKeys: 6 })),
})).value;

describe('webhook robustness', () => {
  it('never throws on arbitrary specs for any kind and served version', () => {
    fc.assert(fc.property(fc.constantFrom(...KINDS), fc.nat(), json, (kindVersions, v, spec) => {
      const [kind, versions] = kindVersions;
      const obj = { apiVersion: versions[v % versions.length], kind, metadata: { name: 'x', namespace: 'ns' }, spec };
      const result = validateWebhook(obj);
      expect(result.every((f) => f.layer === Layer.WEBHOOK && ['IST0106', 'IST0133', 'IST0130', 'IST0131'].includes(f.code))).toBe(true);
    }), { numRuns: 3000 });
  });

  it.each([
    ['null spec', null], ['string spec', 'oops'], ['array spec', []], ['numbers everywhere', { hosts: 5, http: 7, subsets: 1, rules: 2 }],
    ['arrays where objects belong', { http: [[1]], route: [[]], trafficPolicy: [], selector: [], tls: [null] }],
  ])('tolerates %s', (_name, spec) => {
    for (const [kind, versions] of KINDS) {
      expect(() => validateWebhook({ apiVersion: versions[0], kind, metadata: { name: 'x' }, spec })).not.toThrow();
    }
  });

  it('ignores objects that are not Istio kinds it covers, or lack apiVersion/kind', () => {
    expect(validateWebhook({ apiVersion: 'v1', kind: 'Service', spec: { hosts: ['*'] } })).toEqual([]);
    expect(validateWebhook({ apiVersion: 'networking.istio.io/v1alpha3', kind: 'EnvoyFilter', spec: {} }).map((f) => f.severity))
      .toEqual(['warning']);
    expect(validateWebhook({ kind: 'VirtualService' })).toEqual([]);
    expect(validateWebhook(plainJs<object>([]))).toEqual([]);
  });

  it('applies the same rules to every served version', () => {
    for (const [kind, versions] of KINDS) {
      const results = versions.map((apiVersion) =>
        validateWebhook({ apiVersion, kind, metadata: { name: 'x', namespace: 'ns' }, spec: {} }).map((f) => f.message));
      for (const r of results) expect(r).toEqual(results[0]);
    }
    const vs = (apiVersion: string) => validateWebhook({ apiVersion, kind: 'VirtualService', metadata: { name: 'x' },
      spec: { hosts: ['r'], http: [{ route: [{ destination: { host: 'r', subset: 'v1.0' }, weight: -1 }] }] } }).length;
    expect(vs('networking.istio.io/v1alpha3')).toBe(2);
    expect(vs('networking.istio.io/v1beta1')).toBe(2);
    expect(vs('networking.istio.io/v1')).toBe(2);
  });

  it('reports object identity on every finding', () => {
    const [f] = validateWebhook({ apiVersion: 'networking.istio.io/v1', kind: 'DestinationRule', metadata: { name: 'reviews', namespace: 'shop' }, spec: { host: 'reviews', trafficPolicy: {} } });
    expect(f).toEqual(expect.objectContaining({ apiVersion: 'networking.istio.io/v1', kind: 'DestinationRule', namespace: 'shop', name: 'reviews', layer: Layer.WEBHOOK, code: 'IST0106' }));
  });
});
