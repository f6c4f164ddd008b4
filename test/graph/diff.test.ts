/** `graph --diff`: a PR that moves canaryWeight, changes mTLS or callers shows exactly those changes. */
import * as path from 'path';
import { stringify } from 'yaml';
import { BILLING_SERVICE, buildExampleMesh } from '../../src/main';
import { buildMeshGraph, diffGraphs, renderDiffMarkdown } from '../../src/graph';
import { cli, fixture } from '../cli/helpers';
import { Testing } from 'cdk8s';
import { bookinfoObjects, exampleObjects } from './inputs';

function exampleWithWeight(canaryWeight: number): object[] {
  const app = Testing.app();
  buildExampleMesh(app, { ...BILLING_SERVICE, canaryWeight });
  return app.charts.flatMap((c) => c.toJson());
}

const yamlOf = (objs: object[]): string => objs.map((o) => stringify(o)).join('---\n');

describe('graph diff', () => {
  test('moving canaryWeight 10 → 50 changes exactly the shares of the weighted rule', () => {
    const changes = diffGraphs(buildMeshGraph(exampleObjects()), buildMeshGraph(exampleWithWeight(50)));
    const mesh = changes.filter((c) => c.subject.startsWith('VirtualService billing/billing-service: billing-service →'));
    expect(mesh).toEqual([
      { area: 'routing', subject: 'VirtualService billing/billing-service: billing-service → billing-service v1 (any request)', before: '90%', after: '50%' },
      { area: 'routing', subject: 'VirtualService billing/billing-service: billing-service → billing-service v2 (any request)', before: '10%', after: '50%' },
    ]);
    expect(changes.every((c) => c.area === 'routing' && c.subject.includes('(any request)'))).toBe(true);
    expect(changes).toContainEqual({
      area: 'routing', subject: 'HTTPRoute billing/billing-service-public: gateway public · billing.example.com → billing-service v1 (any request)', before: '90%', after: '50%',
    });
  });

  test('security changes: a namespace PeerAuthentication over the mesh-wide one, a removed deny-by-default policy', () => {
    const before = bookinfoObjects();
    const after = before.filter((o) => (o as { metadata?: { name?: string } }).metadata?.name !== 'allow-nothing');
    after.push({
      apiVersion: 'security.istio.io/v1', kind: 'PeerAuthentication', metadata: { name: 'default', namespace: 'default' },
      spec: { mtls: { mode: 'PERMISSIVE' } },
    });
    const changes = diffGraphs(buildMeshGraph(before), buildMeshGraph(after));
    expect(changes).toEqual([
      { area: 'security', subject: 'namespace default: mTLS', before: 'STRICT (mesh-wide)', after: 'PERMISSIVE' },
      { area: 'security', subject: 'namespace default: deny-by-default', before: 'yes', after: 'no' },
      { area: 'security', subject: 'namespace default: AuthorizationPolicy allow-nothing', before: 'allow-nothing: deny-by-default (all workloads)', after: undefined },
    ]);
  });

  test('the Markdown holds the change table and both diagrams; no change says so', () => {
    const md = renderDiffMarkdown(buildMeshGraph(exampleObjects()), buildMeshGraph(exampleWithWeight(50)));
    expect(md).toContain('| routing | VirtualService billing/billing-service: billing-service → billing-service v1 (any request) | 90% | 50% |');
    expect(md.match(/```mermaid\nflowchart LR\n/g)).toHaveLength(2);
    const same = buildMeshGraph(exampleObjects());
    expect(renderDiffMarkdown(same, same)).toContain('No change in routing or security.');
  });

  test('cdk8s-istio graph --diff <before> <after> prints the changes; JSON with --format json', async () => {
    const dir = fixture({ 'before.yaml': yamlOf(exampleObjects()), 'after.yaml': yamlOf(exampleWithWeight(50)) });
    const md = await cli(['graph', '--diff', path.join(dir, 'before.yaml'), path.join(dir, 'after.yaml')]);
    expect(md.stderr).toBe('');
    expect(md.status).toBe(0);
    expect(md.stdout).toContain('| 10% | 50% |');
    const json = await cli(['graph', '--diff', '--format', 'json', path.join(dir, 'before.yaml'), path.join(dir, 'after.yaml')]);
    expect(JSON.parse(json.stdout)).toContainEqual(expect.objectContaining({ before: '90%', after: '50%' }));
    const missing = await cli(['graph', '--diff', path.join(dir, 'before.yaml'), path.join(dir, 'gone.yaml')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('gone.yaml: no such file or directory');
  });

  test.each([
    [['graph', '--diff', 'a.yaml'], "'graph --diff' needs exactly two inputs, <before> and <after>, got 1"],
    [['analyze', '--diff', 'a.yaml', 'b.yaml'], "option '--diff' applies to graph only"],
    [['graph', '--diff', '--out', 'x', 'a.yaml', 'b.yaml'], "'graph --diff' writes to standard output: drop '--out'"],
  ])('%j: %s', async (args, message) => {
    const r = await cli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`cdk8s-istio: ${message}\n`);
  });
});
