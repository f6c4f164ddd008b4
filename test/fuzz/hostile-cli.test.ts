/**
 * Hostile input for `cdk8s-istio validate|analyze`: each case that once crashed, hung, ran out of memory, gave a
 * wrong answer or forged output (issue 13), with generous time and memory bounds. Cases that could block or exhaust
 * memory run the built CLI in a child process with a timeout and a small heap; the rest run in-process.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { buildLib, spawnCli } from '../cli/build-lib';
import { cli, fixture } from '../cli/helpers';

beforeAll(() => buildLib(), 180_000);

const vs = (name: string, host: string) =>
  `apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: ${name}\n  namespace: shop\n` +
  `spec:\n  hosts: [${host}]\n  http:\n  - route:\n    - destination:\n        host: ${host}\n`;

describe('limits: exit 2 with a message naming the file, quickly', () => {
  test('/dev/zero stops at the first chunk (NUL bytes), not after gigabytes', () => {
    const r = spawnCli(['validate', '/dev/zero'], { timeoutMs: 30_000, heapMiB: 128 });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('cdk8s-istio: /dev/zero: binary data (contains NUL bytes), not a YAML or JSON manifest\n');
  });

  test('an input over --max-input-size, and an endless stream over the default limit', () => {
    const dir = fixture({ 'big.yaml': `# ${'x'.repeat(3000)}\n` });
    const file = path.join(dir, 'big.yaml');
    expect(spawnCli(['validate', '--max-input-size', '2KiB', file], { timeoutMs: 30_000 }).stderr)
      .toBe(`cdk8s-istio: ${file}: larger than the input size limit of 2 KiB (raise it with --max-input-size)\n`);
    // /dev/urandom: never ends; stops at the limit or at its first NUL byte, whichever comes first.
    const r = spawnCli(['validate', '--max-input-size=64MiB', '/dev/urandom'], { timeoutMs: 60_000, heapMiB: 256 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^cdk8s-istio: \/dev\/urandom: (binary data|larger than the input size limit of 64 MiB)/);
  });

  test('--max-input-size values', async () => {
    for (const [value, message] of [
      ['0', "option '--max-input-size' must be a positive number of bytes, or of KiB, MiB or GiB (like 64MiB), not '0'"],
      ['12MB', "option '--max-input-size' must be a positive number of bytes, or of KiB, MiB or GiB (like 64MiB), not '12MB'"],
      ['1GiB', "option '--max-input-size' can be at most 512MiB (a longer text does not fit in a JavaScript string), not '1GiB'"],
    ]) {
      const r = await cli(['validate', `--max-input-size=${value}`, '-']);
      expect(r.status).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe(`cdk8s-istio: ${message}`);
    }
    expect((await cli(['validate', '--max-input-size'])).stderr.split('\n')[0])
      .toBe("cdk8s-istio: option '--max-input-size' needs a value, like 64MiB");
    expect((await cli(['validate', '--max-input-size', '100', '-'], 'x'.repeat(101))).stderr)
      .toBe('cdk8s-istio: <stdin>: larger than the input size limit of 100 bytes (raise it with --max-input-size)\n');
  });

  test('nesting: deep YAML, deep JSON under a free-form field, and deep aliases name the file and document', async () => {
    const deepYaml = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    expect((await cli(['validate', '-'], deepYaml)).stderr).toBe('cdk8s-istio: <stdin>:4: document 1 is nested deeper than 512 levels\n');
    const value = `${'{"v":'.repeat(5000)}"leaf"${'}'.repeat(5000)}`;
    const filter = '{"apiVersion": "networking.istio.io/v1alpha3", "kind": "EnvoyFilter", "metadata": {"name": "f", "namespace": "x"}, ' +
      `"spec": {"configPatches": [{"applyTo": "CLUSTER", "patch": {"operation": "MERGE", "value": ${value}}}]}}`;
    const dir = fixture({ 'deep.json': filter });
    expect((await cli(['validate', path.join(dir, 'deep.json')])).stderr)
      .toBe(`cdk8s-istio: ${path.join(dir, 'deep.json')}: the JSON value is nested deeper than 512 levels\n`);
    const nest = (inner: string) => `${'['.repeat(200)}${inner}${']'.repeat(200)}`;
    const aliases = [`a0: &a0 ${nest('x')}`, `a1: &a1 ${nest('*a0')}`, `a2: ${nest('*a1')}`]; // 600 deep, 200 per anchor
    expect((await cli(['validate', '-'], `apiVersion: v1\nkind: ConfigMap\n${aliases.join('\n')}\n`)).stderr)
      .toBe('cdk8s-istio: <stdin>:1: document 1 is nested deeper than 512 levels\n');
    expect((await cli(['validate', '-'], 'apiVersion: v1\nkind: ConfigMap\ndata: &d {self: *d}\n')).stderr)
      .toBe('cdk8s-istio: <stdin>:1: document 1 cannot be read: an alias refers to a node that contains it\n');
  });
});

describe('files', () => {
  test('a FIFO named x.yaml inside a scanned directory is passed over, not waited on', () => {
    const dir = fixture({ 'ok.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n' });
    expect(spawnSync('mkfifo', [path.join(dir, 'x.yaml')]).status).toBe(0);
    const r = spawnCli(['validate', dir], { timeoutMs: 30_000 });
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe('1 file, 1 object read, 0 Istio objects checked: 0 errors, 0 warnings, 0 infos\n');
  });

  test('the same file through a symbolic link (and a linked directory) is read once', async () => {
    const dir = fixture({ 'a.yaml': vs('a', 'reviews') });
    const file = path.join(dir, 'a.yaml');
    fs.symlinkSync(file, path.join(dir, 'link.yaml'));
    const linkedDir = `${dir}-linked`;
    fs.symlinkSync(dir, linkedDir);
    for (const args of [['analyze', file, path.join(dir, 'link.yaml')], ['analyze', dir], ['analyze', linkedDir, file]]) {
      const r = await cli(args);
      expect(r.stdout).toMatch(/^1 file, 1 object read, 1 Istio object checked: /);
      expect(r.stdout).not.toContain('IST0109');
    }
  });

  test('a 100 KB path on the command line: exit 2 and one line naming it, no raw file-system error', () => {
    const long = 'x'.repeat(100_000);
    const r = spawnCli(['validate', long], { timeoutMs: 30_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`cdk8s-istio: ${long}: file name too long\n`);
  });

  test('the same file twice, or a directory and a file in it, is read once: no conflict with itself', async () => {
    const dir = fixture({ 'a.yaml': vs('a', 'reviews') });
    const file = path.join(dir, 'a.yaml');
    for (const args of [['analyze', file, file], ['analyze', dir, file], ['analyze', file, path.join(dir, '.', 'a.yaml')]]) {
      const r = await cli(args);
      expect(r.stdout).toMatch(/^1 file, 1 object read, 1 Istio object checked: /);
      expect(r.stdout).not.toContain('IST0109');
    }
  });
});

describe('cost grows linearly', () => {
  test('a mapping with 80,000 keys (the duplicate-key check was quadratic: 61 s)', () => {
    const keys = Array.from({ length: 80_000 }, (_, i) => `  k${i}: v`).join('\n');
    const r = spawnCli(['validate', '-'], { timeoutMs: 60_000, input: `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n${keys}\n` });
    expect(r.stdout).toBe('1 file, 1 object read, 0 Istio objects checked: 0 errors, 0 warnings, 0 infos\n');
    expect(r.seconds).toBeLessThan(20);
  });

  test('long hostile strings in AuthorizationPolicy paths, base64 bodies and hosts (regexps were quadratic)', async () => {
    const slashes = '/'.repeat(100_000);
    const policy = { apiVersion: 'security.istio.io/v1', kind: 'AuthorizationPolicy', metadata: { name: 'p', namespace: 'x' },
      spec: { rules: [{ to: [{ operation: { paths: [`${slashes}x`, `/{*}${slashes}x`] } }] }] } };
    const route = { apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: { name: 'v', namespace: 'x' },
      spec: { hosts: [`${'a'.repeat(100_000)}.svc.cluster.local`], http: [{ directResponse: { status: 200, body: { bytes: `${'='.repeat(100_000)}x` } } }] } };
    const t0 = Date.now();
    const r = await cli(['analyze', '-'], JSON.stringify([policy, route]));
    expect(r.stderr).toBe('');
    expect((Date.now() - t0) / 1000).toBeLessThan(20);
  });

  test('20,000 VirtualServices on one host: the conflict report stays linear (2,000 gave 96 MB; 20,000 crashed V8)', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => vs(`route-${i}`, 'reviews.shop.svc.cluster.local')).join('---\n');
    const dir = fixture({ 'one-host.yaml': text });
    const r = spawnCli(['analyze', path.join(dir, 'one-host.yaml')], { timeoutMs: 180_000, heapMiB: 512 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/IST0109.*and 19,99\d more/);
    expect(r.stdout.length).toBeLessThan(20_000 * 1000); // linear: at most a line or two per VirtualService
    expect(r.seconds).toBeLessThan(120);
  });

  test('validate keeps memory flat: 60,000 documents (8 MB) in a 48 MiB heap', () => {
    const doc = (i: number) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\n  namespace: team\ndata:\n  key: value-${i}\n`;
    const text = Array.from({ length: 60_000 }, (_, i) => doc(i)).join('---\n');
    const dir = fixture({ 'many.yaml': text });
    const r = spawnCli(['validate', path.join(dir, 'many.yaml')], { timeoutMs: 120_000, heapMiB: 48 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('1 file, 60000 objects read, 0 Istio objects checked: 0 errors, 0 warnings, 0 infos\n');
  });
});

describe('odd values and forged output', () => {
  test('{toString: x} where a port belongs: an error finding for that object, exit 1, not a crash', async () => {
    const entry = 'apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata: {name: se, namespace: x}\n' +
      'spec:\n  hosts: [a.example.com]\n  ports:\n  - number: {toString: x}\n    name: http\n    protocol: HTTP\n' +
      '  endpoints:\n  - address: 10.0.0.1\n    ports: {http: {toString: x}}\n';
    for (const command of ['validate', 'analyze']) {
      const r = await cli([command, '-'], entry);
      expect(r.status).toBe(1);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain('error IST0106 ServiceEntry x/se: spec.ports[0].number');
      expect(r.stdout).not.toContain('cannot read this object');
    }
  });

  test('label keys constructor, __proto__ and toString behave like any other key in CEL rules', async () => {
    const policy = (key: string) => JSON.stringify({ apiVersion: 'security.istio.io/v1', kind: 'PeerAuthentication',
      metadata: { name: 'p', namespace: 'x' }, spec: { selector: { matchLabels: JSON.parse(`{"${key}": "v", "app": "a"}`) } } });
    const plain = await cli(['validate', '--format', 'json', '-'], policy('ordinary'));
    const wildcard = await cli(['validate', '--format', 'json', '-'], policy('ordinary*'));
    expect(JSON.parse(plain.stdout)).toEqual([]);
    expect(JSON.parse(wildcard.stdout).length).toBeGreaterThan(0);
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(await cli(['validate', '--format', 'json', '-'], policy(key))).toEqual(plain);
      const flagged = await cli(['validate', '--format', 'json', '-'], policy(`${key}*`));
      expect(JSON.parse(flagged.stdout).map((f: { message: string }) => f.message.replace(key, 'ordinary')))
        .toEqual(JSON.parse(wildcard.stdout).map((f: { message: string }) => f.message));
    }
  });

  test('a name with a newline and terminal escapes prints as one escaped line', async () => {
    const evil = 'x\n  line 1 (document 1): error IST0000 Fake x/y: forged\u001b]0;pwned\u0007\u009b31m\u202e';
    const text = JSON.stringify({ apiVersion: 'networking.istio.io/v1', kind: 'VirtualService',
      metadata: { name: evil, namespace: 'shop' }, spec: { hosts: ['reviews'], http: [{ route: [{ destination: { host: 'reviews' } }] }] } });
    const r = await cli(['validate', '-'], text);
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('  line ') || l.startsWith('  document ')).length).toBe(lines.length - 3);
    expect(r.stdout).toContain('x\\n  line 1 (document 1): error IST0000 Fake x/y: forged\\u001b]0;pwned\\u0007\\u009b31m\\u202e');
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    const json = await cli(['validate', '--format', 'json', '-'], text);
    expect(JSON.parse(json.stdout)[0].name).toBe(evil);
    expect(json.stdout).not.toMatch(/[\u007f-\u009f\u202e]/);
  });

  test('terminal escapes in file names, names, hosts and messages never reach the terminal, in any command or format', async () => {
    const esc = '\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202e\r';
    const dir = fixture({});
    const file = path.join(dir, `evil${esc}.yaml`);
    fs.writeFileSync(file, JSON.stringify([
      { apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: { name: `vs${esc}`, namespace: `ns${esc}` },
        spec: { hosts: [`bad${esc}host`], gateways: [`gw${esc}`], http: [{ route: [{ destination: { host: `dest${esc}`, subset: `s${esc}` } }] }] } },
      { apiVersion: 'networking.istio.io/v1', kind: 'DestinationRule', metadata: { name: `dr${esc}`, namespace: 'shop' },
        spec: { host: `dest${esc}`, subsets: [{ name: `s${esc}`, labels: { [`k${esc}`]: `v${esc}` } }] } },
    ]));
    const missing = path.join(dir, `missing${esc}.yaml`);
    const control = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
    for (const args of [['validate', file], ['analyze', file], ['analyze', dir], ['validate', missing], ['analyze', file, missing],
      ['validate', '--format', 'json', file], ['analyze', '--format', 'json', file]]) {
      const r = await cli(args);
      expect(r.stdout + r.stderr).not.toBe('');
      expect(r.stdout).not.toMatch(control);
      expect(r.stderr).not.toMatch(control);
    }
    expect((await cli(['validate', missing])).stderr).toBe(`cdk8s-istio: ${dir}/missing\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m\\u202e\\r.yaml: no such file or directory\n`);
  });

  test('a file name with control characters is escaped in messages and reports', async () => {
    const dir = fixture({});
    const file = path.join(dir, 'evil\u001b[2J\n.yaml');
    fs.writeFileSync(file, 'a: [\n');
    const r = await cli(['validate', file]);
    expect(r.stderr).toBe(`cdk8s-istio: ${dir}/evil\\u001b[2J\\n.yaml:2: YAML syntax error (column 1): deficient indentation\n`);
  });
});
