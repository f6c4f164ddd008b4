import { compileCel } from '../../../src/validation/cel';
import { loadBundle } from '../../../src/validation/schema/registry';
import { JsonSchema } from '../../../src/validation/schema/schema-types';
import { re2Error } from '../../../src/validation/util/re2';

function rulesOf(schema: JsonSchema, path: string, out: { path: string; rule: string }[]): void {
  for (const r of schema['x-kubernetes-validations'] ?? []) {
    out.push({ path, rule: r.rule });
    if (r.messageExpression) out.push({ path, rule: r.messageExpression });
  }
  for (const [k, v] of Object.entries(schema.properties ?? {})) rulesOf(v, `${path}.${k}`, out);
  if (schema.items) rulesOf(schema.items, `${path}[]`, out);
  if (typeof schema.additionalProperties === 'object') rulesOf(schema.additionalProperties, `${path}{}`, out);
}

describe('every CEL rule of the CRD bundle', () => {
  const bundle = loadBundle();
  const all: { where: string; rule: string }[] = [];
  for (const k of bundle.kinds) {
    for (const v of k.versions) {
      const found: { path: string; rule: string }[] = [];
      rulesOf(bundle.schemas[v.schema], '', found);
      for (const f of found) all.push({ where: `${k.group}/${v.name} ${k.kind} ${f.path}`, rule: f.rule });
    }
  }

  test('the bundle has the rules this project was written against (all served versions)', () => {
    expect(all.length).toBe(362);
  });

  test('compiles in the Kubernetes environment, listing any that do not', () => {
    const failures: string[] = [];
    for (const { where, rule } of all) {
      try {
        compileCel(rule);
      } catch (e) {
        failures.push(`${where}: ${(e as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('every pattern of the CRD bundle', () => {
  test('is valid RE2', () => {
    const failures: string[] = [];
    const visit = (s: JsonSchema): void => {
      if (s.pattern !== undefined && re2Error(s.pattern) !== undefined) failures.push(s.pattern);
      for (const child of Object.values(s.properties ?? {})) visit(child);
      if (s.items) visit(s.items);
      if (typeof s.additionalProperties === 'object') visit(s.additionalProperties);
    };
    const bundle = loadBundle();
    bundle.schemas.forEach(visit);
    expect(failures).toEqual([]);
  });
});
