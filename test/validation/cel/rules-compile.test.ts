import { compileCel } from '../../../src/validation/cel';
import { CrdBundle, loadBundle } from '../../../src/validation/schema/registry';
import { JsonSchema } from '../../../src/validation/schema/schema-types';
import { re2Error } from '../../../src/validation/util/re2';

interface FoundRule {
  readonly where: string;
  readonly rule: string;
  /** The schema node the rule is on (for evaluation with a value of its type). */
  readonly node: JsonSchema;
}

function rulesOf(schema: JsonSchema, path: string, out: { path: string; rule: string; node: JsonSchema }[]): void {
  for (const r of schema['x-kubernetes-validations'] ?? []) {
    out.push({ path, rule: r.rule, node: schema });
    if (r.messageExpression) out.push({ path, rule: r.messageExpression, node: schema });
  }
  for (const [k, v] of Object.entries(schema.properties ?? {})) rulesOf(v, `${path}.${k}`, out);
  if (schema.items) rulesOf(schema.items, `${path}[]`, out);
  if (typeof schema.additionalProperties === 'object') rulesOf(schema.additionalProperties, `${path}{}`, out);
}

/** Every rule (and messageExpression) of every version the bundle lists, served or not. */
function allRules(bundle: CrdBundle): FoundRule[] {
  const b = loadBundle(bundle);
  const all: FoundRule[] = [];
  for (const k of b.kinds) {
    for (const v of k.versions) {
      const found: { path: string; rule: string; node: JsonSchema }[] = [];
      rulesOf(b.schemas[v.schema], '', found);
      for (const f of found) all.push({ where: `${k.group}/${v.name} ${k.kind} ${f.path}`, rule: f.rule, node: f.node });
    }
  }
  return all;
}

/** The counts the bundles were written against: Istio 1.30.3, Gateway API v1.5.1 standard, Flagger 1.44, Argo 1.9. */
const EXPECTED: readonly [CrdBundle, number][] = [
  [CrdBundle.ISTIO, 362],
  [CrdBundle.GATEWAY_API, 283],
  [CrdBundle.FLAGGER, 1],
  [CrdBundle.ARGO_ROLLOUTS, 1],
];

describe.each(EXPECTED)('every CEL rule of the %s bundle', (bundle, count) => {
  const all = allRules(bundle);

  test(`the bundle has the ${count} rules this project was written against (all listed versions)`, () => {
    expect(all.length).toBe(count);
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

/** A minimal value of a node's type: what `self` is bound to when the node holds the empty value. */
function emptyValue(node: JsonSchema): unknown {
  if (node['x-kubernetes-int-or-string']) return 0n;
  switch (node.type) {
    case 'array': return [];
    case 'string': return '';
    case 'integer': return 0n;
    case 'number': return 0;
    case 'boolean': return false;
    default: return {};
  }
}

describe('every Gateway API rule evaluates', () => {
  // Missing keys and out-of-range indexes are CEL runtime errors the API server reports too; a missing overload or
  // function would mean the Kubernetes environment lacks something the rules use.
  const LIBRARY_GAP = /overload|unknown function|Unknown variable|not supported/i;

  test('on the empty value of its node, with no missing function or overload', () => {
    const gaps: string[] = [];
    let evaluated = 0;
    for (const { where, rule, node } of allRules(CrdBundle.GATEWAY_API)) {
      if (/\boldSelf\b/.test(rule)) continue;
      evaluated++;
      try {
        compileCel(rule).evaluate(emptyValue(node));
      } catch (e) {
        if (LIBRARY_GAP.test((e as Error).message)) gaps.push(`${where}: ${(e as Error).message}`);
      }
    }
    expect(gaps).toEqual([]);
    // The 283 rules minus the transition rules (oldSelf), which the API server skips on create.
    expect(evaluated).toBe(281);
  });
});

describe('every pattern of the CRD bundles', () => {
  test.each([CrdBundle.ISTIO, CrdBundle.GATEWAY_API, CrdBundle.FLAGGER, CrdBundle.ARGO_ROLLOUTS])('%s: is valid RE2', (bundle) => {
    const failures: string[] = [];
    const visit = (s: JsonSchema): void => {
      if (s.pattern !== undefined && re2Error(s.pattern) !== undefined) failures.push(s.pattern);
      for (const child of Object.values(s.properties ?? {})) visit(child);
      if (s.items) visit(s.items);
      if (typeof s.additionalProperties === 'object') visit(s.additionalProperties);
    };
    loadBundle(bundle).schemas.forEach(visit);
    expect(failures).toEqual([]);
  });
});
