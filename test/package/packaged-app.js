#!/usr/bin/env node
// The library as a new user gets it: `npm pack`, then a fresh app made from cdk8s-cli's typescript-app template
// (its package.json, tsconfig.json and jest.config.js as they are, with the versions `cdk8s init` would fill in,
// cdk8s-plus-33 included), the tarball installed into it, and then:
//   - the package holds what it should (no example app, no source maps, LICENSE, .jsii, plugin/, bundled deps);
//   - `tsc --build` compiles `logs.applyTo(new kplus.Deployment(...))` with cdk8s-plus-33 and no skipLibCheck;
//   - Jest with the template's config (ts-jest, no transforms added): the snapshot test of the valid chart passes,
//     and the snapshot test of a chart that only a CEL rule rejects (jwks + jwksUri) fails in Testing.synth;
//   - `cdk8s synth` with the documented plugin entry passes the valid app and fails (exit 2) the broken one.
// Usage: node test/package/packaged-app.js [--use-built-lib]
//   --use-built-lib packs the lib/ and .jsii already built (`npm run jsii`), as CI does, instead of rebuilding.
// npm runs with --prefer-offline: after one online run, the local npm cache is enough.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const TEMPLATE = path.join(ROOT, 'node_modules', 'cdk8s-cli', 'templates', 'typescript-app');
const APP_SOURCES = path.join(__dirname, 'app');
const NPM_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];
const CEL_MESSAGE = 'only one of jwks or jwksUri can be set';
const started = Date.now();
const failures = [];

function log(message) {
  process.stdout.write(`[packaged-app ${((Date.now() - started) / 1000).toFixed(0)}s] ${message}\n`);
}

function run(cmd, args, cwd, env = {}) {
  const r = spawnSync(cmd, args, {
    cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, CDK8S_CHECK_UPGRADE: 'false', CI: '', ...env },
  });
  if (r.error) throw r.error;
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

function must(r, what) {
  if (r.status !== 0) {
    process.stdout.write(r.out);
    throw new Error(`${what} failed (exit ${r.status})`);
  }
  return r;
}

function check(ok, message) {
  if (!ok) failures.push(message);
  log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
}

function version(pkg) {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
}

/** The template's package.json with the values `cdk8s init` fills in (the versions cdk8s-cli itself depends on). */
function templatePackageJson(name) {
  const initJs = fs.readFileSync(path.join(ROOT, 'node_modules', 'cdk8s-cli', 'lib', 'cli', 'cmds', 'init.js'), 'utf8');
  const constructs = /constructsVersion\s*=\s*['"]([^'"]+)['"]/.exec(initJs);
  const values = {
    '$base': name,
    cdk8s_core_version: version('cdk8s'),
    cdk8s_plus_version: version('cdk8s-plus-33'),
    constructs_version: constructs ? constructs[1] : version('constructs'),
    cdk8s_cli_spec: `^${version('cdk8s-cli')}`,
  };
  return fs.readFileSync(path.join(TEMPLATE, 'package.json'), 'utf8').replace(/\{\{\s*([$\w]+)\s*\}\}/g, (whole, key) => {
    if (!(key in values)) throw new Error(`template placeholder ${whole} has no value`);
    return values[key];
  });
}

function main() {
  const useBuiltLib = process.argv.includes('--use-built-lib');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-istio-packaged-'));
  const app = path.join(work, 'shop');
  fs.mkdirSync(app);

  log(`npm pack${useBuiltLib ? ' (lib/ and .jsii as built)' : ' (prepack: jsii build)'}`);
  must(run('npm', ['pack', '--pack-destination', work, ...(useBuiltLib ? ['--ignore-scripts'] : [])], ROOT), 'npm pack');
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const tarball = path.join(work, `${pkg.name}-${pkg.version}.tgz`);
  const files = must(run('tar', ['-tzf', tarball], work), 'tar -t').out.split('\n')
    .filter((f) => f.startsWith('package/')).map((f) => f.slice('package/'.length));
  check(!files.some((f) => /(^|\/)lib\/src\/main\./.test(f)), 'the example app (lib/src/main.js) is not in the package');
  // Our own compiled files ship without maps (their TypeScript sources are not shipped). Bundled dependencies keep
  // their own packaging (js-yaml ships maps beside its dist files), which is theirs to decide.
  check(!files.some((f) => f.endsWith('.map') && !f.startsWith('node_modules/')), 'no source maps of ours without sources in the package');
  check(!files.some((f) => f.startsWith('src/') || f.startsWith('test/')), 'no TypeScript sources or tests in the package');
  for (const f of ['LICENSE', 'README.md', '.jsii', 'plugin/index.js', 'lib/src/index.js', 'lib/src/index.d.ts',
    'imports/istio-schemas.json', 'node_modules/yaml/package.json']) {
    check(files.includes(f), `the package contains ${f}`);
  }
  log(`${path.basename(tarball)}: ${files.length} files, ${(fs.statSync(tarball).size / 1024).toFixed(0)} KiB`);

  fs.writeFileSync(path.join(app, 'package.json'), templatePackageJson('shop'));
  for (const f of ['tsconfig.json', 'jest.config.js']) fs.copyFileSync(path.join(TEMPLATE, f), path.join(app, f));
  for (const f of fs.readdirSync(APP_SOURCES)) fs.copyFileSync(path.join(APP_SOURCES, f), path.join(app, f));
  fs.writeFileSync(path.join(app, 'cdk8s.yaml'), [
    'language: typescript',
    'app: node main.js',
    'validations:',
    '  - package: ./node_modules/cdk8s-istio/plugin',
    '    class: IstioValidation',
    '    version: 0.0.0',
    '',
  ].join('\n'));

  log('npm install (the template\'s dependencies and the tarball)');
  must(run('npm', ['install', ...NPM_FLAGS, tarball], app), 'npm install');
  check(!fs.existsSync(path.join(app, 'node_modules', 'cdk8s-plus-28')), 'no second cdk8s-plus (cdk8s-plus-28) was installed');

  log('npm run compile (tsc --build with the template\'s tsconfig)');
  const compile = run('npm', ['run', 'compile'], app);
  check(compile.status === 0, 'the app compiles: logs.applyTo(new kplus.Deployment(...)) with cdk8s-plus-33' +
    (compile.status === 0 ? '' : `\n${compile.out}`));

  log('npx jest (the template\'s jest.config.js)');
  const results = path.join(work, 'jest.json');
  const jest = run('npx', ['jest', '--ci=false', '--json', `--outputFile=${results}`], app);
  const report = fs.existsSync(results) ? JSON.parse(fs.readFileSync(results, 'utf8')) : { testResults: [] };
  const suite = (file) => report.testResults.find((t) => path.basename(t.name) === file) || { status: 'missing', message: '' };
  check(suite('main.test.ts').status === 'passed', `the snapshot test of the valid chart passes${suite('main.test.ts').message ? `\n${suite('main.test.ts').message}` : ''}`);
  const broken = suite('broken.test.ts');
  check(broken.status === 'failed' && broken.message.includes(CEL_MESSAGE),
    `the snapshot test of the jwks + jwksUri chart fails in Testing.synth with "${CEL_MESSAGE}"` +
    (broken.status === 'failed' && broken.message.includes(CEL_MESSAGE) ? '' : ` (status ${broken.status})\n${broken.message}`));
  check(jest.status !== 0 && !/could not be compiled/.test(jest.out), 'Jest reports the failure and no CEL rule was skipped');
  const snapshot = path.join(app, '__snapshots__', 'main.test.ts.snap');
  check(fs.existsSync(snapshot) && fs.readFileSync(snapshot, 'utf8').includes('proxy.istio.io/config'),
    'the snapshot holds the cdk8s-plus-33 Deployment with the proxy.istio.io/config annotation');

  log('npx cdk8s synth with the plugin entry ./node_modules/cdk8s-istio/plugin');
  const good = run('npx', ['cdk8s', 'synth', '--no-check-upgrade'], app);
  check(good.status === 0 && good.out.includes('Validations ended succesfully'),
    `cdk8s synth of the valid app passes the plugin${good.status === 0 ? '' : `\n${good.out}`}`);
  const bad = run('npx', ['cdk8s', 'synth', '--no-check-upgrade'], app, { BROKEN: '1', IN_APP_VALIDATION: '0' });
  check(bad.status === 2 && bad.out.includes(CEL_MESSAGE) && !/<Buffer/.test(bad.out),
    `cdk8s synth of the broken app (in-app validation off) fails in the plugin with exit 2 and the CEL message (exit ${bad.status})` +
    (bad.status === 2 ? '' : `\n${bad.out}`));

  fs.rmSync(work, { recursive: true, force: true });
  log(failures.length === 0 ? 'passed' : `${failures.length} check(s) failed`);
  process.exitCode = failures.length === 0 ? 0 : 1;
}

try {
  main();
} catch (e) {
  log(`error: ${e.message}`);
  process.exitCode = 1;
}
