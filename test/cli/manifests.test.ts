/** `validation.parseManifests`, the reader the CLI uses, as a library function. */
import { ManifestError, parseManifests } from '../../src/validation';

test('YAML: one entry per object with its document number and starting line; Lists are flattened', () => {
  const text = [
    '# leading comment',
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata: { name: a }',
    '---',
    '---',
    'apiVersion: v1',
    'kind: List',
    'items:',
    '  - { apiVersion: v1, kind: Secret, metadata: { name: b } }',
    '  - { apiVersion: v1, kind: Secret, metadata: { name: c } }',
    '',
  ].join('\n');
  expect(parseManifests(text, 'm.yaml')).toEqual([
    { object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' } }, document: 1, line: 2 },
    { object: { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'b' } }, document: 3, line: 7 },
    { object: { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'c' } }, document: 3, line: 7 },
  ]);
});

test('YAML 1.2 core schema: yes/no/on stay strings, a leading byte-order mark is ignored', () => {
  const [doc] = parseManifests('\ufeffapiVersion: v1\nkind: ConfigMap\ndata: { a: yes, b: on, c: 012 }\n', 'm.yaml');
  expect(doc.object).toEqual({ apiVersion: 'v1', kind: 'ConfigMap', data: { a: 'yes', b: 'on', c: 12 } });
});

test('JSON: array elements are numbered; no line is known', () => {
  const cm = { apiVersion: 'v1', kind: 'ConfigMap' };
  expect(parseManifests(JSON.stringify([cm, cm]), 'm.json')).toEqual([
    { object: cm, document: 1 },
    { object: cm, document: 2 },
  ]);
});

test('a parse error is a ManifestError carrying the file and line', () => {
  let error: unknown;
  try {
    parseManifests('apiVersion: v1\nkind: [\n', 'bad.yaml');
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ManifestError);
  expect(error).toMatchObject({ name: 'ManifestError', file: 'bad.yaml', line: 3 });
  expect((error as Error).message).toMatch(/^bad\.yaml:3: YAML syntax error \(column 1\): /);
});
