/**
 * Validation at synth with the real layers: the user's own typed L1 objects, plain ApiObjects and `Include`d YAML
 * are checked like the cluster would check them, across charts, and fail synth under the offending object's path.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Chart, Include, Testing } from 'cdk8s';
import {
  DestinationRule, VirtualService, VirtualServiceSpecHttp,
} from '../../imports/istio-networking.istio.io';
import { PeerAuthentication, PeerAuthenticationSpecMtlsMode, PeerAuthenticationSpecPortLevelMtlsMode } from '../../imports/istio-security.istio.io';
import { MeshValidation } from '../../src/synth/mesh-validation';

function app(): App {
  return new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'mesh-validation-')) });
}

function reviews(scope: Chart, http: VirtualServiceSpecHttp[]): VirtualService {
  return new VirtualService(scope, 'reviews', { metadata: { name: 'reviews' }, spec: { hosts: ['reviews'], http } });
}

function subsets(scope: Chart, ...names: string[]): DestinationRule {
  return new DestinationRule(scope, 'subsets', {
    metadata: { name: 'reviews' },
    spec: { host: 'reviews', subsets: names.map((name) => ({ name, labels: { version: name } })) },
  });
}

const SPLIT: VirtualServiceSpecHttp[] = [{
  route: [
    { destination: { host: 'reviews', subset: 'v1' }, weight: 90 },
    { destination: { host: 'reviews', subset: 'v2' }, weight: 10 },
  ],
}];

let stderr: jest.SpyInstance;
beforeEach(() => {
  stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => stderr.mockRestore());

test('a valid canary split across two charts synthesizes', () => {
  const a = app();
  const shop = new Chart(a, 'shop', { namespace: 'shop' });
  reviews(shop, SPLIT);
  subsets(new Chart(a, 'rules', { namespace: 'shop' }), 'v1', 'v2');
  MeshValidation.enable(a);
  a.synth();
  expect(fs.readdirSync(a.outdir).sort()).toEqual(['rules.k8s.yaml', 'shop.k8s.yaml']);
  expect(stderr).not.toHaveBeenCalled();
});

test('a negative weight on a typed L1 VirtualService fails synth under its path', () => {
  const a = app();
  const shop = new Chart(a, 'shop', { namespace: 'shop' });
  reviews(shop, [{ route: [{ destination: { host: 'reviews' }, weight: 110 }, { destination: { host: 'reviews' }, weight: -10 }] }]);
  MeshValidation.enable(a);
  expect(() => a.synth()).toThrow(
    /^Validation failed with the following errors:\n {2}\[shop\/reviews\] VirtualService shop\/reviews: spec\.http\[0\]\.route\[1\]\.weight: .*-10.* \(error IST0106\)$/,
  );
});

test('PeerAuthentication with portLevelMtls and no selector fails Testing.synth', () => {
  const chart = Testing.chart();
  new PeerAuthentication(chart, 'pa', {
    metadata: { name: 'default', namespace: 'shop' },
    spec: { mtls: { mode: PeerAuthenticationSpecMtlsMode.STRICT }, portLevelMtls: { 8080: { mode: PeerAuthenticationSpecPortLevelMtlsMode.DISABLE } } },
  });
  MeshValidation.enable(chart);
  expect(() => Testing.synth(chart)).toThrow(/\n {2}\[test\/pa\] PeerAuthentication shop\/default: spec[^:]*: .*portLevelMtls requires selector.* \(error IST0106\)/);
});

test('cross-object analysis spans charts: a subset defined in no chart fails; defining it fixes synth', () => {
  const a = app();
  const shop = new Chart(a, 'shop', { namespace: 'shop' });
  reviews(shop, SPLIT);
  const rules = new Chart(a, 'rules', { namespace: 'shop' });
  MeshValidation.enable(shop);
  const dr = subsets(rules, 'v1');
  expect(() => a.synth()).toThrow(/\[shop\/reviews\] VirtualService shop\/reviews: spec\.http\[0\]\.route\[1\]\.destination[^:]*: .*"v2".* \(error IST0101\)/);
  rules.node.tryRemoveChild(dr.node.id);
  subsets(rules, 'v1', 'v2');
  a.synth();
  expect(fs.readFileSync(path.join(a.outdir, 'rules.k8s.yaml'), 'utf8')).toContain('name: v2');
});

test('Include: YAML from elsewhere is validated under the Include path', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesh-include-'));
  const file = path.join(dir, 'legacy.yaml');
  fs.writeFileSync(file, [
    'apiVersion: networking.istio.io/v1',
    'kind: VirtualService',
    'metadata: { name: legacy, namespace: old }',
    'spec:',
    '  hosts: [legacy]',
    '  http:',
    '    - route: [{ destination: { host: legacy }, weight: -5 }]',
    '',
  ].join('\n'));
  const chart = Testing.chart();
  new Include(chart, 'legacy', { url: file });
  MeshValidation.enable(chart);
  expect(() => Testing.synth(chart)).toThrow(/\[test\/legacy\/legacy-virtualservice-old\] VirtualService old\/legacy: spec\.http\[0\]\.route\[0\]\.weight: .* \(error IST0106\)/);
});

test('a warning (unreachable rule) is printed once with the object path and does not fail synth', () => {
  const a = app();
  const shop = new Chart(a, 'shop', { namespace: 'shop' });
  reviews(shop, [
    { route: [{ destination: { host: 'reviews' } }] },
    { match: [{ uri: { prefix: '/v2' } }], route: [{ destination: { host: 'reviews' } }] },
  ]);
  new Chart(a, 'second');
  MeshValidation.enable(a);
  a.synth();
  expect(stderr).toHaveBeenCalledTimes(1);
  expect(stderr.mock.calls[0][0]).toMatch(/^cdk8s-istio: mesh validation: 1 warning .*\n {2}\[shop\/reviews\] VirtualService shop\/reviews: spec\.http\[1\]: .* \(warning IST0130\)\n$/);
});
