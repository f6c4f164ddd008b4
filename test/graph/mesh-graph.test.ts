/**
 * MeshGraph: IstioApp draws the picture of what synth wrote, beside the app's outdir (never inside it), and only
 * when synth succeeds; its props are checked with errors naming the construct, the prop and the value.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ApiObject, App, Chart } from 'cdk8s';
import { ISTIO_VERSION_CONTEXT_KEY, IstioApp, MeshGraph, MeshGraphProps } from '../../src';
import { buildMeshGraph } from '../../src/graph';
import { renderMarkdown } from '../../src/graph/markdown';
import { buildExampleMesh, EXAMPLE_ISTIO_VERSION } from '../../src/main';
import { svgTexts } from './inputs';

const QUIET = { reporter: { report: () => undefined } };

function workdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-istio-mesh-graph-'));
}

function exampleApp(outdir: string): IstioApp {
  const app = new IstioApp({ outdir, validation: QUIET, context: { [ISTIO_VERSION_CONTEXT_KEY]: EXAMPLE_ISTIO_VERSION } });
  buildExampleMesh(app);
  return app;
}

describe('MeshGraph draws at IstioApp.synth()', () => {
  test('mesh.md and mesh.svg go to <outdir>-graph beside the outdir, drawn from the written manifests', () => {
    const dir = workdir();
    const app = exampleApp(path.join(dir, 'dist'));
    const picture = new MeshGraph(app, 'picture');
    expect(picture.outdir).toBe(path.join(dir, 'dist-graph'));
    app.synth();
    expect(fs.readdirSync(path.join(dir, 'dist')).sort()).toEqual(['billing.k8s.yaml', 'ledger.k8s.yaml', 'mesh.k8s.yaml']);
    expect(fs.readdirSync(path.join(dir, 'dist-graph')).sort()).toEqual(['mesh.md', 'mesh.svg']);
    const md = fs.readFileSync(path.join(dir, 'dist-graph', 'mesh.md'), 'utf8');
    // The same drawing as the CLI's: the graph of the synthesized objects, rendered by the same function.
    const written = app.charts.flatMap((c) => c.toJson());
    expect(md).toBe(renderMarkdown(buildMeshGraph(written)));
    expect(md).toContain('| billing-service | 1 | any request | billing-service v2 | 10% | VirtualService billing/billing-service | ok |');
    const texts = svgTexts(fs.readFileSync(path.join(dir, 'dist-graph', 'mesh.svg'), 'utf8'));
    expect(texts).toEqual(expect.arrayContaining(['billing-service v1', 'billing-service v2', '90% · any request', '10% · any request']));
  });

  test('json: true adds mesh.json, the graph as data with normalized weights', () => {
    const dir = workdir();
    const app = exampleApp(path.join(dir, 'out'));
    new MeshGraph(app, 'picture', { json: true, outdir: path.join(dir, 'review') });
    app.synth();
    expect(fs.readdirSync(path.join(dir, 'review')).sort()).toEqual(['mesh.json', 'mesh.md', 'mesh.svg']);
    const graph = JSON.parse(fs.readFileSync(path.join(dir, 'review', 'mesh.json'), 'utf8'));
    const ledger = graph.edges.filter((e: { via: string; rule: number }) => e.via === 'HTTPRoute ledger/ledger-service' && e.rule === 1);
    expect(ledger.map((e: { to: string; weight: number }) => [e.to, e.weight]).sort()).toEqual([
      ['ver:ledger-service.ledger.svc.cluster.local#v3', 0.8], ['ver:ledger-service.ledger.svc.cluster.local#v4', 0.2]]);
  });

  test('maxNodes: above the limit the diagrams show one box per namespace and mesh.md says so', () => {
    const dir = workdir();
    const app = exampleApp(path.join(dir, 'dist'));
    new MeshGraph(app, 'picture', { maxNodes: 5 });
    app.synth();
    const md = fs.readFileSync(path.join(dir, 'dist-graph', 'mesh.md'), 'utf8');
    expect(md).toContain('more than the diagram limit of 5 nodes');
    expect(md).toContain('| ledger-service | 1 | any request | ledger-service v3 | 80% | HTTPRoute ledger/ledger-service | ok |');
    const texts = svgTexts(fs.readFileSync(path.join(dir, 'dist-graph', 'mesh.svg'), 'utf8'));
    expect(texts).toContain('1 Service · 2 versions · 1 waypoint · 4 routes inside');
    expect(texts).not.toContain('ledger-service v4');
  });

  test('nothing is drawn when synth fails, and synthYaml() draws nothing', () => {
    const dir = workdir();
    const app = new IstioApp({ outdir: path.join(dir, 'dist'), validation: QUIET });
    new MeshGraph(app, 'picture');
    const chart = new Chart(app, 'broken', { namespace: 'shop' });
    // 'soon' is no duration: the CRD's own rule refuses it.
    new ApiObject(chart, 'vs', {
      apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: { name: 'cart' },
      spec: { hosts: ['cart'], http: [{ timeout: 'soon', route: [{ destination: { host: 'cart' } }] }] },
    } as never);
    expect(() => app.synth()).toThrow(/Validation failed/);
    expect(fs.existsSync(path.join(dir, 'dist-graph'))).toBe(false);

    const good = exampleApp(path.join(dir, 'yaml'));
    new MeshGraph(good, 'picture');
    expect(good.synthYaml()).toContain('kind: VirtualService');
    expect(fs.existsSync(path.join(dir, 'yaml-graph'))).toBe(false);
  });
});

describe('MeshGraph props', () => {
  const app = () => new IstioApp({ outdir: path.join(workdir(), 'dist') });

  test('needs an IstioApp', () => {
    expect(() => new MeshGraph(new App(), 'picture')).toThrow(
      "MeshGraph 'picture': needs an IstioApp as its app (new IstioApp() instead of new App(): the same output, and " +
      'IstioApp draws the picture after it has written the manifests); a plain cdk8s App has no step after synth to draw it in');
  });

  test.each<[string, unknown, string]>([
    ['props', null, "MeshGraph 'p': 'props' must be an object, got null"],
    ['outdir', '', "MeshGraph 'p': 'outdir' must be a non-empty directory path, got \"\""],
    ['outdir', 42, "MeshGraph 'p': 'outdir' must be a non-empty directory path, got 42"],
    ['json', 'yes', "MeshGraph 'p': 'json' must be true or false, got \"yes\""],
    ['maxNodes', 0, "MeshGraph 'p': 'maxNodes' must be an integer from 1 to 100000, got 0"],
    ['maxNodes', 2.5, "MeshGraph 'p': 'maxNodes' must be an integer from 1 to 100000, got 2.5"],
    ['maxNodes', 100_001, "MeshGraph 'p': 'maxNodes' must be an integer from 1 to 100000, got 100001"],
  ])('%s = %j', (prop, value, message) => {
    const props = prop === 'props' ? value : { [prop]: value };
    expect(() => new MeshGraph(app(), 'p', props as MeshGraphProps)).toThrow(message);
  });

  test('outdir must lie outside the app outdir (kubectl apply -f dist/ would read mesh.json)', () => {
    const a = app();
    const inside = path.join(a.outdir, 'graph');
    expect(() => new MeshGraph(a, 'p', { outdir: inside })).toThrow(
      `MeshGraph 'p': 'outdir' must be outside the app's outdir ${JSON.stringify(a.outdir)} (kubectl apply -f ${a.outdir}/ ` +
      `would read mesh.json as a manifest), got ${JSON.stringify(inside)}`);
    expect(() => new MeshGraph(a, 'q', { outdir: `${a.outdir}/.` })).toThrow(/'outdir' must be outside the app's outdir/);
    expect(new MeshGraph(a, 'r', { outdir: `${a.outdir}-review` }).outdir).toBe(`${a.outdir}-review`);
  });
});
