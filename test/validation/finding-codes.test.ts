/**
 * The one registry of finding codes (src/validation/finding-codes.ts): every code is declared there once, no other
 * source file writes a code as text, every code mentioned in src/ or the docs is registered, and docs/codes.md lists
 * each registered code exactly once (generated from the registry: `UPDATE_CODES_DOC=1 npx jest test/validation/finding-codes`).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import { Severity } from '../../src/validation/finding';
import * as registry from '../../src/validation/finding-codes';
import { CodeArea, FINDING_CODES, FindingCode } from '../../src/validation/finding-codes';
import { REPO_ROOT, typeScriptFiles } from '../support/source-files';

const CODE_PATTERN = /\b(?:IST\d{4}|CDK8SISTIO-\d{3}|CKI\d{4})\b/g;
const REGISTRY_FILE = path.join(REPO_ROOT, 'src', 'validation', 'finding-codes.ts');
const CODES_DOC = path.join(REPO_ROOT, 'docs', 'codes.md');

/** Istio analyzer codes that comments or docs may name although this project does not report them. */
const ISTIO_CODES_NOT_REPORTED: ReadonlyMap<string, string> = new Map([
  ['IST0165', 'analysis/gateway-references.ts names it to say why istiod\'s internal gateway copies are skipped'],
]);

const registered = new Set(FINDING_CODES.map((c) => c.code));
const relative = (file: string) => path.relative(REPO_ROOT, file);

function mentions(text: string): string[] {
  return text.match(CODE_PATTERN) ?? [];
}

/** The codes written inside string and template literals of a TypeScript file (what a producer would report). */
function literalMentions(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) found.push(...mentions(node.text));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const SEVERITY_ORDER = [Severity.ERROR, Severity.WARNING, Severity.INFO];

test('every code, and every name, is registered once, in one of the three families', () => {
  const codes = FINDING_CODES.map((c) => c.code);
  const names = FINDING_CODES.map((c) => c.name);
  expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
  expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  for (const c of FINDING_CODES) {
    expect(c.code).toMatch(/^(IST\d{4}|CDK8SISTIO-\d{3}|CKI\d{4})$/);
    expect(c.name).toMatch(/^[A-Z][A-Za-z0-9]+$/);
    expect(Object.values(CodeArea)).toContain(c.area);
    // The other levels are the lower ones a producer falls back to, never the registered level again.
    for (const other of c.otherSeverities) expect(SEVERITY_ORDER.indexOf(other)).toBeGreaterThan(SEVERITY_ORDER.indexOf(c.severity));
  }
});

test('the registry holds every code exported from it, and every one has a producer in src/', () => {
  const exported = Object.entries(registry).filter((e): e is [string, FindingCode] => FINDING_CODES.includes(e[1] as FindingCode));
  expect(exported.map(([, c]) => c.code).sort()).toEqual([...registered].sort());
  const others = typeScriptFiles(path.join(REPO_ROOT, 'src')).filter((f) => f !== REGISTRY_FILE)
    .map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  const unused = exported.filter(([name]) => !new RegExp(`\\b${name}\\b`).test(others)).map(([name, c]) => `${c.code} ${name}`);
  expect(unused).toEqual([]);
});

test('no source file but the registry writes a code as text, and every code a comment names is registered', () => {
  const literalOutsideRegistry: string[] = [];
  const unregistered: string[] = [];
  for (const file of typeScriptFiles(path.join(REPO_ROOT, 'src'))) {
    if (file !== REGISTRY_FILE) literalOutsideRegistry.push(...literalMentions(file).map((c) => `${relative(file)}: ${c}`));
    const text = fs.readFileSync(file, 'utf8');
    unregistered.push(...mentions(text).filter((c) => !registered.has(c) && !ISTIO_CODES_NOT_REPORTED.has(c))
      .map((c) => `${relative(file)}: ${c}`));
  }
  expect(literalOutsideRegistry).toEqual([]);
  expect(unregistered).toEqual([]);
});

test('the scan would see a code written as text (string, template, or a comment naming an unknown code)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codes-'));
  const file = path.join(dir, 'producer.ts');
  fs.writeFileSync(file, "// reports CDK8SISTIO-999\nconst a = 'IST0101';\nconst b = `x ${a} (CKI0002)`;\n");
  try {
    expect(literalMentions(file)).toEqual(['IST0101', 'CKI0002']);
    expect(mentions(fs.readFileSync(file, 'utf8')).filter((c) => !registered.has(c))).toEqual(['CDK8SISTIO-999']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a producer that states the level (collector.error/warning/info) uses one its code is registered with', () => {
  const byName = new Map(Object.entries(registry).filter((e): e is [string, FindingCode] => FINDING_CODES.includes(e[1] as FindingCode)));
  const wrong: string[] = [];
  let seen = 0;
  for (const file of typeScriptFiles(path.join(REPO_ROOT, 'src'))) {
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/\.(error|warning|info)\(\s*([A-Z][A-Z0-9_]+)\s*,/g)) {
      const entry = byName.get(m[2]);
      if (entry === undefined) continue;
      seen++;
      if (![entry.severity, ...entry.otherSeverities].includes(m[1] as Severity)) wrong.push(`${relative(file)}: ${m[1]} ${entry.code}`);
    }
  }
  expect(seen).toBeGreaterThanOrEqual(5);
  expect(wrong).toEqual([]);
});

test('every code README.md and docs/ name is registered', () => {
  const docs = [path.join(REPO_ROOT, 'README.md'), ...fs.readdirSync(path.join(REPO_ROOT, 'docs'))
    .filter((f) => f.endsWith('.md')).map((f) => path.join(REPO_ROOT, 'docs', f))];
  const unregistered = docs.flatMap((file) => mentions(fs.readFileSync(file, 'utf8'))
    .filter((c) => !registered.has(c) && !ISTIO_CODES_NOT_REPORTED.has(c)).map((c) => `${relative(file)}: ${c}`));
  expect(unregistered).toEqual([]);
});

test('docs/analysis.md has a row for exactly the analysis codes', () => {
  const text = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'analysis.md'), 'utf8');
  const rows = new Set([...text.matchAll(/^\| ((?:IST\d{4}|CDK8SISTIO-\d{3})) \|/gm)].map((m) => m[1]));
  expect([...rows].sort()).toEqual(FINDING_CODES.filter((c) => c.area === CodeArea.ANALYSIS).map((c) => c.code).sort());
});

// docs/codes.md: the generated table.
const BEGIN = '<!-- generated from src/validation/finding-codes.ts: do not edit by hand -->';
const END = '<!-- end of generated table -->';

const AREA_TEXT: Record<CodeArea, string> = {
  [CodeArea.ISTIO_OBJECT]: 'Istio objects, one by one: CRD schema + CEL, istiod\'s webhook ([validation.md](validation.md))',
  [CodeArea.ANALYSIS]: 'mesh analysis, across objects ([analysis.md](analysis.md))',
  [CodeArea.CRD]: 'Gateway API, Flagger and Argo Rollouts objects: CRD schema + CEL',
  [CodeArea.KUBERNETES]: 'Kubernetes core objects: the API server\'s own rules',
  [CodeArea.GATEWAY_API]: 'Gateway API objects istiod refuses (error) or ignores (warning)',
  [CodeArea.ISTIO_VERSION]: 'the target Istio release (context `istioVersion`, `--istio-version`)',
};

const FAMILY_ORDER = ['IST', 'CDK8SISTIO', 'CKI'];
const family = (code: string) => FAMILY_ORDER.findIndex((f) => code.startsWith(f));

function codesTable(): string {
  const rows = [...FINDING_CODES]
    .sort((a, b) => family(a.code) - family(b.code) || a.code.localeCompare(b.code))
    .map((c) => `| ${c.code} | ${c.name} | ${[c.severity, ...c.otherSeverities].join(' / ')} | ${AREA_TEXT[c.area]} |`);
  return [BEGIN, '| code | name | level | reported by |', '|---|---|---|---|', ...rows, END].join('\n');
}

test('docs/codes.md lists every registered code exactly once (generated from the registry)', () => {
  let doc = fs.readFileSync(CODES_DOC, 'utf8');
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  const expected = `${doc.slice(0, start)}${codesTable()}${doc.slice(end + END.length)}`;
  if (process.env.UPDATE_CODES_DOC === '1' && expected !== doc) {
    fs.writeFileSync(CODES_DOC, expected);
    doc = expected;
  }
  expect(doc).toBe(expected);
  const listed = mentions(doc.slice(doc.indexOf(BEGIN), doc.indexOf(END)));
  expect(listed.sort()).toEqual([...registered].sort());
});
