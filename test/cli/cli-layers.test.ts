/**
 * The CLI with the real validation layers: mistakes the cluster would reject exit 1 with a finding that names the
 * object and field; a coherent canary set-up exits 0.
 */
import { cli } from './helpers';

const SERVICE = `apiVersion: v1
kind: Service
metadata: { name: reviews, namespace: shop }
spec:
  selector: { app: reviews }
  ports: [{ name: http, port: 80, targetPort: 8080 }]
`;

function deployment(version: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata: { name: reviews-${version}, namespace: shop }
spec:
  selector: { matchLabels: { app: reviews, version: ${version} } }
  template:
    metadata: { labels: { app: reviews, version: ${version} } }
    spec: { containers: [{ name: main, image: "registry.example.com/reviews:1" }] }
`;
}

const DESTINATION_RULE = `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: { name: reviews, namespace: shop }
spec:
  host: reviews
  subsets:
    - { name: v1, labels: { version: v1 } }
    - { name: v2, labels: { version: v2 } }
`;

function virtualService(stableWeight: number, canaryWeight: number, apiVersion = 'networking.istio.io/v1'): string {
  return `apiVersion: ${apiVersion}
kind: VirtualService
metadata: { name: reviews, namespace: shop }
spec:
  hosts: [reviews]
  http:
    - route:
        - { destination: { host: reviews, subset: v1 }, weight: ${stableWeight} }
        - { destination: { host: reviews, subset: v2 }, weight: ${canaryWeight} }
`;
}

const CANARY = [SERVICE, deployment('v1'), deployment('v2'), DESTINATION_RULE, virtualService(90, 10)].join('---\n');

test('a coherent canary set-up passes validate and analyze', async () => {
  for (const command of ['validate', 'analyze']) {
    const r = await cli([command, '-'], CANARY);
    expect(r).toEqual({
      status: 0,
      stdout: expect.stringMatching(/^1 file, 5 objects read, 2 Istio objects checked: 0 errors, 0 warnings, \d+ infos?\n$/),
      stderr: '',
    });
  }
});

test('a negative route weight exits 1 with a finding on the weight', async () => {
  const r = await cli(['validate', '-'], virtualService(110, -10));
  expect(r.status).toBe(1);
  expect(r.stdout).toMatch(/^<stdin>\n {2}line 1 \(document 1\): error IST0106 VirtualService shop\/reviews: spec\.http\[0\]\.route\[1\]\.weight: /);
});

test('portLevelMtls without a selector exits 1', async () => {
  const r = await cli(['validate', '-'], `apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata: { name: default, namespace: shop }
spec:
  mtls: { mode: STRICT }
  portLevelMtls:
    "8080": { mode: DISABLE }
`);
  expect(r.status).toBe(1);
  expect(r.stdout).toMatch(/error IST0106 PeerAuthentication shop\/default: spec[^:]*: .*portLevelMtls requires selector/);
});

test('an unknown version of an Istio API group is an error finding: exit 1, not 2', async () => {
  const r = await cli(['analyze', '--format', 'json', '-'], virtualService(90, 10, 'networking.istio.io/v2'));
  expect(r.status).toBe(1);
  expect(r.stderr).toBe('');
  const findings = JSON.parse(r.stdout) as Array<{ severity: string; code: string; kind: string; name: string; message: string }>;
  expect(findings).toEqual(expect.arrayContaining([
    expect.objectContaining({ file: '<stdin>', document: 1, severity: 'error', code: 'IST0106', kind: 'VirtualService', name: 'reviews', message: expect.stringContaining('v2') }),
  ]));
});

test('analyze finds what validate cannot: a subset no DestinationRule defines', async () => {
  const input = [SERVICE, deployment('v1'), virtualService(100, 0).replace('subset: v2', 'subset: v3')].join('---\n');
  expect((await cli(['validate', '-'], input)).status).toBe(0);
  const r = await cli(['analyze', '-'], input);
  expect(r.status).toBe(1);
  expect(r.stdout).toMatch(/error IST0101 VirtualService shop\/reviews: spec\.http\[0\]\.route\[\d\]\.destination[^:]*: /);
});
