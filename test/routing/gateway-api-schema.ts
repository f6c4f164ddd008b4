/* eslint-disable @typescript-eslint/no-explicit-any -- CRD YAML is untyped */
/**
 * Validates Gateway API objects against the pinned v1.5.1 standard CRDs (../shared/gateway-api) with the
 * project's own schema + CEL engine, as the API server would. A test-side loader: the validator's Gateway API
 * kind family replaces it once it lands.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { Finding, FindingCollector, Layer, objectRef } from '../../src/validation/finding';
import { compileSchema } from '../../src/validation/schema/compile';
import { validateMetadata } from '../../src/validation/schema/metadata';
import { RuleCompiler } from '../../src/validation/schema/rules';
import { SchemaRun, Validator } from '../../src/validation/schema/run';

const CRDS = path.resolve(__dirname, '../../../shared/gateway-api/crds-standard-1.5.1.yaml');

interface Kind { readonly schema: any; readonly validator: Validator }
let validators: Map<string, Kind> | undefined;
let failures: unknown[] = [];

function load(): Map<string, Kind> {
  const rules = new RuleCompiler();
  const out = new Map<string, Kind>();
  for (const doc of parseAllDocuments(fs.readFileSync(CRDS, 'utf8'))) {
    const crd = doc.toJSON() as any;
    if (crd?.kind !== 'CustomResourceDefinition') continue;
    for (const v of crd.spec.versions) {
      if (!v.served) continue;
      // metadata is ObjectMeta, checked by validateMetadata (the CRD only says `type: object`).
      const schema = { ...v.schema.openAPIV3Schema, properties: { ...v.schema.openAPIV3Schema.properties } };
      delete schema.properties.metadata;
      out.set(`${crd.spec.group}/${v.name}/${crd.spec.names.kind}`, { schema, validator: compileSchema(schema, rules) });
    }
  }
  // The CEL engine cannot yet compile has() on an indexed element (`has(self.matches[0].path)`): the rules-wide
  // "at most 128 matches" sum (the renderer stays below it: 64 + 1) and the redirect/rewrite rules (we emit no
  // redirects). Nor `isIP()` (hostnames that are IP addresses: exposeVia refuses them itself). Any other failure is
  // a real gap and fails the tests.
  failures = rules.failures.filter((f) => !/has\(\S*\[\d+\]|isIP\(/.test(String((f as { rule?: string }).rule)));
  return out;
}

/** Schema and CEL findings for one Gateway API object (throws for a kind the CRDs do not serve). */
export function validateGatewayApi(obj: any): Finding[] {
  validators ??= load();
  if (failures.length > 0) throw new Error(`CEL rules of the Gateway API CRDs failed to compile: ${JSON.stringify(failures[0])}`);
  const kind = validators.get(`${obj.apiVersion}/${obj.kind}`);
  if (!kind) throw new Error(`no Gateway API schema for ${obj.apiVersion} ${obj.kind}`);
  const defaulted = withDefaults(kind.schema, JSON.parse(JSON.stringify(obj)));
  const collector = new FindingCollector(objectRef(obj), Layer.SCHEMA);
  const run = new SchemaRun(collector);
  validateMetadata(defaulted, run);
  kind.validator(defaulted, '', run);
  return collector.findings;
}

/** The API server fills in schema defaults before it evaluates CEL rules (e.g. a backendRef's `kind: Service`). */
function withDefaults(schema: any, value: any): any {
  if (Array.isArray(value)) return schema?.items ? value.map((v) => withDefaults(schema.items, v)) : value;
  if (value === null || typeof value !== 'object' || !schema?.properties) return value;
  for (const [name, child] of Object.entries<any>(schema.properties)) {
    if (value[name] === undefined && child.default !== undefined) value[name] = JSON.parse(JSON.stringify(child.default));
    if (value[name] !== undefined) value[name] = withDefaults(child, value[name]);
  }
  return value;
}
