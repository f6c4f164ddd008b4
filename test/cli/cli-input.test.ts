/**
 * The command line and unusable input: every message and exit status. Only non-Istio objects are validated here,
 * so the outcome does not depend on the validation layers.
 */
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import { USAGE } from '../../src/cli/args';
import { fileProblem } from '../../src/cli/inputs';
import { cli, fixture } from './helpers';

const CONFIG_MAP = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: b\n';

describe('command line', () => {
  test('--help prints the usage on stdout and exits 0', async () => {
    for (const flag of ['--help', '-h']) {
      const r = await cli(['validate', flag]);
      expect(r).toEqual({ status: 0, stdout: USAGE, stderr: '' });
    }
    expect(USAGE).toContain('Exit status: 0 no errors, 1 errors found, 2 unusable input or command line.');
  });

  test.each([
    [[], 'missing command: validate, analyze, check-transition or graph'],
    [['lint', 'x.yaml'], "unknown command 'lint': use validate, analyze, check-transition or graph"],
    [['validate'], "'validate' needs at least one file, directory, or - for stdin"],
    [['analyze', '--format'], "option '--format' needs a value: text or json"],
    [['validate', '--format', 'yaml', 'x.yaml'], "option '--format' must be text or json, not 'yaml'"],
    [['validate', '--format=xml', 'x.yaml'], "option '--format' must be text or json, not 'xml'"],
    [['validate', '--strict', 'x.yaml'], "unknown option '--strict'"],
    [['validate', '-', '-'], "'-' (stdin) can be given only once"],
  ])('%j exits 2 with a message and the usage', async (args, message) => {
    const r = await cli(args as string[]);
    expect(r).toEqual({ status: 2, stdout: '', stderr: `cdk8s-istio: ${message}\n\n${USAGE}` });
  });

  test('-- ends the options: a file named like an option is read', async () => {
    const dir = fixture({ '--odd.yaml': CONFIG_MAP });
    const r = await cli(['validate', '--', path.join(dir, '--odd.yaml')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('1 file, 1 object read, 0 Istio objects checked: 0 errors, 0 warnings, 0 infos\n');
  });
});

describe('unusable input exits 2 with one line per problem and no report', () => {
  async function expectInputError(args: string[], stderr: string, stdin?: string | Buffer): Promise<void> {
    const r = await cli(args, stdin);
    expect(r).toEqual({ status: 2, stdout: '', stderr });
  }

  test('missing file', async () => {
    const dir = fixture({});
    const file = path.join(dir, 'nope.yaml');
    await expectInputError(['validate', file], `cdk8s-istio: ${file}: no such file or directory\n`);
  });

  test('directory without YAML or JSON', async () => {
    const dir = fixture({ 'notes.txt': 'hello', 'sub/readme.md': '# x' });
    await expectInputError(['analyze', dir],
      `cdk8s-istio: ${dir}: no .yaml, .yml or .json files in this directory (searched recursively)\n`);
  });

  test('a file that cannot be read', async () => {
    const dir = fixture({});
    const sock = path.join(dir, 'socket.yaml');
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(sock, resolve));
    try {
      await expectInputError(['validate', sock],
        `cdk8s-istio: ${sock}: cannot be read (ENXIO: ENXIO: no such device or address, open '${sock}')\n`);
    } finally {
      server.close();
    }
  });

  test('a symbolic link loop', async () => {
    const dir = fixture({});
    const loop = path.join(dir, 'loop.yaml');
    fs.symlinkSync(loop, loop);
    await expectInputError(['validate', loop], `cdk8s-istio: ${loop}: too many levels of symbolic links\n`);
  });

  test('permission errors name the path', () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    expect(fileProblem('/etc/x.yaml', denied)).toBe('/etc/x.yaml: permission denied');
    expect(fileProblem('/etc/x.yaml', Object.assign(new Error('x'), { code: 'EPERM' }))).toBe('/etc/x.yaml: permission denied');
  });

  test('binary garbage (not UTF-8)', async () => {
    const dir = fixture({ 'blob.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe]) });
    const file = path.join(dir, 'blob.yaml');
    await expectInputError(['validate', file],
      `cdk8s-istio: ${file}: not UTF-8 text (binary data?), not a YAML or JSON manifest\n`);
  });

  test('binary data that happens to be UTF-8 (NUL bytes)', async () => {
    await expectInputError(['validate', '-'],
      'cdk8s-istio: <stdin>: binary data (contains NUL bytes), not a YAML or JSON manifest\n', Buffer.from('kind: x\u0000\u0001'));
  });

  test('YAML syntax error: file and line', async () => {
    const dir = fixture({ 'bad.yaml': `${CONFIG_MAP}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [broken\n` });
    const file = path.join(dir, 'bad.yaml');
    await expectInputError(['validate', file],
      `cdk8s-istio: ${file}:12: YAML syntax error (column 1): deficient indentation\n`);
  });

  test('YAML duplicate key: file and line', async () => {
    const dir = fixture({ 'dup.yaml': 'apiVersion: v1\nkind: ConfigMap\nkind: Secret\n' });
    const file = path.join(dir, 'dup.yaml');
    await expectInputError(['validate', file], `cdk8s-istio: ${file}:3: YAML syntax error (column 1): duplicated mapping key\n`);
  });

  test('JSON syntax error: file and line', async () => {
    const dir = fixture({ 'bad.json': '{\n  "apiVersion": "v1",\n  "kind": "ConfigMap"\n  "metadata": {}\n}\n' });
    const file = path.join(dir, 'bad.json');
    await expectInputError(['validate', file],
      `cdk8s-istio: ${file}:4: invalid JSON: Expected ',' or '}' after property value in JSON at position 48\n`);
  });

  test('an empty JSON file: the line is the end of the file', async () => {
    const dir = fixture({ 'empty.json': '\n\n' });
    const file = path.join(dir, 'empty.json');
    await expectInputError(['validate', file], `cdk8s-istio: ${file}:3: invalid JSON: Unexpected end of JSON input\n`);
  });

  test('a YAML document that is not a mapping', async () => {
    const dir = fixture({ 'list.yaml': `${CONFIG_MAP}---\n- apiVersion: v1\n  kind: ConfigMap\n`, 'word.yaml': 'hello\n' });
    await expectInputError(['validate', dir], [
      `cdk8s-istio: ${path.join(dir, 'list.yaml')}:8: document 2 is a sequence, not a mapping (a Kubernetes object)\n`,
      `cdk8s-istio: ${path.join(dir, 'word.yaml')}:1: document 1 is a string ("hello"), not a mapping (a Kubernetes object)\n`,
    ].join(''));
  });

  test('a JSON element that is not a mapping', async () => {
    await expectInputError(['validate', '-'],
      'cdk8s-istio: <stdin>: element 2 of the JSON array is a number (42), not a mapping (a Kubernetes object)\n',
      '[{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}}, 42]');
  });

  test('a mapping that is not a Kubernetes object', async () => {
    const dir = fixture({ 'values.yaml': 'replicaCount: 2\n', 'half.yml': 'kind: Service\n' });
    await expectInputError(['analyze', dir], [
      `cdk8s-istio: ${path.join(dir, 'half.yml')}:1: document 1 is not a Kubernetes object: it has no apiVersion\n`,
      `cdk8s-istio: ${path.join(dir, 'values.yaml')}:1: document 1 is not a Kubernetes object: it has no apiVersion and kind\n`,
    ].join(''));
  });

  test('a List item that is not a mapping', async () => {
    await expectInputError(['validate', '-'],
      'cdk8s-istio: <stdin>:1: document 1, item 1 of the List is a string ("oops"), not a mapping (a Kubernetes object)\n',
      'apiVersion: v1\nkind: List\nitems: [oops]\n');
  });

  test('an alias bomb is refused, not expanded', async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++) bomb.push(`${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`);
    await expectInputError(['validate', '-'],
      'cdk8s-istio: <stdin>:1: document 1 cannot be read: its aliases expand it to more than 11648 nodes (an alias bomb?)\n',
      bomb.join('\n'));
  });

  test('every unusable input is listed, and nothing is validated', async () => {
    const dir = fixture({ 'ok.yaml': CONFIG_MAP, 'bad.yaml': 'a: [\n' });
    const missing = path.join(dir, 'missing.json');
    const r = await cli(['validate', missing, dir]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toEqual([
      `cdk8s-istio: ${missing}: no such file or directory`,
      expect.stringMatching(new RegExp(`^cdk8s-istio: ${path.join(dir, 'bad.yaml')}:2: YAML syntax error \\(column 1\\): `)),
      '',
    ]);
  });
});

describe('readable input', () => {
  test('directories are searched recursively for .yaml, .yml and .json; other objects are counted and passed over', async () => {
    const dir = fixture({
      'a.yaml': `${CONFIG_MAP}---\n${CONFIG_MAP}---\n`,
      'sub/b.yml': CONFIG_MAP,
      'sub/deeper/c.json': JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' } }, { apiVersion: 'v1', kind: 'Secret', metadata: { name: 't' } }] }),
      'sub/notes.txt': 'not a manifest: [',
    });
    const r = await cli(['validate', dir]);
    expect(r).toEqual({ status: 0, stdout: '3 files, 5 objects read, 0 Istio objects checked: 0 errors, 0 warnings, 0 infos\n', stderr: '' });
  });

  test('an explicitly named file is read whatever its extension; empty documents are skipped', async () => {
    const dir = fixture({ 'manifest.txt': `---\n${CONFIG_MAP}---\n\n---\n# only a comment\n` });
    const r = await cli(['validate', path.join(dir, 'manifest.txt')]);
    expect(r.stdout).toBe('1 file, 1 object read, 0 Istio objects checked: 0 errors, 0 warnings, 0 infos\n');
  });

  test('stdin: YAML, a JSON object, a JSON array, a JSON List', async () => {
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } };
    const inputs: Array<[string, number]> = [
      [`${CONFIG_MAP}---\n${CONFIG_MAP}`, 2],
      [JSON.stringify(cm), 1],
      [JSON.stringify([cm, cm, cm]), 3],
      [JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [cm, cm] }), 2],
      ['{apiVersion: v1, kind: ConfigMap, metadata: {name: x}}', 1], // flow YAML that is not JSON
    ];
    for (const [stdin, objects] of inputs) {
      const r = await cli(['analyze', '-'], stdin);
      expect(r).toEqual({
        status: 0,
        stdout: `1 file, ${objects} ${objects === 1 ? 'object' : 'objects'} read, 0 Istio objects checked: 0 errors, 0 warnings, 0 infos\n`,
        stderr: '',
      });
    }
  });

  test('--format json with nothing to report is an empty array', async () => {
    const r = await cli(['validate', '--format', 'json', '-'], CONFIG_MAP);
    expect(r).toEqual({ status: 0, stdout: '[]\n', stderr: '' });
  });
});
