/**
 * The report: grouping by file, the summary line, the JSON shape, exit statuses, and where cross-object findings
 * are filed. The layers are replaced by a stand-in (an object asks for findings through the annotations
 * `test/finding: <severity>[,<severity>…]` and `test/analysis`) so the exact output can be pinned here;
 * test/cli/cli-layers.test.ts runs the real layers.
 */
import * as path from 'path';
import { cli, cliWrites, fixture } from './helpers';

jest.mock('../../src/validation/schema', () => ({ validateSchema: jest.fn(() => []), validateAgainst: jest.fn(() => []) }));
/* eslint-disable @typescript-eslint/no-require-imports */
jest.mock('../../src/validation/webhook', () => require('../support/stand-in-layers').webhook);
jest.mock('../../src/validation/analysis', () => require('../support/stand-in-layers').analysis);
/* eslint-enable @typescript-eslint/no-require-imports */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const analysis = require('../../src/validation/analysis') as { analyze: jest.Mock };

function vsYaml(name: string, namespace: string | undefined, annotations: Record<string, string> = {}): string {
  const lines = ['apiVersion: networking.istio.io/v1', 'kind: VirtualService', 'metadata:', `  name: ${name}`];
  if (namespace) lines.push(`  namespace: ${namespace}`);
  const keys = Object.keys(annotations);
  if (keys.length > 0) lines.push('  annotations:', ...keys.map((k) => `    ${k}: "${annotations[k]}"`));
  lines.push('spec:', `  hosts: [${name}]`);
  return `${lines.join('\n')}\n`;
}

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: reviews\n  namespace: shop\nspec:\n  ports: [{port: 80}]\n';

function tree(): string {
  return fixture({
    'a.yaml': `${SERVICE}---\n${vsYaml('reviews', 'shop', { 'test/finding': 'error,warning' })}---\n${vsYaml('ratings', 'shop', { 'test/analysis': 'x' })}`,
    'b.yaml': vsYaml('clean', 'shop'),
    'c.json': JSON.stringify({ apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: { name: 'j', annotations: { 'test/finding': 'info' } } }),
  });
}

beforeEach(() => analysis.analyze.mockClear());

describe('text output', () => {
  test('validate: findings grouped by file (files without findings left out), then the summary', async () => {
    const dir = tree();
    const r = await cli(['validate', dir]);
    expect(r).toEqual({
      status: 1,
      stderr: '',
      stdout: [
        path.join(dir, 'a.yaml'),
        '  line 9 (document 2): error IST0106 VirtualService shop/reviews: spec.http[0].route[0].weight: stand-in error',
        '  line 9 (document 2): warning IST0133 VirtualService shop/reviews: spec.http[0].route[0].weight: stand-in warning',
        path.join(dir, 'c.json'),
        '  document 1: info IST0133 VirtualService j: spec.http[0].route[0].weight: stand-in info',
        '3 files, 5 objects read, 4 Istio objects checked: 1 error, 1 warning, 1 info',
        '',
      ].join('\n'),
    });
    expect(analysis.analyze).not.toHaveBeenCalled();
  });

  test('analyze: cross-object findings over all inputs together, filed under the object\'s file and document', async () => {
    const dir = tree();
    const r = await cli(['analyze', dir]);
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      path.join(dir, 'a.yaml'),
      '  line 9 (document 2): error IST0106 VirtualService shop/reviews: spec.http[0].route[0].weight: stand-in error',
      '  line 9 (document 2): warning IST0133 VirtualService shop/reviews: spec.http[0].route[0].weight: stand-in warning',
      '  line 19 (document 3): error IST0101 VirtualService shop/ratings: spec.http[0].route[0].destination: stand-in cross-object error',
    ]);
    expect(r.stdout).toMatch(/\n3 files, 5 objects read, 4 Istio objects checked: 2 errors, 1 warning, 1 info\n$/);
    expect(analysis.analyze).toHaveBeenCalledTimes(1);
    expect(analysis.analyze.mock.calls[0][0].map((o: { kind: string }) => o.kind)).toEqual(
      ['Service', 'VirtualService', 'VirtualService', 'VirtualService', 'VirtualService']);
  });

  test('no findings: the summary only, exit 0', async () => {
    const r = await cli(['analyze', '-'], `${SERVICE}---\n${vsYaml('ok', 'shop')}`);
    expect(r).toEqual({ status: 0, stdout: '1 file, 2 objects read, 1 Istio object checked: 0 errors, 0 warnings, 0 infos\n', stderr: '' });
  });
});

describe('exit status', () => {
  test('warnings alone exit 0; with --warnings-as-errors they exit 1', async () => {
    const input = vsYaml('w', undefined, { 'test/finding': 'warning,info' });
    expect((await cli(['validate', '-'], input)).status).toBe(0);
    const strict = await cli(['validate', '--warnings-as-errors', '-'], input);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('0 errors, 1 warning, 1 info');
  });

  test('info alone never fails, not even with --warnings-as-errors', async () => {
    expect((await cli(['validate', '--warnings-as-errors', '-'], vsYaml('i', undefined, { 'test/finding': 'info' }))).status).toBe(0);
  });

  test('a failure inside a validation layer is an error finding for that object, not the end of the run', async () => {
    const r = await cli(['validate', '-'], vsYaml('boom', undefined, { 'test/finding': 'crash' }));
    expect(r).toEqual({
      status: 1,
      stdout: '<stdin>\n  line 1 (document 1): error IST0106 VirtualService boom: the webhook checks cannot read this object ' +
        "(Cannot read properties of undefined (reading 'route')): a field holds a value of an unexpected type or shape\n" +
        '1 file, 1 object read, 1 Istio object checked: 1 error, 0 warnings, 0 infos\n',
      stderr: '',
    });
  });
});

describe('--format json', () => {
  test('one JSON array of findings, each with its file, document and (for YAML) line', async () => {
    const dir = tree();
    const r = await cli(['analyze', '--format=json', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const a = path.join(dir, 'a.yaml');
    expect(JSON.parse(r.stdout)).toEqual([
      { file: a, document: 2, line: 9, severity: 'error', code: 'IST0106', layer: 'webhook', apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', namespace: 'shop', name: 'reviews', path: 'spec.http[0].route[0].weight', message: 'stand-in error' },
      { file: a, document: 2, line: 9, severity: 'warning', code: 'IST0133', layer: 'webhook', apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', namespace: 'shop', name: 'reviews', path: 'spec.http[0].route[0].weight', message: 'stand-in warning' },
      { file: a, document: 3, line: 19, severity: 'error', code: 'IST0101', layer: 'analysis', apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', namespace: 'shop', name: 'ratings', path: 'spec.http[0].route[0].destination', message: 'stand-in cross-object error' },
      { file: path.join(dir, 'c.json'), document: 1, severity: 'info', code: 'IST0133', layer: 'webhook', apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', name: 'j', path: 'spec.http[0].route[0].weight', message: 'stand-in info' },
    ]);
    expect(r.stdout.split('\n')[0]).toBe('[');
  });

  test('a large report is written in chunks, not line by line, and stays one valid array', async () => {
    const docs = Array.from({ length: 3000 }, (_, i) => vsYaml(`vs-${i}`, 'ns', { 'test/finding': 'error' })).join('---\n');
    const { status, stdout: writes } = await cliWrites(['validate', '--format', 'json', '-'], docs);
    expect(status).toBe(1);
    expect(writes.length).toBeGreaterThan(5);
    expect(writes.length).toBeLessThan(100);
    expect(JSON.parse(writes.join(''))).toHaveLength(3000);
  });
});
