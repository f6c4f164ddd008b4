/**
 * How validation at synth is scheduled: once per synth, one render per object, fresh results after the tree
 * changes, for every output layout. The layers are replaced by a deterministic stand-in here (an object asks for a
 * finding through the annotation `test/finding: <severity>`), so these tests pin the scheduling and the message
 * layout independently of what the real layers report; test/synth/mesh-validation.test.ts runs the real layers.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ApiObject, App, Chart, Include, JsonPatch, Testing, YamlOutputType } from 'cdk8s';
import { Construct } from 'constructs';
import { IstioApp } from '../../src/synth/istio-app';
import { MeshValidation, MeshValidationWarning } from '../../src/synth/mesh-validation';

jest.mock('../../src/validation/schema', () => ({ validateSchema: jest.fn(() => []), validateAgainst: jest.fn(() => []) }));
/* eslint-disable @typescript-eslint/no-require-imports */
jest.mock('../../src/validation/webhook', () => require('../support/stand-in-layers').webhook);
jest.mock('../../src/validation/analysis', () => require('../support/stand-in-layers').analysis);
/* eslint-enable @typescript-eslint/no-require-imports */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webhook = require('../../src/validation/webhook') as { validateWebhook: jest.Mock };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const analysis = require('../../src/validation/analysis') as { analyze: jest.Mock };

function vs(scope: Construct, id: string, name: string, annotations?: Record<string, string>): ApiObject {
  return new ApiObject(scope, id, {
    apiVersion: 'networking.istio.io/v1',
    kind: 'VirtualService',
    metadata: { name, ...(annotations ? { annotations } : {}) },
    spec: { hosts: [name], http: [{ route: [{ destination: { host: name } }] }] },
  });
}

function configMap(scope: Construct, id: string, name: string): ApiObject {
  return new ApiObject(scope, id, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data: { a: 'b' } });
}

function tmpdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'mesh-synth-'));
}

/** Every file under `dir` with its content, to compare two synth outputs. */
function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = fs.readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

let renders: jest.SpyInstance;
let stderr: jest.SpyInstance;

beforeEach(() => {
  webhook.validateWebhook.mockClear();
  analysis.analyze.mockClear();
  renders = jest.spyOn(ApiObject.prototype, 'toJson');
  stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
});

afterEach(() => {
  renders.mockRestore();
  stderr.mockRestore();
});

describe('errors fail synth with the offending object path', () => {
  test('one line per finding: [path] Kind ns/name: field: message (severity code)', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'billing', { namespace: 'billing' });
    vs(chart, 'reviews', 'reviews', { 'test/finding': 'error' });
    vs(chart, 'ratings', 'ratings');
    MeshValidation.enable(app);
    expect(() => app.synth()).toThrow(
      'Validation failed with the following errors:\n' +
      '  [billing/reviews] VirtualService billing/reviews: spec.http[0].route[0].weight: stand-in error (error IST0106)',
    );
  });

  test('cross-object findings are reported under the object they name', () => {
    const app = Testing.app();
    const a = new Chart(app, 'a');
    const b = new Chart(app, 'b', { namespace: 'shop' });
    vs(a, 'front', 'front');
    vs(b, 'cart', 'cart', { 'test/analysis': 'yes' });
    MeshValidation.enable(app);
    expect(() => app.synth()).toThrow(
      '  [b/cart] VirtualService shop/cart: spec.http[0].route[0].destination: stand-in cross-object error (error IST0101)',
    );
    // analysis sees the whole app, non-Istio objects included
    configMap(a, 'cfg', 'cfg');
    expect(() => Testing.synth(a)).toThrow(/\[b\/cart\]/);
    const seen = analysis.analyze.mock.calls.at(-1)![0] as Array<{ kind: string }>;
    expect(seen.map((o) => o.kind).sort()).toEqual(['ConfigMap', 'VirtualService', 'VirtualService']);
  });

  test('other constructs\' validation errors are still reported next to the mesh findings', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'c');
    vs(chart, 'bad', 'bad', { 'test/finding': 'error' });
    chart.node.addValidation({ validate: () => ['something else is wrong'] });
    MeshValidation.enable(chart);
    expect(() => app.synth()).toThrow(/\[c\] something else is wrong\n {2}\[c\/bad\] VirtualService bad: /);
  });

  test('without MeshValidation (no construct of this library, no enable) nothing is validated', () => {
    const app = Testing.app();
    vs(new Chart(app, 'c'), 'bad', 'bad', { 'test/finding': 'error' });
    expect(() => app.synth()).not.toThrow();
    expect(webhook.validateWebhook).not.toHaveBeenCalled();
  });

  test('a failure inside a validation layer is an error finding for the object, with its path', () => {
    const chart = Testing.chart();
    vs(chart, 'boom', 'boom', { 'test/finding': 'crash' });
    MeshValidation.enable(chart);
    expect(() => Testing.synth(chart)).toThrow(
      "VirtualService boom: the webhook checks cannot read this object (Cannot read properties of undefined (reading 'route'))");
    expect(() => Testing.synth(chart)).toThrow('test/boom');
  });

  test('a failure inside the analysis is reported as such', () => {
    const chart = Testing.chart();
    vs(chart, 'a', 'a');
    MeshValidation.enable(chart);
    analysis.analyze.mockImplementationOnce(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    expect(() => Testing.synth(chart)).toThrow('cdk8s-istio: the mesh analysis failed: Maximum call stack size exceeded');
  });

  test('an object that cannot be rendered still fails with cdk8s\'s own message', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'c');
    const broken = vs(chart, 'broken', 'broken');
    broken.addJsonPatch(JsonPatch.remove('/spec/missing/field'));
    MeshValidation.enable(app);
    expect(() => app.synth()).toThrow(/Failed serializing construct at path 'c\/broken'/);
  });
});

describe('warnings', () => {
  function appWithWarningsInTwoCharts(): App {
    const app = Testing.app();
    vs(new Chart(app, 'one'), 'w1', 'w1', { 'test/finding': 'warning' });
    vs(new Chart(app, 'two', { namespace: 'ns2' }), 'w2', 'w2', { 'test/finding': 'warning' });
    vs(new Chart(app, 'three'), 'ok', 'ok');
    return app;
  }

  test('are printed to stderr once per synth (not once per chart) and do not fail it', () => {
    const app = appWithWarningsInTwoCharts();
    MeshValidation.enable(app);
    app.synth();
    expect(stderr).toHaveBeenCalledTimes(1);
    expect(stderr.mock.calls[0][0]).toBe(
      'cdk8s-istio: mesh validation: 2 warnings (not fatal; MeshValidation.enable(app, { warningsAsErrors: true }) makes warnings fail synth):\n' +
      '  [one/w1] VirtualService w1: spec.http[0].route[0].weight: stand-in warning (warning IST0133)\n' +
      '  [two/w2] VirtualService ns2/w2: spec.http[0].route[0].weight: stand-in warning (warning IST0133)\n',
    );
  });

  test('are reported once while the same synchronous code validates again; again once the event loop turns', async () => {
    const app = appWithWarningsInTwoCharts();
    MeshValidation.enable(app);
    Testing.synth(app.node.findChild('three') as Chart);
    Testing.synth(app.node.findChild('three') as Chart);
    expect(stderr).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    Testing.synth(app.node.findChild('three') as Chart);
    expect(stderr).toHaveBeenCalledTimes(2);
  });

  test('new or different warnings are reported at once', () => {
    const app = appWithWarningsInTwoCharts();
    MeshValidation.enable(app);
    Testing.synth(app.node.findChild('three') as Chart);
    vs(app.node.findChild('three') as Chart, 'w3', 'w3', { 'test/finding': 'warning' });
    Testing.synth(app.node.findChild('three') as Chart);
    expect(stderr).toHaveBeenCalledTimes(2);
    expect(stderr.mock.calls[1][0]).toMatch(/^cdk8s-istio: mesh validation: 3 warnings/);
  });

  test('go to the reporter given in the options instead of stderr, with path, code, message and line', () => {
    const app = appWithWarningsInTwoCharts();
    const received: MeshValidationWarning[][] = [];
    MeshValidation.enable(app, { reporter: { report: (w) => received.push(w) } });
    app.synth();
    expect(stderr).not.toHaveBeenCalled();
    expect(received).toEqual([[
      { path: 'one/w1', code: 'IST0133', message: 'stand-in warning', line: 'VirtualService w1: spec.http[0].route[0].weight: stand-in warning (warning IST0133)' },
      { path: 'two/w2', code: 'IST0133', message: 'stand-in warning', line: 'VirtualService ns2/w2: spec.http[0].route[0].weight: stand-in warning (warning IST0133)' },
    ]]);
  });

  test('IstioApp reports them once per synth, and the stderr reporter can be restored', () => {
    const app = new IstioApp({ outdir: tmpdir(), validation: { reporter: { report: () => undefined } } });
    vs(new Chart(app, 'one'), 'w1', 'w1', { 'test/finding': 'warning' });
    app.synth();
    expect(stderr).not.toHaveBeenCalled();
    MeshValidation.enable(app, { reporter: MeshValidation.stderrReporter() });
    app.synth();
    app.synth();
    expect(stderr).toHaveBeenCalledTimes(2);
  });

  test('fail synth with warningsAsErrors, saying so in the line', () => {
    const app = appWithWarningsInTwoCharts();
    const mv = MeshValidation.enable(app, { warningsAsErrors: true });
    expect(mv.warningsAsErrors).toBe(true);
    // a later enable without options (as every construct of the library does) keeps the setting
    MeshValidation.enable(app.node.findChild('one'));
    expect(MeshValidation.enable(app).warningsAsErrors).toBe(true);
    expect(() => app.synth()).toThrow(
      'Validation failed with the following errors:\n' +
      '  [one/w1] VirtualService w1: spec.http[0].route[0].weight: stand-in warning (warning IST0133, fatal with warningsAsErrors)\n' +
      '  [two/w2] VirtualService ns2/w2: spec.http[0].route[0].weight: stand-in warning (warning IST0133, fatal with warningsAsErrors)',
    );
    expect(stderr).not.toHaveBeenCalled();
  });

  test('info findings are neither printed nor fatal', () => {
    const app = Testing.app();
    vs(new Chart(app, 'c'), 'i', 'i', { 'test/finding': 'info' });
    MeshValidation.enable(app, { warningsAsErrors: true });
    expect(() => app.synth()).not.toThrow();
    expect(stderr).not.toHaveBeenCalled();
  });
});

const layouts: Array<[string, YamlOutputType]> = [
  ['FILE_PER_CHART', YamlOutputType.FILE_PER_CHART],
  ['FILE_PER_APP', YamlOutputType.FILE_PER_APP],
  ['FILE_PER_RESOURCE', YamlOutputType.FILE_PER_RESOURCE],
  ['FOLDER_PER_CHART_FILE_PER_RESOURCE', YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE],
];

/** Three charts (one nested, one depending on another), 3 Istio objects and 2 others. */
function build(app: App, withValidation: boolean): App {
  const base = new Chart(app, 'base');
  configMap(base, 'cfg', 'cfg');
  const svc = new Chart(app, 'svc', { namespace: 'svc' });
  vs(svc, 'a', 'a');
  const nested = new Chart(svc, 'nested');
  vs(nested, 'b', 'b');
  configMap(nested, 'cfg', 'cfg2');
  svc.addDependency(base);
  const other = new Chart(app, 'other');
  vs(other, 'c', 'c');
  if (withValidation) MeshValidation.enable(other);
  return app;
}
const CHARTS = 4;
const OBJECTS = 5;

describe('IstioApp (the explicit fast path): one validation and one render per object per synth', () => {
  test.each(layouts)('%s: same files as a plain App without validation, each object rendered once, validated once', (_name, layout) => {
    const plainDir = tmpdir();
    build(new App({ outdir: plainDir, yamlOutputType: layout }), false).synth();
    expect(renders).toHaveBeenCalledTimes(OBJECTS);
    renders.mockClear();

    const meshDir = tmpdir();
    build(new IstioApp({ outdir: meshDir, yamlOutputType: layout }), false).synth();
    expect(readTree(meshDir)).toEqual(readTree(plainDir));
    expect(renders).toHaveBeenCalledTimes(OBJECTS);
    expect(webhook.validateWebhook).toHaveBeenCalledTimes(3);
    expect(analysis.analyze).toHaveBeenCalledTimes(1);
  });

  test('construct metadata (recordConstructMetadata) is written as App writes it', () => {
    const plainDir = tmpdir();
    build(new App({ outdir: plainDir, recordConstructMetadata: true }), false).synth();
    const meshDir = tmpdir();
    build(new IstioApp({ outdir: meshDir, recordConstructMetadata: true }), false).synth();
    expect(readTree(meshDir)).toEqual(readTree(plainDir));
    expect(readTree(meshDir)['construct-metadata.json']).toContain('"path":"svc/nested/b"');
  });

  test('the whole app is checked once, not once more per chart', () => {
    const app = build(new IstioApp({ outdir: tmpdir() }), false);
    let checks = 0;
    new Construct(app, 'probe').node.addValidation({ validate: () => { checks++; return []; } });
    app.synth();
    expect(checks).toBe(1);
  });

  test('synthYaml: same YAML as a plain App, one render and one validation per object', () => {
    const plain = build(new App({ outdir: tmpdir() }), false).synthYaml();
    renders.mockClear();
    const mesh = build(new IstioApp({ outdir: tmpdir() }), false).synthYaml();
    expect(mesh).toBe(plain);
    expect(renders).toHaveBeenCalledTimes(OBJECTS);
    expect(webhook.validateWebhook).toHaveBeenCalledTimes(3);
  });

  test('errors fail synth in cdk8s\'s format, other constructs\' errors included, and nothing is written', () => {
    const outdir = tmpdir();
    const app = new IstioApp({ outdir });
    const chart = new Chart(app, 'c');
    vs(chart, 'bad', 'bad', { 'test/finding': 'error' });
    chart.node.addValidation({ validate: () => ['something else is wrong'] });
    expect(() => app.synth()).toThrow(
      'Validation failed with the following errors:\n  [c] something else is wrong\n' +
      '  [c/bad] VirtualService bad: spec.http[0].route[0].weight: stand-in error (error IST0106)');
    expect(fs.readdirSync(outdir)).toEqual([]);
    expect(() => app.synthYaml()).toThrow(/\[c\/bad\] VirtualService bad/);
  });

  test('a chart class that overrides toJson() keeps its own rendering', () => {
    class Extra extends Chart {
      public toJson(): unknown[] {
        return [...super.toJson(), { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'extra' } }];
      }
    }
    const app = new IstioApp({ outdir: tmpdir() });
    vs(new Extra(app, 'x'), 'a', 'a');
    expect(app.synthYaml()).toContain('name: extra');
  });

  test('an object that cannot be rendered fails with cdk8s\'s own message', () => {
    const app = new IstioApp({ outdir: tmpdir() });
    vs(new Chart(app, 'c'), 'broken', 'broken').addJsonPatch(JsonPatch.remove('/spec/missing/field'));
    expect(() => app.synth()).toThrow(/Failed serializing construct at path 'c\/broken'/);
  });

  test('validation options given to IstioApp apply', () => {
    const app = new IstioApp({ outdir: tmpdir(), validation: { warningsAsErrors: true } });
    vs(new Chart(app, 'c'), 'w', 'w', { 'test/finding': 'warning' });
    expect(() => app.synth()).toThrow(/fatal with warningsAsErrors/);
  });
});

describe('a plain App: correct, at the cost of one render and validation of the app per cdk8s validation', () => {
  test.each(layouts)('%s: same files as without validation; the app is validated 1 + charts times (once for FOLDER_PER_CHART_FILE_PER_RESOURCE)', (name, layout) => {
    const plainDir = tmpdir();
    build(new App({ outdir: plainDir, yamlOutputType: layout }), false).synth();
    renders.mockClear();

    const meshDir = tmpdir();
    build(new App({ outdir: meshDir, yamlOutputType: layout }), true).synth();
    expect(readTree(meshDir)).toEqual(readTree(plainDir));
    // cdk8s validates the app at the start of synth and inside every chart.toJson(), which this layout skips
    const validations = name === 'FOLDER_PER_CHART_FILE_PER_RESOURCE' ? 1 : 1 + CHARTS;
    expect(renders).toHaveBeenCalledTimes(OBJECTS * validations + OBJECTS);
    expect(webhook.validateWebhook).toHaveBeenCalledTimes(3 * validations);
    expect(analysis.analyze).toHaveBeenCalledTimes(validations);
  });

  test('Testing.synth(chart): validates the whole app once and renders the chart\'s objects once more', () => {
    const app = build(new App({ outdir: tmpdir() }), true);
    const other = app.node.findChild('other') as Chart;
    expect(Testing.synth(other).map((d) => d.metadata.name)).toEqual(['c']);
    expect(renders).toHaveBeenCalledTimes(OBJECTS + 1);
    expect(webhook.validateWebhook).toHaveBeenCalledTimes(3);
  });

  test('nothing of cdk8s is replaced: spies on App.prototype.synth and Chart.prototype.toJson are still called', () => {
    const app = build(new App({ outdir: tmpdir() }), true);
    MeshValidation.enable(app);
    const synth = jest.spyOn(App.prototype, 'synth');
    const toJson = jest.spyOn(Chart.prototype, 'toJson');
    try {
      app.synth();
      expect(synth).toHaveBeenCalledTimes(1);
      expect(toJson).toHaveBeenCalledTimes(CHARTS);
      expect(analysis.analyze).toHaveBeenCalledTimes(1 + CHARTS);
      expect(Object.getOwnPropertyNames(app)).not.toContain('synth');
      for (const c of app.node.findAll()) expect(Object.getOwnPropertyNames(c)).not.toContain('toJson');
    } finally {
      synth.mockRestore();
      toJson.mockRestore();
    }
  });
});

describe('fresh results after the tree changes', () => {
  test('Testing.synth(chart), fix the object, Testing.synth(chart) again in the same synchronous test', () => {
    const chart = Testing.chart();
    const obj = vs(chart, 'vs', 'reviews', { 'test/finding': 'error' });
    MeshValidation.enable(chart);
    expect(() => Testing.synth(chart)).toThrow(/\[test\/vs\] VirtualService reviews: .*\(error IST0106\)/);
    obj.metadata.addAnnotation('test/finding', 'info');
    expect(Testing.synth(chart)[0].metadata.annotations).toEqual({ 'test/finding': 'info' });
    obj.metadata.addAnnotation('test/finding', 'error');
    expect(() => Testing.synth(chart)).toThrow(/\[test\/vs\] VirtualService reviews/);
  });

  test('the JSON returned reflects a change made between two Testing.synth calls', () => {
    const chart = Testing.chart();
    const obj = vs(chart, 'vs', 'reviews');
    MeshValidation.enable(chart);
    expect(Testing.synth(chart)[0].metadata.labels).toBeUndefined();
    obj.metadata.addLabel('app', 'reviews');
    expect(Testing.synth(chart)[0].metadata.labels).toEqual({ app: 'reviews' });
    obj.metadata.addLabel('version', 'v2');
    expect(obj.toJson().metadata.labels).toEqual({ app: 'reviews', version: 'v2' });
  });

  test('an object of another chart, changed after Testing.synth(chartA), renders fresh and fails the next synth', () => {
    const app = Testing.app();
    const a = new Chart(app, 'a');
    const b = new Chart(app, 'b');
    vs(a, 'x', 'x');
    const y = vs(b, 'y', 'y');
    MeshValidation.enable(a);
    Testing.synth(a);
    y.metadata.addAnnotation('test/finding', 'error');
    expect(y.toJson().metadata.annotations).toEqual({ 'test/finding': 'error' });
    expect(() => Testing.synth(a)).toThrow(/\[b\/y\] VirtualService y/);
  });

  test('app.synth() twice with a change in between', () => {
    const app = new App({ outdir: tmpdir() });
    const chart = new Chart(app, 'c');
    const obj = vs(chart, 'vs', 'reviews', { 'test/finding': 'error' });
    MeshValidation.enable(app);
    expect(() => app.synth()).toThrow(/\[c\/vs\]/);
    obj.metadata.addAnnotation('test/finding', 'info');
    app.synth();
    expect(fs.readFileSync(path.join(app.outdir, 'c.k8s.yaml'), 'utf8')).toContain('test/finding: info');
    obj.metadata.addLabel('added', 'later');
    app.synth();
    expect(fs.readFileSync(path.join(app.outdir, 'c.k8s.yaml'), 'utf8')).toContain('added: later');
  });

  test('a chart created after enable() (its first toJson is not wrapped yet) is validated on every call', () => {
    const app = Testing.app();
    MeshValidation.enable(app);
    const late = new Chart(app, 'late');
    const obj = vs(late, 'vs', 'late', { 'test/finding': 'error' });
    expect(() => Testing.synth(late)).toThrow(/\[late\/vs\]/);
    obj.metadata.addAnnotation('test/finding', 'info');
    expect(() => Testing.synth(late)).not.toThrow();
    obj.metadata.addAnnotation('test/finding', 'error');
    expect(() => Testing.synth(late)).toThrow(/\[late\/vs\]/);
  });

  test('a direct node.validate() outside synth reports nothing stale', async () => {
    const chart = Testing.chart();
    const obj = vs(chart, 'vs', 'reviews', { 'test/finding': 'error' });
    MeshValidation.enable(chart);
    expect(() => Testing.synth(chart)).toThrow();
    expect(obj.node.validate()).toEqual([]);
    obj.metadata.addAnnotation('test/finding', 'info');
    expect(chart.node.root.node.validate()).toEqual([]);
    await Promise.resolve();
    expect(obj.node.validate()).toEqual([]);
  });
});

describe('what is validated', () => {
  test('Include: objects read from a YAML file are validated under their Include path', () => {
    const dir = tmpdir();
    const file = path.join(dir, 'in.yaml');
    fs.writeFileSync(file, [
      'apiVersion: networking.istio.io/v1',
      'kind: VirtualService',
      'metadata:',
      '  name: legacy',
      '  namespace: old',
      '  annotations:',
      '    test/finding: error',
      'spec:',
      '  hosts: [legacy]',
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: { name: c }',
      '',
    ].join('\n'));
    const chart = Testing.chart();
    new Include(chart, 'inc', { url: file });
    MeshValidation.enable(chart);
    expect(() => Testing.synth(chart)).toThrow(
      '  [test/inc/legacy-virtualservice-old] VirtualService old/legacy: spec.http[0].route[0].weight: stand-in error (error IST0106)',
    );
    expect(webhook.validateWebhook).toHaveBeenCalledTimes(1);
  });

  test("only Istio objects go through istiod's webhook layer (Kubernetes kinds have their own family)", () => {
    const chart = Testing.chart();
    configMap(chart, 'cm', 'cm');
    new ApiObject(chart, 'dep', {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' },
      spec: { selector: { matchLabels: { app: 'd' } }, template: { metadata: { labels: { app: 'd' } }, spec: { containers: [{ name: 'd', image: 'd' }] } } },
    });
    new ApiObject(chart, 'pa', { apiVersion: 'security.istio.io/v1', kind: 'PeerAuthentication', metadata: { name: 'p' } });
    MeshValidation.enable(chart);
    Testing.synth(chart);
    expect(webhook.validateWebhook.mock.calls.map((c) => c[0].kind)).toEqual(['PeerAuthentication']);
  });

  test('a chart excluded from validation: its objects are not checked, their findings not reported', () => {
    const app = Testing.app();
    const legacy = new Chart(app, 'legacy', { namespace: 'legacy' });
    vs(legacy, 'old', 'old', { 'test/finding': 'error', 'test/analysis': 'yes' });
    const fresh = new Chart(app, 'fresh');
    vs(fresh, 'new', 'new');
    MeshValidation.exclude(legacy);
    expect(MeshValidation.isEnabled(app)).toBe(false);
    MeshValidation.enable(fresh);
    expect(() => app.synth()).not.toThrow();
    expect(new Set(webhook.validateWebhook.mock.calls.map((c) => c[0].metadata.name))).toEqual(new Set(['new']));
    // the analysis still reads the excluded chart's objects, so references into it resolve
    expect(analysis.analyze.mock.calls[0][0].map((o: { metadata: { name: string } }) => o.metadata.name)).toEqual(['old', 'new']);
    // the same object in a chart that is not excluded fails
    vs(fresh, 'bad', 'bad', { 'test/finding': 'error' });
    expect(() => Testing.synth(fresh)).toThrow(/\[fresh\/bad\]/);
  });

  test('excluding a chart excludes the charts nested in it; excluding every object skips the analysis', () => {
    const app = Testing.app();
    const legacy = new Chart(app, 'legacy');
    vs(new Chart(legacy, 'inner', { namespace: 'legacy' }), 'old', 'old', { 'test/finding': 'error', 'test/analysis': 'yes' });
    MeshValidation.enable(app);
    MeshValidation.exclude(legacy);
    expect(() => app.synth()).not.toThrow();
    expect(webhook.validateWebhook).not.toHaveBeenCalled();
    expect(analysis.analyze).not.toHaveBeenCalled();
  });

  test('scopes: only the objects inside the given charts are validated', () => {
    const app = Testing.app();
    const checked = new Chart(app, 'checked');
    vs(checked, 'x', 'x', { 'test/finding': 'error' });
    const other = new Chart(app, 'other', { namespace: 'other' });
    vs(other, 'y', 'y', { 'test/finding': 'error', 'test/analysis': 'yes' });
    MeshValidation.enable(app, { scopes: [checked] });
    expect(() => app.synth()).toThrow(/^Validation failed with the following errors:\n {2}\[checked\/x\] [^\n]*$/);
  });

  test('isEnabled tells whether an app validates', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'c');
    expect(MeshValidation.isEnabled(chart)).toBe(false);
    MeshValidation.enable(chart);
    expect(MeshValidation.isEnabled(app)).toBe(true);
    expect(MeshValidation.isEnabled(Testing.app())).toBe(false);
  });
});
