/**
 * The Gateway API and Kubernetes corpora through the compiled CLI (`cdk8s-istio validate --format json`), one run
 * per file: valid objects give no error, and every invalid object gives the finding its comment names (code,
 * layer, field path and part of the message).
 */
import { buildLib, spawnCli } from '../../cli/build-lib';
import { corpusFile, CorpusDoc, loadCorpus } from './corpus';

interface JsonFinding {
  readonly document: number;
  readonly severity: string;
  readonly code: string;
  readonly layer: string;
  readonly path: string;
  readonly message: string;
}

function runCli(file: string): { status: number | null; findings: JsonFinding[] } {
  const res = spawnCli(['validate', '--format', 'json', corpusFile(file)]);
  return { status: res.status, findings: JSON.parse(res.stdout) as JsonFinding[] };
}

const FAMILIES = ['gateway-api', 'kubernetes'];

beforeAll(() => buildLib(), 240_000);

describe.each(FAMILIES)('%s corpus', (family) => {
  const valid = loadCorpus(`${family}-valid.yaml`);
  const invalid = loadCorpus(`${family}-invalid.yaml`);

  test('has cases and says for every invalid object what it must produce', () => {
    expect(valid.length).toBeGreaterThanOrEqual(10);
    expect(invalid.length).toBeGreaterThanOrEqual(20);
    expect(invalid.filter((d) => d.expect === undefined).map((d) => d.title)).toEqual([]);
  });

  test('valid objects: exit 0, no errors', () => {
    const res = runCli(`${family}-valid.yaml`);
    expect(res.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(res.status).toBe(0);
  });

  describe('invalid objects', () => {
    let findings: JsonFinding[] = [];
    beforeAll(() => {
      const res = runCli(`${family}-invalid.yaml`);
      expect(res.status).toBe(1);
      findings = res.findings;
    });

    test.each(invalid.map((d) => [d.title, d] as const))('%s', (_title, doc: CorpusDoc) => {
      const e = doc.expect!;
      const own = findings.filter((f) => f.document === doc.document);
      expect(own.map((f) => ({ severity: f.severity, code: f.code, layer: f.layer, path: f.path, message: f.message }))).toEqual(
        expect.arrayContaining([expect.objectContaining({ severity: e.severity, code: e.code, layer: e.layer, path: e.path, message: expect.stringContaining(e.message) })]),
      );
      if (e.severity === 'warning') expect(own.filter((f) => f.severity === 'error')).toEqual([]);
    });
  });
});
