/** The compiled `cdk8s-istio` executable (package.json bin), spawned as a user would run it. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { buildLib, CLI_JS, spawnCli } from './build-lib';
import { fixture } from './helpers';

beforeAll(() => buildLib(), 240_000);

test('is an executable script', () => {
  expect(fs.readFileSync(CLI_JS, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
});

test('validates stdin and exits 0 when nothing is wrong', () => {
  const r = spawnCli(['analyze', '-'], { input: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n' });
  expect(r.stderr).toBe('');
  expect(r.stdout).toBe('1 file, 1 object read, 0 Istio objects checked: 0 errors, 0 warnings, 0 infos\n');
  expect(r.status).toBe(0);
});

test('reports an error finding and exits 1', () => {
  const dir = fixture({
    'vs.yaml': [
      'apiVersion: networking.istio.io/v1',
      'kind: VirtualService',
      'metadata: { name: reviews, namespace: shop }',
      'spec:',
      '  hosts: [reviews]',
      '  http:',
      '    - route:',
      '        - destination: { host: reviews }',
      '          weight: -10',
      '',
    ].join('\n'),
  });
  const r = spawnCli(['validate', dir]);
  expect(r.status).toBe(1);
  expect(r.stdout).toContain(`${path.join(dir, 'vs.yaml')}\n  line 1 (document 1): error IST0106 VirtualService shop/reviews: spec.http[0].route[0].weight`);
  expect(r.stdout).toMatch(/1 file, 1 object read, 1 Istio object checked: [1-9]\d* errors?, /);
});

test('unusable input: one line on stderr, exit 2, no stack trace', () => {
  const r = spawnCli(['validate', '/nonexistent/dist']);
  expect(r).toMatchObject({ status: 2, stdout: '', stderr: 'cdk8s-istio: /nonexistent/dist: no such file or directory\n' });
});

test('a reader that stops early does not cause a stack trace', () => {
  const dir = fixture({ 'many.yaml': Array.from({ length: 2000 }, (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: c${i} }\n`).join('---\n') });
  const r = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${CLI_JS}" validate --format json "${dir}" | head -c 1`], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.stdout).toBe('[');
});
