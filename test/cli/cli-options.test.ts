/** `--version`, `--istio-version`, and input without objects (exit 2). */
import * as fs from 'fs';
import * as path from 'path';
import { Readable } from 'stream';
import { cli, fixture } from './helpers';

const VERSION = (JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
const NO_OBJECTS = (names: string) => `cdk8s-istio: no Kubernetes objects read from ${names}: nothing to check ` +
  '(empty or closed standard input, or files with only comments or empty documents?)\n';

const BACKOFF_VS = [
  'apiVersion: networking.istio.io/v1',
  'kind: VirtualService',
  'metadata: { name: reviews, namespace: shop }',
  'spec:',
  '  hosts: [reviews]',
  '  http:',
  '    - route: [{ destination: { host: reviews } }]',
  '      retries: { attempts: 3, backoff: 25ms }',
  '',
].join('\n');

const FLUSH_DEPLOYMENT = JSON.stringify({
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'shop' },
  spec: {
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web' }, annotations: { 'proxy.istio.io/config': '{"fileFlushInterval":"1s"}' } },
      spec: { containers: [{ name: 'web', image: 'web:1' }] },
    },
  },
});

describe('--version', () => {
  test('prints the package version and exits 0, whatever else is on the line', async () => {
    expect(await cli(['--version'])).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: '' });
    expect(await cli(['validate', '--version', 'missing.yaml'])).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: '' });
  });
});

describe('no objects read: exit 2', () => {
  test('empty stdin', async () => {
    expect(await cli(['validate', '-'], '')).toEqual({ status: 2, stdout: '', stderr: NO_OBJECTS('<stdin>') });
  });

  test('closed stdin (ends without data)', async () => {
    const closed = new Readable({ read() { this.push(null); } });
    expect(await cli(['analyze', '-'], closed)).toEqual({ status: 2, stdout: '', stderr: NO_OBJECTS('<stdin>') });
  });

  test('files with only comments and empty documents', async () => {
    const dir = fixture({ 'a.yaml': '# nothing here\n---\n---\n', 'b.yaml': '\n' });
    const r = await cli(['validate', path.join(dir, 'a.yaml'), path.join(dir, 'b.yaml')]);
    expect(r).toEqual({ status: 2, stdout: '', stderr: NO_OBJECTS(`${path.join(dir, 'a.yaml')}, ${path.join(dir, 'b.yaml')}`) });
  });

  test('one object anywhere is enough', async () => {
    const dir = fixture({ 'a.yaml': '# nothing here\n', 'b.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: x }\n' });
    expect((await cli(['validate', dir])).status).toBe(0);
  });
});

describe('--istio-version', () => {
  test('a field newer than the target release is an error; the default target (1.30) has it', async () => {
    const dir = fixture({ 'vs.yaml': BACKOFF_VS, 'web.json': FLUSH_DEPLOYMENT });
    expect((await cli(['validate', dir])).status).toBe(0);
    const r = await cli(['validate', '--istio-version', '1.25', dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('error CDK8SISTIO-041 VirtualService shop/reviews: spec.http[0].retries.backoff: retries.backoff ' +
      'exists from Istio 1.26; the target release 1.25 drops it silently (raise the target version, or leave the field out)');
    expect(r.stdout).toContain('error CDK8SISTIO-041 Deployment shop/web: spec.template.metadata.annotations.proxy.istio.io/config: ' +
      'ProxyConfig fileFlushInterval exists from Istio 1.29');
    const at28 = await cli(['validate', '--istio-version=1.28.3', dir]);
    expect(at28.stdout).not.toContain('retries.backoff exists');
    expect(at28.stdout).toContain('ProxyConfig fileFlushInterval exists from Istio 1.29; the target release 1.28');
    expect((await cli(['validate', '--istio-version', 'v1.29', dir])).status).toBe(0);
  });

  test('a release newer than supported: a warning, and the newest rules', async () => {
    const dir = fixture({ 'vs.yaml': BACKOFF_VS });
    const r = await cli(['validate', '--istio-version', '1.31', dir]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('cdk8s-istio: warning: Istio 1.31 is newer than this version of cdk8s-istio knows (1.22 to 1.30): ' +
      "the output is checked with the 1.30 rules; upgrade cdk8s-istio for 1.31's (CDK8SISTIO-040)\n");
  });

  test.each([
    ['1.21', 'option \'--istio-version\' is "1.21": supported Istio versions are 1.22 to 1.30 (e.g. "1.30"; newer ones are checked with the 1.30 rules)'],
    ['latest', 'option \'--istio-version\' is "latest": supported Istio versions are 1.22 to 1.30 (e.g. "1.30"; newer ones are checked with the 1.30 rules)'],
  ])('%p is a usage error (exit 2)', async (value, message) => {
    const r = await cli(['validate', '--istio-version', value, '-'], 'apiVersion: v1\nkind: ConfigMap\n');
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`cdk8s-istio: ${message}`);
  });

  test('a missing value is a usage error', async () => {
    const r = await cli(['validate', '--istio-version']);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe("cdk8s-istio: option '--istio-version' needs a value, e.g. 1.28");
  });
});
