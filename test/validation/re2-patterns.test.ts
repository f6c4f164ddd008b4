/**
 * Patterns that come with CRD schemas (`pattern:`) and CEL rules (`matches()`) run under RE2 semantics: one that RE2
 * refuses (a back-reference, a look-ahead) is reported as a finding on the value, never thrown out of the validator,
 * and the shared `re2Pattern` helper that src/ uses for fixed patterns behaves like RegExp where they agree.
 */
import { Finding, Layer } from '../../src/validation/finding';
import { FindingCollector } from '../../src/validation/finding-collector';
import { compileSchema } from '../../src/validation/schema/compile';
import { RuleCompiler } from '../../src/validation/schema/rules';
import { SchemaRun } from '../../src/validation/schema/run';
import { JsonSchema } from '../../src/validation/schema/schema-types';
import { re2Pattern } from '../../src/validation/util/re2';

function validate(schema: JsonSchema, value: unknown): Finding[] {
  const validator = compileSchema(schema, new RuleCompiler());
  const out = new FindingCollector({ apiVersion: 'example.com/v1', kind: 'Widget', name: 'w' }, Layer.SCHEMA);
  validator(value, '', new SchemaRun(out));
  return out.findings;
}

test('a schema pattern with a back-reference or a look-ahead is reported on the value, not thrown', () => {
  const schema: JsonSchema = {
    type: 'object',
    properties: { spec: { type: 'object', properties: { a: { type: 'string', pattern: '^(a)\\1$' }, b: { type: 'string', pattern: '^(?=x)x$' } } } },
  };
  const messages = validate(schema, { spec: { a: 'aa', b: 'x' } }).map((f) => `${f.path}: ${f.message}`);
  expect(messages).toEqual([
    "spec.a: spec.a: the schema's pattern '^(a)\\1$' is not valid RE2 (error parsing regexp: invalid escape sequence: `\\1`), so no value can match it",
    "spec.b: spec.b: the schema's pattern '^(?=x)x$' is not valid RE2 (error parsing regexp: invalid or unsupported Perl syntax: `(?=`), so no value can match it",
  ]);
});

test('a schema pattern runs as RE2: a value is judged by RE2 syntax, in linear time on a hostile value', () => {
  const schema: JsonSchema = { type: 'object', properties: { spec: { type: 'object', properties: { a: { type: 'string', pattern: '^(a+)+$' } } } } };
  expect(validate(schema, { spec: { a: 'aaaa' } })).toEqual([]);
  const started = Date.now();
  const findings = validate(schema, { spec: { a: `${'a'.repeat(50_000)}!` } });
  expect(findings.map((f) => f.path)).toEqual(['spec.a']);
  expect(Date.now() - started).toBeLessThan(5000); // a backtracking engine takes longer than the universe's age here
});

test('a CEL rule whose matches() pattern is not RE2 gives a finding naming the rule', () => {
  const schema: JsonSchema = {
    type: 'object',
    properties: { spec: { type: 'object', 'x-kubernetes-validations': [{ rule: "self.name.matches('^(?!admin).*$')" }], properties: { name: { type: 'string' } } } },
  };
  const messages = validate(schema, { spec: { name: 'root' } }).map((f) => f.message);
  expect(messages).toEqual([
    expect.stringContaining("invalid regular expression (RE2): ^(?!admin).*$ evaluating rule: self.name.matches('^(?!admin).*$')"),
  ]);
});

test('re2Pattern: test and exec like RegExp, groups that took no part are undefined, compiled on first use', () => {
  const hostPort = re2Pattern('^(?:\\[([^\\]]*)\\]|([^:\\[\\]]*)):([0-9]*)$');
  expect(hostPort.exec('[::1]:80')).toEqual(['[::1]:80', '::1', undefined, '80']);
  expect(hostPort.exec('127.0.0.1:8080')).toEqual(['127.0.0.1:8080', undefined, '127.0.0.1', '8080']);
  expect(hostPort.exec('a:b:c')).toBeUndefined();
  expect(re2Pattern('(?i)^abc$').test('ABC')).toBe(true);
  expect(re2Pattern('b+').test('abbc')).toBe(true);
  const broken = re2Pattern('(a)\\1'); // declared without harm; refused when first used
  expect(() => broken.test('aa')).toThrow('internal: not a valid RE2 pattern: (a)\\1');
});
