/**
 * The annotation corpus (corpus/annotations.yaml): each document analyzed on its own. An invalid document names the
 * finding it must get (`# Expect: analysis <code> <path>: <message part>`); a valid neighbour names the codes it must
 * not get (`# Expect-none: <code> ...`).
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { analyze } from '../../../src/validation/analysis';

const EXPECT = /^# Expect: analysis (\S+) (\S+): (.+)$/m;
const EXPECT_NONE = /^# Expect-none: (.+)$/m;

const text = fs.readFileSync(path.join(__dirname, 'corpus', 'annotations.yaml'), 'utf8');
const cases = text.split(/^---$/m).map((doc, i) => {
  const object = parseAllDocuments(doc)[0].toJS() as { kind: string; metadata: { name: string } };
  return { title: `#${i + 1} ${object.kind} ${object.metadata.name}`, doc, object };
});

test('every document says what it expects', () => {
  expect(cases.filter((c) => !EXPECT.test(c.doc) && !EXPECT_NONE.test(c.doc)).map((c) => c.title)).toEqual([]);
  expect(cases.filter((c) => EXPECT.test(c.doc)).length).toBeGreaterThanOrEqual(4);
  expect(cases.filter((c) => EXPECT_NONE.test(c.doc)).length).toBeGreaterThanOrEqual(4);
});

describe.each(cases.filter((c) => EXPECT.test(c.doc)).map((c) => [c.title, c] as const))('invalid %s', (_t, c) => {
  test('gets the finding it is about', () => {
    const [, code, where, message] = EXPECT.exec(c.doc)!;
    const findings = analyze([c.object]).map((f) => `${f.code} ${f.path}: ${f.message}`);
    expect(findings).toContainEqual(expect.stringContaining(`${code} ${where}: `));
    expect(findings.find((f) => f.startsWith(`${code} ${where}: `))).toContain(message);
  });
});

describe.each(cases.filter((c) => EXPECT_NONE.test(c.doc)).map((c) => [c.title, c] as const))('valid %s', (_t, c) => {
  test('gets none of the listed codes', () => {
    const codes = EXPECT_NONE.exec(c.doc)![1].split(' ');
    expect(analyze([c.object]).filter((f) => codes.includes(f.code)).map((f) => `${f.code} ${f.path}`)).toEqual([]);
  });
});
