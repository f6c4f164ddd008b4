/**
 * Every value rule of the Kubernetes schema through the CLI: one generated document per enum and format leaf of
 * each kind (about 1,400), each with a value that breaks the rule, validated in one `cdk8s-istio validate` run;
 * each document must get the finding on its leaf's path with the allowed values or range.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildLib, spawnCli } from '../../cli/build-lib';
import { breaking, KINDS, objectWith, pathOf } from './schema-leaves';

interface JsonFinding {
  readonly document: number;
  readonly code: string;
  readonly path: string;
  readonly message: string;
}

const CASES = KINDS.flatMap(([kind, apiVersion, leaves]) => leaves.map((leaf) => {
  const at = pathOf(leaf.steps);
  const { value, message } = breaking(leaf, at);
  return { kind, path: at, message, object: objectWith(apiVersion, kind, leaf.steps, value) };
}));

beforeAll(() => buildLib(), 240_000);

test('every enum, int32/int64, quantity and base64 leaf of the 13 kinds is refused by the CLI on its path', () => {
  expect(CASES.length).toBeGreaterThan(1000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'k8s-schema-'));
  const file = path.join(dir, 'leaves.yaml');
  try {
    fs.writeFileSync(file, CASES.map((c) => JSON.stringify(c.object)).join('\n---\n'));
    const res = spawnCli(['validate', '--format', 'json', file]);
    expect(res.status).toBe(1);
    const findings = JSON.parse(res.stdout) as JsonFinding[];
    const byDoc = new Map<number, JsonFinding[]>();
    for (const f of findings) byDoc.set(f.document, [...(byDoc.get(f.document) ?? []), f]);
    const missing = CASES.filter((c, i) => !(byDoc.get(i + 1) ?? []).some((f) => f.code === 'CKI0002' && f.path === c.path && f.message === c.message))
      .map((c) => `${c.kind} ${c.path}: ${c.message}`);
    expect(missing).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
