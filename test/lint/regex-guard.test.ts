/**
 * No backtracking regular expression sees an input-controlled string (issue 13): every JavaScript regex in src/ is
 * either in the allowlist (regex-allowlist.ts: constants only, each with its reason) or replaced by plain string code
 * or an RE2 pattern (`re2Pattern`). The sources are parsed with the TypeScript compiler API, so a regex in a comment
 * or a string is not counted, and a `new RegExp(...)`, `RegExp(...)` or a string given to `match`/`matchAll`/`search`
 * (which builds a RegExp from it) is.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RE2JS } from 're2js';
import * as ts from 'typescript';
import { ALLOWED_REGEXES } from './regex-allowlist';

const ROOT = path.join(__dirname, '..', '..');

interface Found {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

const STRING_TO_REGEXP_METHODS = new Set(['match', 'matchAll', 'search']);

function isStringy(node: ts.Node): boolean {
  return ts.isStringLiteralLike(node) || ts.isTemplateExpression(node);
}

/** The JavaScript regexes of one source text, and the string arguments given to `re2Pattern`. */
export function scan(file: string, text: string): { regexes: Found[]; re2Sources: Found[] } {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const regexes: Found[] = [];
  const re2Sources: Found[] = [];
  const at = (node: ts.Node, shown: string): Found => ({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: shown });
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      regexes.push(at(node, node.getText(sf)));
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      regexes.push(at(node, node.getText(sf)));
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) &&
      STRING_TO_REGEXP_METHODS.has(node.expression.name.text) && node.arguments.length > 0 && isStringy(node.arguments[0])) {
      regexes.push(at(node, node.getText(sf)));
    } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 're2Pattern') {
      const arg = node.arguments[0];
      re2Sources.push(at(node, arg !== undefined && ts.isStringLiteral(arg) ? arg.text : `<not a string literal: ${node.getText(sf)}>`));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { regexes, re2Sources };
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

const scanned = sourceFiles(path.join(ROOT, 'src')).map((p) => scan(path.relative(ROOT, p).split(path.sep).join('/'), fs.readFileSync(p, 'utf8')));
const allRegexes = scanned.flatMap((s) => s.regexes);
const isAllowed = (f: Found) => ALLOWED_REGEXES.some((a) => a.file === f.file && a.regex === f.text);

test('every JavaScript regex in src/ is allowlisted (constants only); the others are string code or RE2', () => {
  const offenders = allRegexes.filter((f) => !isAllowed(f)).map((f) => `${f.file}:${f.line}  ${f.text}`);
  expect(offenders).toEqual([]);
});

test('every allowlist entry still names a regex in src/, and gives a reason', () => {
  const stale = ALLOWED_REGEXES.filter((a) => !allRegexes.some((f) => f.file === a.file && f.text === a.regex));
  expect(stale).toEqual([]);
  for (const a of ALLOWED_REGEXES) expect(a.reason.length).toBeGreaterThan(20);
});

test('every re2Pattern in src/ is a string literal that compiles as RE2', () => {
  const patterns = scanned.flatMap((s) => s.re2Sources);
  expect(patterns.length).toBeGreaterThan(0);
  const bad = patterns.flatMap((p) => {
    try {
      RE2JS.compile(p.text);
      return [];
    } catch (e) {
      return [`${p.file}:${p.line}  ${p.text}: ${(e as Error).message}`];
    }
  });
  expect(bad).toEqual([]);
});

test('the scanner finds each kind of regex, names file:line, and skips comments and strings', () => {
  const source = [
    '// a /comment/ and a string "/x+/" are not regexes',
    'const a = /a+$/;',
    'const b = new RegExp(input);',
    "const c = text.match('x+');",
    'const d = text.search(`${p}`);',
    'const e = RegExp("y");',
    "const f = re2Pattern('^a+$');",
    'const g = text.match(a);',
  ].join('\n');
  const { regexes, re2Sources } = scan('src/example.ts', source);
  expect(regexes.map((f) => `${f.file}:${f.line}  ${f.text}`)).toEqual([
    'src/example.ts:2  /a+$/',
    'src/example.ts:3  new RegExp(input)',
    "src/example.ts:4  text.match('x+')",
    'src/example.ts:5  text.search(`${p}`)',
    'src/example.ts:6  RegExp("y")',
  ]);
  expect(re2Sources.map((f) => f.text)).toEqual(['^a+$']);
});
