/**
 * Two copies of cdk8s-istio in one app (npm installs one per dependent that pins another version): both find the
 * same MeshState by its id, share its state and its one validator, so every finding is reported once. The second
 * copy is a fresh load of the sources (its own classes: `instanceof` fails across copies) on the same cdk8s.
 */
import * as cdk8s from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import * as constructs from 'constructs';
import * as copyA from '../../src';

let copyB!: typeof copyA;
jest.isolateModules(() => {
  jest.doMock('cdk8s', () => cdk8s);
  jest.doMock('constructs', () => constructs);
  jest.doMock('cdk8s-plus-28', () => kplus);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  copyB = require('../../src') as typeof copyA;
});

const { App, ApiObject, Chart, Testing } = cdk8s;

/**
 * A VirtualService with a negative weight (error IST0106) and, next to a Service of the namespace, a DestinationRule
 * for no Service (warning IST0174).
 */
function badObjects(scope: constructs.Construct): void {
  new ApiObject(scope, 'svc', {
    apiVersion: 'v1', kind: 'Service', metadata: { name: 'ratings' },
    spec: { selector: { app: 'ratings' }, ports: [{ name: 'http', port: 80 }] },
  });
  new ApiObject(scope, 'vs', {
    apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: { name: 'ratings' },
    spec: { hosts: ['ratings'], http: [{ route: [{ destination: { host: 'ratings' }, weight: 110 }, { destination: { host: 'ratings' }, weight: -10 }] }] },
  });
  new ApiObject(scope, 'dr', {
    apiVersion: 'networking.istio.io/v1', kind: 'DestinationRule', metadata: { name: 'nowhere' }, spec: { host: 'nowhere' },
  });
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

let stderr: jest.SpyInstance;
beforeEach(() => {
  stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => stderr.mockRestore());

test('the copies are distinct: their classes differ, so instanceof fails across them', () => {
  expect(copyB.MeshState).not.toBe(copyA.MeshState);
  const app = new App();
  new copyA.MeshWideStrictMtls(new Chart(app, 'a'), 'mtls');
  expect(copyA.MeshState.of(app)).not.toBeInstanceOf(copyB.MeshState);
});

test('both copies find one MeshState on the root and share what it holds', () => {
  const app = new App();
  const policy = new copyA.MeshWideStrictMtls(new Chart(app, 'mesh'), 'mtls');
  new copyB.StrictMtlsNamespace(new Chart(app, 'shop'), 'ns', { name: 'shop' });
  expect(copyB.MeshState.of(app)).toBe(copyA.MeshState.of(app));
  expect(app.node.children.filter((c) => c.node.id === copyA.MeshState.ID)).toHaveLength(1);
  expect(copyB.MeshWideStrictMtls.allIn(app)).toEqual([policy]);
  expect(copyA.MeshState.of(app).namespaceFacts('shop')?.dataplane).toBe(copyA.DataplaneMode.SIDECAR);
  // copy B's namespace is checked against copy A's mesh-wide policy
  new copyB.StrictMtlsNamespace(new Chart(app, 'root'), 'ns', { name: 'istio-system' });
  expect(() => app.synth()).toThrow(/StrictMtlsNamespace 'ns': 'name' is the root namespace of MeshWideStrictMtls 'mesh\/mtls'/);
});

test('each error and each warning is reported once when both copies switch validation on', () => {
  const app = Testing.app();
  const chart = new Chart(app, 'c');
  copyA.MeshValidation.enable(chart);
  copyB.MeshValidation.enable(chart);
  badObjects(chart);
  let message = '';
  try {
    app.synth();
  } catch (e) {
    message = (e as Error).message;
  }
  expect(message).toMatch(/^Validation failed with the following errors:\n {2}\[c\/vs\] VirtualService ratings: spec\.http\[0\]\.route\[1\]\.weight: /);
  expect(occurrences(message, '[c/vs]')).toBe(1);
  expect(message.split('\n')).toHaveLength(2);
  expect(stderr).toHaveBeenCalledTimes(1);
  expect(occurrences(String(stderr.mock.calls[0][0]), 'IST0174')).toBe(1);
});

test('options set through either copy apply to the one validator', () => {
  const app = Testing.app();
  const chart = new Chart(app, 'c');
  copyA.MeshValidation.enable(chart);
  expect(copyB.MeshValidation.enable(app, { warningsAsErrors: true }).warningsAsErrors).toBe(true);
  expect(copyA.MeshValidation.enable(app).warningsAsErrors).toBe(true);
  copyB.MeshValidation.exclude(chart);
  badObjects(chart);
  expect(() => app.synthYaml()).not.toThrow();
});

test('IstioApp of one copy with constructs of the other: one validation per synth, findings once', () => {
  const app = new copyB.IstioApp({ outdir: Testing.app().outdir });
  const chart = new Chart(app, 'c');
  new copyA.MeshWideStrictMtls(chart, 'mtls');
  badObjects(chart);
  expect(() => app.synth()).toThrow(/^Validation failed with the following errors:\n {2}\[c\/vs\] [^\n]*$/);
  expect(stderr).toHaveBeenCalledTimes(1);
});
