/**
 * The corpus: real-looking Istio objects (Istio's samples, istio.io tasks and reference pages, and the cases of
 * istiod's and the CRDs' own validation tests) that a 1.30 cluster accepts (valid/) or rejects (invalid/). Every
 * document is checked on its own through the library, and a selection through the compiled CLI, one file per
 * object as an outside corpus would be run.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { Finding, formatFinding, isError, validateObject } from '../../../src/validation';
import { buildLib, spawnCli } from '../../cli/build-lib';

interface CorpusDoc {
  /** `file.yaml#3 Kind name`, for test titles. */
  readonly title: string;
  readonly file: string;
  readonly comment: string;
  readonly object: Record<string, unknown>;
  readonly text: string;
}

function load(folder: 'valid' | 'invalid'): CorpusDoc[] {
  const dir = path.join(__dirname, folder);
  const out: CorpusDoc[] = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    // Split by hand, so that each document keeps its own text (for the CLI runs) and leading comment.
    fs.readFileSync(path.join(dir, file), 'utf8').split(/^---[ \t]*$/m).forEach((text, i) => {
      const doc = parseDocument(text);
      if (doc.errors.length > 0) throw new Error(`${file}#${i + 1}: ${doc.errors[0].message}`);
      const object = doc.toJS() as Record<string, unknown> | null;
      if (object === null) return;
      const meta = object.metadata as { name?: string } | undefined;
      const title = `${file}#${i + 1} ${String(object.kind)} ${meta?.name ?? '(no name)'}`;
      const comment = text.trimStart().split('\n').filter((l) => l.startsWith('#')).join('\n');
      out.push({ title, file, comment, object, text });
    });
  }
  return out;
}

const VALID = load('valid');
const INVALID = load('invalid');

const ALL_KINDS = [
  'VirtualService', 'DestinationRule', 'Gateway', 'ServiceEntry', 'Sidecar', 'WorkloadEntry', 'WorkloadGroup',
  'EnvoyFilter', 'ProxyConfig', 'PeerAuthentication', 'AuthorizationPolicy', 'RequestAuthentication', 'Telemetry',
  'WasmPlugin', 'TrafficExtension',
];

function errorsOf(obj: object): string[] {
  return validateObject(obj).filter(isError).map(formatFinding);
}

/**
 * What an invalid document must be rejected for, from its `# Expect: <layer> <code> <path|->: <message part>` line:
 * the rule it is about, so that the case fails when that rule (or its whole layer) is removed.
 */
interface Expectation {
  readonly layer: string;
  readonly code: string;
  readonly path: string;
  readonly message: string;
}

const EXPECT_LINE = /^# Expect: (schema|webhook|analysis) (\S+) (.*?): (.+)$/;

function expectationOf(doc: CorpusDoc): Expectation | undefined {
  const lines = doc.comment.split('\n').filter((l) => l.startsWith('# Expect:'));
  if (lines.length !== 1) return undefined;
  const m = EXPECT_LINE.exec(lines[0]);
  return m ? { layer: m[1], code: m[2], path: m[3] === '-' ? '' : m[3], message: m[4] } : undefined;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function meets(f: Pick<Finding, 'severity' | 'layer' | 'code' | 'path' | 'message'>, e: Expectation): boolean {
  return f.severity === 'error' && f.layer === e.layer && f.code === e.code && f.path === e.path && f.message.includes(e.message);
}

describe('corpus shape', () => {
  it('has enough objects of every kind and version the samples use', () => {
    expect(VALID.length).toBeGreaterThanOrEqual(150);
    expect(INVALID.length).toBeGreaterThanOrEqual(150);
    const kinds = new Set(VALID.map((d) => d.object.kind));
    expect(ALL_KINDS.filter((k) => !kinds.has(k))).toEqual([]);
    const versions = new Set(VALID.map((d) => d.object.apiVersion));
    for (const v of ['networking.istio.io/v1alpha3', 'networking.istio.io/v1beta1', 'security.istio.io/v1beta1', 'telemetry.istio.io/v1alpha1']) {
      expect(versions).toContain(v);
    }
  });

  it('says for every invalid object why it is invalid, and which rule must reject it', () => {
    expect(INVALID.filter((d) => !/^# Invalid\b/.test(d.comment)).map((d) => d.title)).toEqual([]);
    expect(INVALID.filter((d) => expectationOf(d) === undefined).map((d) => d.title)).toEqual([]);
  });
});

describe('valid corpus: accepted without errors', () => {
  it.each(VALID.map((d) => [d.title, d] as const))('%s', (_title, doc) => {
    expect(errorsOf(doc.object)).toEqual([]);
  });
});

describe('invalid corpus: rejected by the rule each document is about', () => {
  it.each(INVALID.map((d) => [d.title, d] as const))('%s', (_title, doc) => {
    const e = expectationOf(doc)!;
    const errors = validateObject(doc.object).filter(isError);
    // On failure, jest shows every error the document got next to the one expected.
    expect(errors.map((f) => `${f.layer} ${f.code} ${f.path}: ${f.message}`))
      .toContainEqual(expect.stringMatching(new RegExp(`^${escape(`${e.layer} ${e.code} ${e.path}: `)}.*${escape(e.message)}`)));
    expect(errors.some((f) => meets(f, e))).toBe(true);
  });
});

describe('compiled CLI, one object per file', () => {
  let dir = '';
  beforeAll(() => {
    buildLib();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-istio-corpus-'));
  }, 240_000);
  afterAll(() => {
    if (dir !== '') fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The first valid and the first invalid object of every kind. */
  function sample(docs: readonly CorpusDoc[]): CorpusDoc[] {
    const seen = new Set<unknown>();
    return docs.filter((d) => !seen.has(d.object.kind) && seen.add(d.object.kind) !== undefined);
  }

  function runCli(doc: CorpusDoc, name: string): { status: number | null; findings: Finding[] } {
    const file = path.join(dir, `${name}.yaml`);
    fs.writeFileSync(file, doc.text);
    const res = spawnCli(['validate', '--format', 'json', file]);
    return { status: res.status, findings: JSON.parse(res.stdout) as Finding[] };
  }

  it.each(sample(VALID).map((d, i) => [d.title, d, i] as const))('exit 0 for valid %s', (_title, doc, i) => {
    const res = runCli(doc, `valid-${i}`);
    expect(res.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(res.status).toBe(0);
  });

  it.each(sample(INVALID).map((d, i) => [d.title, d, i] as const))('exit 1 for invalid %s', (_title, doc, i) => {
    const res = runCli(doc, `invalid-${i}`);
    expect(res.findings.some((f) => meets(f, expectationOf(doc)!))).toBe(true);
    expect(res.status).toBe(1);
  });
});
