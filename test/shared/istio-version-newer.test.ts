/** A target Istio release newer than the library knows: a warning and the newest rules, at synth too. */
import { ApiObject, Chart, Testing } from 'cdk8s';
import { IstioVersion, MeshValidation, MeshValidationWarning } from '../../src';

const NEWER = "Istio 1.31 is newer than this version of cdk8s-istio knows (1.22 to 1.30): the output is checked with the " +
  "1.30 rules; upgrade cdk8s-istio for 1.31's (CDK8SISTIO-040)";

test('IstioVersion.parse: 1.31 gives the 1.30 rules with a warning; supported releases have none', () => {
  const v = IstioVersion.parse('1.31.2');
  expect([v.minor, v.requestedMinor, v.toString(), v.warning]).toEqual([30, 31, '1.30', NEWER]);
  expect(IstioVersion.parse('1.30').warning).toBeUndefined();
});

function appWith(version: string, reported: MeshValidationWarning[][]): Chart {
  const app = Testing.app();
  app.node.setContext('istioVersion', version);
  const chart = new Chart(app, 'shop', { namespace: 'shop' });
  MeshValidation.enable(app, { reporter: { report: (w) => reported.push(w) } });
  return chart;
}

test('synth with istioVersion 1.31 reports the warning through the reporter, once, and does not fail', () => {
  const reported: MeshValidationWarning[][] = [];
  const chart = appWith('1.31', reported);
  new ApiObject(chart, 'cm', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm' } });
  expect(Testing.synth(chart)).toHaveLength(1);
  expect(reported).toEqual([[{ path: '', code: 'CDK8SISTIO-040', message: NEWER, line: NEWER }]]);
});

test('synth checks L1 objects against the target release: backoff before 1.26 fails synth', () => {
  const chart = appWith('1.25', []);
  new ApiObject(chart, 'vs', {
    apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: { name: 'reviews' },
    spec: { hosts: ['reviews'], http: [{ route: [{ destination: { host: 'reviews' } }], retries: { attempts: 2, backoff: '25ms' } }] },
  });
  expect(() => Testing.synth(chart)).toThrow('spec.http[0].retries.backoff: retries.backoff exists from Istio 1.26; the target ' +
    'release 1.25 drops it silently (raise the target version, or leave the field out)');
});
