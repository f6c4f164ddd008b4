/** `cdk8s-istio graph`: mesh.md and mesh.svg into --out, or JSON to stdout; exit codes like the other commands. */
import * as fs from 'fs';
import * as path from 'path';
import { stringify } from 'yaml';
import { cli, fixture } from '../cli/helpers';
import { bookinfoObjects, exampleObjects, svgTexts } from './inputs';

const yamlOf = (objs: object[]): string => objs.map((o) => stringify(o)).join('---\n');

describe('cdk8s-istio graph', () => {
  test('writes mesh.md and mesh.svg into --out; exit 0 for the clean example', async () => {
    const dir = fixture({ 'in/app.yaml': yamlOf(exampleObjects()) });
    const out = path.join(dir, 'pictures');
    const r = await cli(['graph', '--out', out, path.join(dir, 'in')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^wrote .*mesh\.md and .*mesh\.svg: \d+ nodes, 10 edges in 3 namespaces\n$/);
    expect(fs.readFileSync(path.join(out, 'mesh.md'), 'utf8')).toContain('| billing-service | 1 | any request | billing-service v1 | 90% |');
    expect(svgTexts(fs.readFileSync(path.join(out, 'mesh.svg'), 'utf8'))).toContain('ledger-service v4');
    expect(fs.readdirSync(out).sort()).toEqual(['mesh.md', 'mesh.svg']);
  });

  test('--max-nodes: above it the diagrams summarize per namespace and mesh.md says so', async () => {
    const dir = fixture({ 'in/app.yaml': yamlOf(exampleObjects()) });
    const out = path.join(dir, 'pictures');
    const r = await cli(['graph', '--max-nodes', '4', '--out', out, path.join(dir, 'in')]);
    expect(r.status).toBe(0);
    expect(fs.readFileSync(path.join(out, 'mesh.md'), 'utf8')).toContain('more than the diagram limit of 4 nodes');
    expect(svgTexts(fs.readFileSync(path.join(out, 'mesh.svg'), 'utf8'))).not.toContain('ledger-service v4');
  });

  test('--format json prints the graph from stdin input; exit 1 when analysis finds errors', async () => {
    const r = await cli(['graph', '--format', 'json', '-'], yamlOf(bookinfoObjects()));
    expect(r.status).toBe(1);
    const graph = JSON.parse(r.stdout);
    expect(graph.edges.find((e: { via: string; weight: number }) => e.via === 'VirtualService default/reviews-weighted').weight).toBe(0.5);
  });

  test('unusable input exits 2 and writes nothing', async () => {
    const dir = fixture({});
    const out = path.join(dir, 'pictures');
    const r = await cli(['graph', '--out', out, path.join(dir, 'missing.yaml')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('missing.yaml: no such file or directory');
    expect(fs.existsSync(out)).toBe(false);
  });

  test.each([
    [['graph', '--out'], "option '--out' needs a directory"],
    [['analyze', '--out', 'x', 'a.yaml'], "option '--out' applies to graph only"],
    [['graph', '--max-nodes', '0', 'a.yaml'], "option '--max-nodes' must be a whole number from 1 to 100000, not '0'"],
    [['graph', '--max-nodes=1e3', 'a.yaml'], "option '--max-nodes' must be a whole number from 1 to 100000, not '1e3'"],
    [['graph', '--max-nodes'], "option '--max-nodes' must be a whole number from 1 to 100000, not ''"],
    [['validate', '--max-nodes', '5', 'a.yaml'], "option '--max-nodes' applies to graph only"],
  ])('%j: %s', async (args, message) => {
    const r = await cli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`cdk8s-istio: ${message}\n`);
  });
});
