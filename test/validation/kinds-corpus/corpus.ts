/**
 * Reads a kinds corpus file: YAML documents, each starting with comments. In `*-invalid.yaml` every document says
 * which finding it must produce: `# expect: CODE layer path | part of the message` (an error) or
 * `# expect-warning: …` (a warning and no error).
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from 'yaml';

export interface Expectation {
  readonly severity: string;
  readonly code: string;
  readonly layer: string;
  readonly path: string;
  readonly message: string;
}

export interface CorpusDoc {
  /** 1-based, as the CLI numbers documents. */
  readonly document: number;
  readonly title: string;
  readonly object: Record<string, unknown>;
  readonly expect?: Expectation;
}

const EXPECT = /^# expect(-warning)?: (\S+) (\S+) (\S+) \| (.+)$/m;

export function corpusFile(name: string): string {
  return path.join(__dirname, name);
}

export function loadCorpus(name: string): CorpusDoc[] {
  const text = fs.readFileSync(corpusFile(name), 'utf8');
  return text.split(/^---[ \t]*$/m).map((part, i) => {
    const doc = parseDocument(part);
    if (doc.errors.length > 0) throw new Error(`${name}#${i + 1}: ${doc.errors[0].message}`);
    const object = doc.toJS() as Record<string, unknown>;
    const m = EXPECT.exec(part);
    const expect = m ? { severity: m[1] ? 'warning' : 'error', code: m[2], layer: m[3], path: m[4], message: m[5] } : undefined;
    const meta = object.metadata as { name?: string } | undefined;
    return { document: i + 1, title: `${name}#${i + 1} ${String(object.kind)} ${meta?.name ?? ''}`, object, expect };
  });
}
