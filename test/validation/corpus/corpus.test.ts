/**
 * The corpus: real-looking Istio objects (Istio's samples, istio.io tasks and reference pages, and the cases of
 * istiod's and the CRDs' own validation tests) that a 1.30 cluster accepts (valid/) or rejects (invalid/). Every
 * document is checked on its own through the library, and a selection through the compiled CLI, one file per
 * object as an outside corpus would be run.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { formatFinding, isError, validateObject } from '../../../src/validation';
import { buildLib, CLI_JS } from '../../cli/build-lib';

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

  it('says for every invalid object why it is invalid', () => {
    expect(INVALID.filter((d) => !/^# Invalid\b/.test(d.comment)).map((d) => d.title)).toEqual([]);
  });
});

describe('valid corpus: accepted without errors', () => {
  it.each(VALID.map((d) => [d.title, d] as const))('%s', (_title, doc) => {
    expect(errorsOf(doc.object)).toEqual([]);
  });
});

describe('invalid corpus: rejected with at least one error', () => {
  it.each(INVALID.map((d) => [d.title, d] as const))('%s', (_title, doc) => {
    expect(errorsOf(doc.object).length).toBeGreaterThan(0);
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

  function runCli(doc: CorpusDoc, name: string): { status: number | null; findings: Array<{ severity: string }> } {
    const file = path.join(dir, `${name}.yaml`);
    fs.writeFileSync(file, doc.text);
    const res = spawnSync(process.execPath, [CLI_JS, 'validate', '--format', 'json', file], { encoding: 'utf8' });
    return { status: res.status, findings: JSON.parse(res.stdout) as Array<{ severity: string }> };
  }

  it.each(sample(VALID).map((d, i) => [d.title, d, i] as const))('exit 0 for valid %s', (_title, doc, i) => {
    const res = runCli(doc, `valid-${i}`);
    expect(res.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(res.status).toBe(0);
  });

  it.each(sample(INVALID).map((d, i) => [d.title, d, i] as const))('exit 1 for invalid %s', (_title, doc, i) => {
    const res = runCli(doc, `invalid-${i}`);
    expect(res.findings.some((f) => f.severity === 'error')).toBe(true);
    expect(res.status).toBe(1);
  });
});
