import { Layer, Severity } from '../../../src/validation/finding';
import { FindingCollector } from '../../../src/validation/finding-collector';
import { compileSchema } from '../../../src/validation/schema/compile';
import { RuleCompiler } from '../../../src/validation/schema/rules';
import { SchemaRun } from '../../../src/validation/schema/run';
import { JsonSchema } from '../../../src/validation/schema/schema-types';

/** Validates `{spec: value}` against `{properties: {spec: schema}}` and returns "path: message" lines. */
function check(schema: JsonSchema, value: unknown): string[] {
  const rules = new RuleCompiler();
  const validator = compileSchema({ type: 'object', properties: { spec: schema } }, rules);
  expect(rules.failures).toEqual([]);
  const out = new FindingCollector({ apiVersion: 'test/v1', kind: 'Test', name: 't' }, Layer.SCHEMA);
  validator({ spec: value }, '', new SchemaRun(out));
  for (const f of out.findings) {
    expect(f.severity).toBe(Severity.ERROR);
    expect(f.code).toBe('IST0106');
    expect(f.layer).toBe(Layer.SCHEMA);
  }
  return out.findings.map((f) => `${f.path}: ${f.message}`);
}

describe('type', () => {
  test.each([
    ['string', 'x'], ['integer', 3], ['integer', 3.0], ['number', 1.5], ['number', 2], ['boolean', false],
    ['array', []], ['object', {}],
  ])('%s accepts %j', (type, value) => {
    expect(check({ type }, value)).toEqual([]);
  });

  test('an integer field rejects 1.5 and names the JSON type found', () => {
    expect(check({ type: 'integer' }, 1.5)).toEqual(['spec: Invalid value: "number": spec in body must be of type integer: "number"']);
  });

  test('a string field rejects a number, an integer field a numeric string', () => {
    expect(check({ type: 'object', properties: { host: { type: 'string' } } }, { host: 80 })).toEqual([
      'spec.host: Invalid value: "integer": spec.host in body must be of type string: "integer"',
    ]);
    expect(check({ type: 'object', properties: { port: { type: 'integer' } } }, { port: '80' })).toEqual([
      'spec.port: Invalid value: "string": spec.port in body must be of type integer: "string"',
    ]);
  });

  test('objects and arrays are not interchangeable', () => {
    expect(check({ type: 'array', items: { type: 'string' } }, { a: 1 })).toEqual([
      'spec: Invalid value: "object": spec in body must be of type array: "object"',
    ]);
    expect(check({ type: 'object' }, ['a'])).toEqual(['spec: Invalid value: "array": spec in body must be of type object: "array"']);
  });

  test('null: allowed when nullable, pruned (= absent) for a non-nullable property, an error as a list item', () => {
    const schema: JsonSchema = {
      type: 'object',
      required: ['host'],
      properties: { host: { type: 'string' }, priority: { type: 'integer', nullable: true }, tags: { type: 'array', items: { type: 'string' } } },
    };
    expect(check(schema, { host: 'a', priority: null })).toEqual([]);
    expect(check(schema, { host: null })).toEqual(['spec.host: Required value']);
    expect(check(schema, { host: 'a', tags: ['x', null] })).toEqual([
      'spec.tags[1]: Invalid value: "null": spec.tags[1] in body must be of type string: "null"',
    ]);
  });

  test('x-kubernetes-int-or-string accepts integers and strings only', () => {
    const schema: JsonSchema = { 'x-kubernetes-int-or-string': true, anyOf: [{ type: 'integer' }, { type: 'string' }] };
    expect(check(schema, 8080)).toEqual([]);
    expect(check(schema, 'http')).toEqual([]);
    expect(check(schema, true)).toEqual(['spec: Invalid value: "boolean": spec in body must be of type integer or string: "boolean"']);
    expect(check(schema, 1.5)).toEqual(['spec: Invalid value: "number": spec in body must be of type integer or string: "number"']);
  });
});

describe('enum, required, unknown fields', () => {
  test('enum lists the supported values', () => {
    expect(check({ type: 'string', enum: ['UNSET', 'STRICT'] }, 'BLAH')).toEqual([
      'spec: Unsupported value: "BLAH": supported values: "UNSET", "STRICT"',
    ]);
    expect(check({ type: 'string', enum: ['UNSET', 'STRICT'] }, 'STRICT')).toEqual([]);
  });

  test('required properties', () => {
    expect(check({ type: 'object', required: ['host'], properties: { host: { type: 'string' } } }, {})).toEqual(['spec.host: Required value']);
  });

  test('unknown fields are errors, except under x-kubernetes-preserve-unknown-fields or a map', () => {
    expect(check({ type: 'object', properties: { a: { type: 'string' } } }, { a: 'x', foo: 1 })).toEqual(['spec.foo: unknown field "spec.foo"']);
    expect(check({ type: 'object', properties: { value: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } } },
      { value: { anything: { goes: [1, 'two', null] } } })).toEqual([]);
    expect(check({ type: 'object', additionalProperties: { type: 'string' } }, { a: 'x', b: 'y' })).toEqual([]);
  });

  test('an empty map and an empty object are valid', () => {
    expect(check({ type: 'object', properties: { matchLabels: { type: 'object', additionalProperties: { type: 'string' } } } }, { matchLabels: {} })).toEqual([]);
    expect(check({ type: 'object', properties: { a: { type: 'string' } } }, {})).toEqual([]);
  });

  test('map values are validated with the key in the path', () => {
    expect(check({ type: 'object', additionalProperties: { type: 'string', maxLength: 3 } }, { app: 'toolong' })).toEqual([
      'spec[app]: Too long: may not be longer than 3',
    ]);
  });
});

describe('numbers', () => {
  const port: JsonSchema = { type: 'integer', minimum: 1, maximum: 65535 };
  test.each([[0, 'spec: Invalid value: 0: spec in body should be greater than or equal to 1'],
    [65536, 'spec: Invalid value: 65536: spec in body should be less than or equal to 65535']])('%d', (value, message) => {
    expect(check(port, value)).toEqual([message]);
  });

  test('bounds are inclusive unless exclusive', () => {
    expect(check(port, 1)).toEqual([]);
    expect(check(port, 65535)).toEqual([]);
    expect(check({ type: 'number', minimum: 0, exclusiveMinimum: true }, 0)).toEqual(['spec: Invalid value: 0: spec in body should be greater than 0']);
    expect(check({ type: 'number', maximum: 100, exclusiveMaximum: true }, 100)).toEqual(['spec: Invalid value: 100: spec in body should be less than 100']);
  });
});

describe('strings', () => {
  test('minLength and maxLength count characters, not UTF-16 units', () => {
    expect(check({ type: 'string', minLength: 1 }, '')).toEqual(['spec: Invalid value: "": spec in body should be at least 1 chars long']);
    expect(check({ type: 'string', maxLength: 2 }, '😀😀')).toEqual([]);
    expect(check({ type: 'string', minLength: 2 }, '😀😀')).toEqual([]);
    expect(check({ type: 'string', maxLength: 2 }, 'abc')).toEqual(['spec: Too long: may not be longer than 2']);
  });

  test('pattern is an unanchored RE2 search', () => {
    const schema: JsonSchema = { type: 'string', pattern: '^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$' };
    expect(check(schema, 'Service')).toEqual([]);
    expect(check(schema, '9lives')).toEqual(["spec: Invalid value: \"9lives\": spec in body should match '^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$'"]);
    expect(check({ type: 'string', pattern: 'b' }, 'abc')).toEqual([]);
  });

  test('format byte (base64) and date-time', () => {
    expect(check({ type: 'string', format: 'byte' }, 'aGVsbG8=')).toEqual([]);
    expect(check({ type: 'string', format: 'byte' }, 'not base64!')).toEqual(['spec: Invalid value: "not base64!": spec in body must be of type byte: "not base64!"']);
    expect(check({ type: 'string', format: 'date-time' }, '2024-05-01T10:00:00Z')).toEqual([]);
    expect(check({ type: 'string', format: 'date-time' }, '2024-05-01T10:00:00.123+02:00')).toEqual([]);
    expect(check({ type: 'string', format: 'date-time' }, 'yesterday')).toEqual(['spec: Invalid value: "yesterday": spec in body must be of type date-time: "yesterday"']);
  });

  test('numeric formats are not range-checked beyond the schema\'s own bounds', () => {
    expect(check({ type: 'integer', format: 'int32' }, 4294967296)).toEqual([]);
  });
});

describe('arrays and maps: counts and list types', () => {
  test('minItems / maxItems', () => {
    expect(check({ type: 'array', minItems: 1, items: { type: 'string' } }, [])).toEqual(['spec: Invalid value: "array": spec in body should have at least 1 items']);
    expect(check({ type: 'array', maxItems: 4, items: { type: 'integer' } }, [1, 2, 3, 4, 5])).toEqual(['spec: Too many: 5: must have at most 4 items']);
  });

  test('minProperties / maxProperties', () => {
    const schema: JsonSchema = { type: 'object', minProperties: 1, maxProperties: 2, additionalProperties: { type: 'string' } };
    expect(check(schema, {})).toEqual(['spec: Invalid value: "object": spec in body should have at least 1 properties']);
    expect(check(schema, { a: 'a', b: 'b', c: 'c' })).toEqual(['spec: Too many: 3: must have at most 2 items']);
  });

  test('x-kubernetes-list-type set rejects duplicates', () => {
    const schema: JsonSchema = { type: 'array', 'x-kubernetes-list-type': 'set', items: { type: 'string' } };
    expect(check(schema, ['a', 'b'])).toEqual([]);
    expect(check(schema, ['a', 'b', 'a'])).toEqual(['spec[2]: Duplicate value: "a"']);
  });

  test('x-kubernetes-list-type map rejects items with the same key fields', () => {
    const schema: JsonSchema = {
      type: 'array', 'x-kubernetes-list-type': 'map', 'x-kubernetes-list-map-keys': ['number'],
      items: { type: 'object', required: ['number'], properties: { number: { type: 'integer' }, name: { type: 'string' } } },
    };
    expect(check(schema, [{ number: 80, name: 'a' }, { number: 81, name: 'a' }])).toEqual([]);
    expect(check(schema, [{ number: 80, name: 'a' }, { number: 80, name: 'b' }])).toEqual(['spec[1]: Duplicate value: {"number":80}']);
  });
});

describe('oneOf / anyOf / allOf / not (value validation only)', () => {
  const stringMatch: JsonSchema = {
    type: 'object',
    properties: { exact: { type: 'string' }, prefix: { type: 'string' }, regex: { type: 'string' } },
    oneOf: [
      { not: { anyOf: [{ required: ['exact'] }, { required: ['prefix'] }, { required: ['regex'] }] } },
      { required: ['exact'] }, { required: ['prefix'] }, { required: ['regex'] },
    ],
  };

  test('Istio\'s "at most one of" oneOf', () => {
    expect(check(stringMatch, {})).toEqual([]);
    expect(check(stringMatch, { prefix: '/api' })).toEqual([]);
    expect(check(stringMatch, { exact: 'a', prefix: 'b' })).toEqual([
      'spec: Invalid value: "object": spec in body must validate one and only one schema (oneOf). Found 2 valid alternatives',
    ]);
  });

  test('a null alternative is pruned before the oneOf is evaluated', () => {
    expect(check(stringMatch, { exact: null, prefix: 'b' })).toEqual([]);
  });

  test('oneOf with no valid alternative', () => {
    expect(check({ type: 'object', properties: { a: { type: 'string' } }, oneOf: [{ required: ['a'] }] }, {})).toEqual([
      'spec: Invalid value: "object": spec in body must validate one and only one schema (oneOf). Found none valid',
    ]);
  });

  test('anyOf and not', () => {
    const any: JsonSchema = { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } }, anyOf: [{ required: ['a'] }, { required: ['b'] }] };
    expect(check(any, { b: 'x' })).toEqual([]);
    expect(check(any, {})).toEqual(['spec: Invalid value: "object": spec in body must validate at least one schema (anyOf)']);
    const not: JsonSchema = { type: 'object', properties: { a: { type: 'string' } }, not: { required: ['a'] } };
    expect(check(not, {})).toEqual([]);
    expect(check(not, { a: 'x' })).toEqual(['spec: Invalid value: "object": spec in body must not validate the schema (not)']);
  });

  test('allOf reports the failing member', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: { a: { type: 'string' }, b: { type: 'string' }, c: { type: 'string' } },
      allOf: [{ oneOf: [{ not: { anyOf: [{ required: ['a'] }, { required: ['b'] }] } }, { required: ['a'] }, { required: ['b'] }] }],
    };
    expect(check(schema, { a: 'x', c: 'y' })).toEqual([]);
    expect(check(schema, { a: 'x', b: 'y' })).toEqual([
      'spec: Invalid value: "object": spec in body must validate one and only one schema (oneOf). Found 2 valid alternatives',
    ]);
  });
});

describe('x-kubernetes-validations', () => {
  test('a false rule reports its message at the node, typed like the API server', () => {
    const schema: JsonSchema = { type: 'string', 'x-kubernetes-validations': [{ rule: "duration(self) >= duration('1ms')", message: 'must be a valid duration greater than 1ms' }] };
    expect(check(schema, '100us')).toEqual(['spec: Invalid value: "string": must be a valid duration greater than 1ms']);
    expect(check(schema, '10s')).toEqual([]);
  });

  test('a rule without message reports the rule', () => {
    expect(check({ type: 'integer', 'x-kubernetes-validations': [{ rule: 'self > 1' }] }, 1)).toEqual(['spec: Invalid value: "integer": failed rule: self > 1']);
  });

  test('a runtime error is reported with the rule\'s message', () => {
    const schema: JsonSchema = { type: 'string', 'x-kubernetes-validations': [{ rule: "duration(self) >= duration('1ms')", message: 'must be a valid duration greater than 1ms' }] };
    expect(check(schema, '1')).toEqual([
      'spec: Invalid value: "string": type conversion error from \'string\' to \'google.protobuf.Duration\': time: invalid duration "1" evaluating rule: must be a valid duration greater than 1ms',
    ]);
  });

  test('messageExpression, fieldPath and reason', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: { replicas: { type: 'integer' }, name: { type: 'string' } },
      'x-kubernetes-validations': [
        { rule: 'self.replicas <= 3', messageExpression: '"replicas " + string(self.replicas) + " is more than 3"', fieldPath: '.replicas' },
        { rule: 'has(self.name)', message: 'name is required', reason: 'FieldValueRequired', fieldPath: '.name' },
        { rule: 'self.replicas != 5', message: 'five is forbidden', reason: 'FieldValueForbidden' },
      ],
    };
    expect(check(schema, { replicas: 5 })).toEqual([
      'spec.replicas: Invalid value: "object": replicas 5 is more than 3',
      'spec.name: Required value: name is required',
      'spec: Forbidden: five is forbidden',
    ]);
  });

  test('integers reach CEL as int and maps as maps', () => {
    const schema: JsonSchema = {
      type: 'object',
      additionalProperties: { type: 'integer', 'x-kubernetes-validations': [{ rule: '0 < self && self <= 65535', message: 'port must be between 1-65535' }] },
      'x-kubernetes-validations': [{ rule: 'self.all(k, k.size() < 5)', message: 'short keys' }],
    };
    expect(check(schema, { http: 80 })).toEqual([]);
    expect(check(schema, { https: 0 })).toEqual(['spec[https]: Invalid value: "integer": port must be between 1-65535', 'spec: Invalid value: "object": short keys']);
  });

  test('rules are skipped where the node\'s subtree has a type error (the API server would not run them)', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: { port: { type: 'integer' } },
      'x-kubernetes-validations': [{ rule: 'self.port > 0', message: 'positive' }],
    };
    expect(check(schema, { port: 'x' })).toEqual(['spec.port: Invalid value: "string": spec.port in body must be of type integer: "string"']);
  });

  test('transition rules (oldSelf) are skipped: there is no old object', () => {
    expect(check({ type: 'string', 'x-kubernetes-validations': [{ rule: 'self == oldSelf', message: 'immutable' }] }, 'a')).toEqual([]);
  });
});
