import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Chart } from 'cdk8s';
import { IstioApp, ISTIO_VERSION_CONTEXT_KEY, IstioVersion } from '../../src';
import { buildLib, ROOT } from '../cli/build-lib';

// IstioApp adds its MeshState child in the constructor, after which constructs refuses node.setContext: the
// `context` prop is the way to give an IstioApp its context.
test('IstioApp takes construct context as a prop, before its MeshState exists', () => {
  const app = new IstioApp({ context: { [ISTIO_VERSION_CONTEXT_KEY]: '1.27' } });
  const chart = new Chart(app, 'c');
  expect(IstioVersion.of(chart).toString()).toBe('1.27');
  expect(() => app.node.setContext(ISTIO_VERSION_CONTEXT_KEY, '1.28')).toThrow(/Cannot set context after children have been added/);
});

test('the example app entry point (npm run synth) runs with an IstioApp and writes the manifests', () => {
  buildLib();
  const main = path.join(ROOT, 'lib', 'src', 'main.js');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'example-'));
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'example-cwd-'));
  execFileSync(process.execPath, [main], { cwd, env: { ...process.env, CDK8S_OUTDIR: out }, stdio: 'pipe' });
  expect(fs.readdirSync(out).filter((f) => f.endsWith('.k8s.yaml')).sort()).toEqual(expect.arrayContaining(['billing.k8s.yaml', 'mesh.k8s.yaml']));
  expect(fs.existsSync(path.join(cwd, 'dist-install'))).toBe(true);
});
