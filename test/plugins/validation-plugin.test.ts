/**
 * The cdk8s-cli validation plugin: against cdk8s-cli's real ValidationContext, through the JavaScript package the
 * CLI loads, and inside a real `cdk8s synth`.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ApiObject, Chart, Testing, Yaml } from 'cdk8s';
import type { ValidationContext as Ctx } from 'cdk8s-cli/lib/plugins/validation';
import { IstioValidation } from '../../src/cli/validation-plugin';
import { buildLib, ROOT } from '../cli/build-lib';
import { plainJs } from '../support/type-helpers';

const { ValidationContext } = jest.requireActual<{ ValidationContext: typeof Ctx }>('cdk8s-cli/plugins');

const PLUGIN_DIR = path.join(ROOT, 'plugin');

function tmpdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-istio-plugin-'));
}

function virtualService(chart: Chart, id: string, name: string, http: unknown[]): ApiObject {
  return new ApiObject(chart, id, {
    apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: { name }, spec: { hosts: [name], http },
  });
}

const NEGATIVE_WEIGHT = [{
  route: [{ destination: { host: 'reviews' }, weight: 110 }, { destination: { host: 'reviews' }, weight: -10 }],
}];
const UNREACHABLE_RULE = [
  { route: [{ destination: { host: 'ratings' } }] },
  { match: [{ uri: { prefix: '/a' } }], route: [{ destination: { host: 'ratings' } }] },
];

/** Writes one manifest per chart, as `cdk8s synth` would, and returns the paths. */
function manifests(build: (app: ReturnType<typeof Testing.app>) => Chart[]): string[] {
  const dir = tmpdir();
  const charts = build(Testing.app());
  return charts.map((chart) => {
    const file = path.join(dir, `${chart.node.id}.k8s.yaml`);
    Yaml.save(file, Testing.synth(chart));
    return file;
  });
}

let log: jest.SpyInstance;
beforeEach(() => {
  log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterEach(() => log.mockRestore());

describe('with cdk8s-cli\'s ValidationContext', () => {
  test('errors become violations (rule = code, recommendation = message, locations = field paths) and fail the report', async () => {
    const [shop, other] = manifests((app) => {
      const a = new Chart(app, 'shop', { namespace: 'shop' });
      virtualService(a, 'reviews', 'reviews', NEGATIVE_WEIGHT);
      const b = new Chart(app, 'other', { namespace: 'other' });
      virtualService(b, 'reviews', 'reviews', NEGATIVE_WEIGHT);
      return [a, b];
    });
    const ctx = new ValidationContext([shop, other], 'cdk8s-istio-validation', '0.0.0');
    await new IstioValidation().validate(ctx);
    const report = ctx.report.toJson();
    expect(report.summary).toEqual({
      status: 'failure', plugin: 'cdk8s-istio-validation', version: '0.0.0',
      metadata: { objects: '2', errors: '2', warnings: '0' },
    });
    expect(report.violations).toEqual([{
      ruleName: 'IST0106',
      recommendation: 'weight -10 < 0',
      fix: 'Correct the field named in Locations; `npx cdk8s-istio analyze dist/` lists every IST0106 finding with its object.',
      violatingConstructs: [
        { resourceName: 'reviews', locations: ['spec.http[0].route[1].weight'], manifestPath: shop, constructPath: undefined },
        { resourceName: 'reviews', locations: ['spec.http[0].route[1].weight'], manifestPath: other, constructPath: undefined },
      ],
    }]);
  });

  test('cross-object analysis runs over all manifests together', async () => {
    const files = manifests((app) => {
      const a = new Chart(app, 'a', { namespace: 'shop' });
      virtualService(a, 'one', 'one', [{ route: [{ destination: { host: 'ratings' } }] }]);
      const b = new Chart(app, 'b', { namespace: 'shop' });
      new ApiObject(b, 'two', {
        apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: { name: 'two' },
        spec: { hosts: ['one'], http: [{ route: [{ destination: { host: 'ratings' } }] }] },
      });
      return [a, b];
    });
    const ctx = new ValidationContext(files, 'p', '0.0.0');
    await new IstioValidation().validate(ctx);
    const report = ctx.report.toJson();
    expect(report.summary.status).toBe('failure');
    expect(report.violations.map((v) => v.ruleName)).toContain('IST0109');
    const conflict = report.violations.filter((v) => v.ruleName === 'IST0109').flatMap((v) => v.violatingConstructs);
    expect(conflict.map((c) => [c.resourceName, c.manifestPath])).toEqual(expect.arrayContaining([['one', files[0]], ['two', files[1]]]));
  });

  test('warnings are logged and the report succeeds', async () => {
    const files = manifests((app) => {
      const c = new Chart(app, 'shop', { namespace: 'shop' });
      virtualService(c, 'ratings', 'ratings', UNREACHABLE_RULE);
      return [c];
    });
    const ctx = new ValidationContext(files, 'p', '0.0.0');
    await new IstioValidation().validate(ctx);
    expect(ctx.report.toJson().summary).toMatchObject({ status: 'success', metadata: { objects: '1', errors: '0', warnings: '1' } });
    expect(ctx.report.toJson().violations).toEqual([]);
    expect(log).toHaveBeenCalledWith('cdk8s-istio: warning IST0130 VirtualService shop/ratings: spec.http[1]: virtualService rule #1 not used (route without matches defined before: rule #0 matches everything)');
  });

  test('warningsAsErrors: warnings fail the report', async () => {
    const files = manifests((app) => {
      const c = new Chart(app, 'shop', { namespace: 'shop' });
      virtualService(c, 'ratings', 'ratings', UNREACHABLE_RULE);
      return [c];
    });
    const ctx = new ValidationContext(files, 'p', '0.0.0');
    const plugin = new IstioValidation({ warningsAsErrors: true });
    expect(plugin.warningsAsErrors).toBe(true);
    await plugin.validate(ctx);
    expect(ctx.report.toJson().summary.status).toBe('failure');
    expect(ctx.report.toJson().violations.map((v) => [v.ruleName, v.violatingConstructs[0].locations])).toEqual([['IST0130', ['spec.http[1]']]]);
  });

  test('a property of the wrong type in cdk8s.yaml is refused with its name and value', () => {
    expect(() => new IstioValidation({ warningsAsErrors: plainJs<boolean>('yes') })).toThrow(
      'cdk8s-istio-validation: property \'warningsAsErrors\' must be true or false, not "yes"');
  });

  test('clean manifests, other kinds and empty documents: success', async () => {
    const dir = tmpdir();
    const file = path.join(dir, 'm.k8s.yaml');
    fs.writeFileSync(file, 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: c }\n---\n---\n');
    const ctx = new ValidationContext([file], 'p', '0.0.0');
    await new IstioValidation().validate(ctx);
    expect(ctx.report.toJson().summary).toMatchObject({ status: 'success', metadata: { objects: '1', errors: '0', warnings: '0' } });
  });
});

describe('as the cdk8s CLI runs it', () => {
  beforeAll(() => buildLib(), 240_000);

  test('plugin/ (shipped in the package) is CommonJS that exposes the compiled class', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = require(PLUGIN_DIR) as { IstioValidation: new () => { validate: unknown } };
    expect(typeof new loaded.IstioValidation().validate).toBe('function');
  });

  /** A project dir with the documented cdk8s.yaml block and an app that writes `objects` with plain cdk8s. */
  function project(app: string): string {
    const dir = tmpdir();
    fs.symlinkSync(PLUGIN_DIR, path.join(dir, 'plugin'));
    fs.writeFileSync(path.join(dir, 'cdk8s.yaml'), [
      'language: typescript',
      'app: node app.js',
      'output: dist',
      'validations:',
      '  - package: ./plugin',
      '    class: IstioValidation',
      '    version: 0.0.0',
      '',
    ].join('\n'));
    fs.writeFileSync(path.join(dir, 'app.js'), app);
    return dir;
  }

  function synth(dir: string) {
    return spawnSync(path.join(ROOT, 'node_modules', '.bin', 'cdk8s'), ['synth', '--no-check-upgrade'], {
      cwd: dir, encoding: 'utf8', env: { ...process.env, CDK8S_CHECK_UPGRADE: 'false' },
    });
  }

  const cdk8s = JSON.stringify(require.resolve('cdk8s', { paths: [ROOT] }));
  const appWithInvalidL1 = (validateInApp: boolean) => `
const { App, Chart, ApiObject } = require(${cdk8s});
const app = new App();
const chart = new Chart(app, 'shop', { namespace: 'shop' });
new ApiObject(chart, 'reviews', {
  apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: { name: 'reviews' },
  spec: { hosts: ['reviews'], http: [{ route: [{ destination: { host: 'reviews' }, weight: -10 }] }] },
});
${validateInApp ? `require(${JSON.stringify(path.join(ROOT, 'lib', 'src'))}).MeshValidation.enable(app);` : ''}
app.synth();
`;

  test('cdk8s synth of an app without in-app validation: the plugin fails the run with exit 2 and reports the violation', () => {
    const dir = project(appWithInvalidL1(false));
    const r = synth(dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Validation failed. See above reports for details');
    expect(r.stdout).toMatch(/Validation Report \(\S*\/plugin@0\.0\.0\)/);
    expect(r.stdout).toMatch(/IST0106 \(1 occurrences\)/);
    expect(r.stdout).toContain('Construct Path: shop/reviews');
    expect(r.stdout).toContain('Resource Name: reviews');
    expect(r.stdout).toContain('spec.http[0].route[0].weight');
    expect(r.stdout).toContain('weight -10 < 0');
    // cdk8s leaves the manifests in place: the plugin only judges them
    expect(fs.readFileSync(path.join(dir, 'dist', 'shop.k8s.yaml'), 'utf8')).toContain('weight: -10');
  });

  test('cdk8s synth of an app with MeshValidation: the app itself fails first (exit 1) with the object path', () => {
    const r = synth(project(appWithInvalidL1(true)));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('[shop/reviews] VirtualService shop/reviews: spec.http[0].route[0].weight: weight -10 < 0 (error IST0106)');
  });
});
