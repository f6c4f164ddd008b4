/**
 * The example app's billing-service, exposed through its IngressGateway, promoted release by release: the
 * transitions `check-transition` accepts and the one it refuses, as the README quotes it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, Testing } from 'cdk8s';
import { stringify } from 'yaml';
import { CanaryPromotion, CanaryServiceProps } from '../../src/canary';
import { BILLING_SERVICE, buildExampleMesh } from '../../src/main';
import { cli, fixture } from '../cli/helpers';

/** What `npm run synth` would write into `dist/` for these billing-service props: one file per chart. */
function dist(props: CanaryServiceProps): Record<string, string> {
  const app = Testing.app();
  buildExampleMesh(app as App, props);
  const files: Record<string, string> = {};
  for (const chart of app.charts) files[`${chart.node.id}.k8s.yaml`] = chart.toJson().map((o) => stringify(o)).join('---\n');
  return files;
}

function prefixed(prefix: string, files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [`${prefix}/${name}`, text]));
}

async function check(from: CanaryServiceProps, to: CanaryServiceProps): Promise<{ status: number; stdout: string }> {
  const dir = fixture({ ...prefixed('previous-dist', dist(from)), ...prefixed('dist', dist(to)) });
  const r = await cli(['check-transition', path.join(dir, 'previous-dist'), path.join(dir, 'dist')]);
  return { status: r.status, stdout: r.stdout.split(`${dir}${path.sep}`).join('') };
}

const promoted = CanaryPromotion.promote(BILLING_SERVICE);

test('the staged promotion of the exposed billing-service passes every apply', async () => {
  expect((await check(BILLING_SERVICE, promoted)).status).toBe(0);
  expect((await check(promoted, CanaryPromotion.finish(promoted))).status).toBe(0);
});

test('the naive promotion is refused with the output the README quotes', async () => {
  const r = await check(BILLING_SERVICE, CanaryPromotion.finish(promoted));
  expect(r.status).toBe(1);
  const readme = fs.readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');
  const quoted = /```\n(previous-dist\/[\s\S]*?)```/.exec(readme);
  expect(quoted).not.toBeNull();
  expect(r.stdout.slice(0, quoted![1].length)).toBe(quoted![1]);
});
