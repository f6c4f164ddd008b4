/**
 * The schema layer: what the Kubernetes API server checks when a custom resource is applied — the CRD's structural
 * OpenAPI schema, its CEL rules, ObjectMeta, and that apiVersion/kind are served by the CRDs.
 */
import { Finding, Layer, objectRef } from '../finding';
import { FindingCollector } from '../finding-collector';
import { FindingCode, SCHEMA_VALIDATION_ERROR, SCHEMA_WARNING } from '../finding-codes';
import { apiGroupOf } from '../istio-kinds';
import { startConversions } from './cel-value';
import { NameRule, validateMetadata } from './metadata';
import { SchemaRegistry, schemaRegistry } from './registry';
import { SchemaRun } from './run';

/** Validates one Istio object against Istio's CRD bundle; [] for objects outside Istio's API groups. */
export function validateSchema(obj: object): Finding[] {
  return validateAgainst(schemaRegistry(), obj);
}

/**
 * Validates one object against a registry's schemas; [] for objects outside the registry's API groups. `code` names
 * the findings (Istio's IST0106 unless a family has its own); `nameRule` is the kind's rule for metadata.name
 * (custom resources: DNS-1123 subdomain).
 */
export function validateAgainst(registry: SchemaRegistry, obj: object, code: FindingCode = SCHEMA_VALIDATION_ERROR, nameRule?: NameRule): Finding[] {
  const o = obj as { [k: string]: unknown };
  if (typeof o.apiVersion !== 'string') return [];
  const apiVersion = o.apiVersion;
  const group = apiGroupOf(apiVersion);
  const known = registry.kindsByGroup.get(group);
  if (!known) return [];
  const out = new FindingCollector(objectRef(obj), Layer.SCHEMA);
  const run = new SchemaRun(out, code);
  const version = group === '' ? apiVersion : apiVersion.slice(group.length + 1);
  const kind = typeof o.kind === 'string' ? o.kind : '';
  const entry = registry.kinds.get(`${group}/${kind}`);
  if (!entry) {
    const shown = kind === '' ? 'Required value' : `Unsupported value: ${JSON.stringify(kind)}`;
    run.error('kind', `${shown}: supported kinds in ${group}: ${known.map((k) => JSON.stringify(k)).join(', ')}`);
    return out.findings;
  }
  const validator = entry.versions.get(version);
  if (!validator) {
    const served = [...entry.versions.keys()].map((v) => JSON.stringify(`${group}/${v}`)).join(', ');
    const listed = entry.unserved.has(version) ? ' (the CRD lists this version but does not serve it)' : '';
    run.error('apiVersion', `Unsupported value: ${JSON.stringify(apiVersion)}: ${kind} is served as ${served}${listed}`);
    return out.findings;
  }
  validateMetadata(o, run, nameRule);
  startConversions();
  validator(obj, '', run);
  if (registry.ruleFailures.length > 0) {
    // Only when the CEL engine cannot load (or a rule uses a function this project lacks): say so rather than
    // pretend the rules passed.
    const first = registry.ruleFailures[0];
    out.warning(SCHEMA_WARNING, '', `${registry.ruleFailures.length} CEL rules of ${registry.title} could not be compiled and were not checked: ${first.error}`);
  }
  return out.findings;
}
