/**
 * The schema layer: what the Kubernetes API server checks when an Istio custom resource is applied — the CRD's
 * structural OpenAPI schema, its CEL rules, ObjectMeta, and that apiVersion/kind are served by the CRDs.
 */
import { Finding, Layer, objectRef, SCHEMA_WARNING } from '../finding';
import { FindingCollector } from '../finding-collector';
import { apiGroupOf, isIstioApiVersion } from '../istio-kinds';
import { validateMetadata } from './metadata';
import { SchemaRegistry, schemaRegistry } from './registry';
import { SchemaRun } from './run';

/** Validates one Istio object against the CRD bundle; [] for objects outside Istio's API groups. */
export function validateSchema(obj: object): Finding[] {
  return validateAgainst(schemaRegistry(), obj);
}

/** validateSchema with an explicit registry (tests use bundles of their own). */
export function validateAgainst(registry: SchemaRegistry, obj: object): Finding[] {
  const o = obj as { [k: string]: unknown };
  if (!isIstioApiVersion(o.apiVersion)) return [];
  const out = new FindingCollector(objectRef(obj), Layer.SCHEMA);
  const run = new SchemaRun(out);
  const apiVersion = o.apiVersion as string;
  const group = apiGroupOf(apiVersion);
  const version = apiVersion.slice(group.length + 1);
  const kind = typeof o.kind === 'string' ? o.kind : '';
  const entry = registry.kinds.get(`${group}/${kind}`);
  if (!entry) {
    const known = registry.kindsByGroup.get(group) ?? [];
    const shown = kind === '' ? 'Required value' : `Unsupported value: ${JSON.stringify(kind)}`;
    run.error('kind', `${shown}: supported kinds in ${group}: ${known.map((k) => JSON.stringify(k)).join(', ')}`);
    return out.findings;
  }
  const validator = entry.versions.get(version);
  if (!validator) {
    const served = [...entry.versions.keys()].map((v) => JSON.stringify(`${group}/${v}`)).join(', ');
    run.error('apiVersion', `Unsupported value: ${JSON.stringify(apiVersion)}: ${kind} is served as ${served}`);
    return out.findings;
  }
  validateMetadata(o, run);
  validator(obj, '', run);
  if (registry.ruleFailures.length > 0) {
    // Only when the CEL engine cannot load (or a rule uses a function this project lacks): say so rather than
    // pretend the rules passed.
    const first = registry.ruleFailures[0];
    out.warning(SCHEMA_WARNING, '', `${registry.ruleFailures.length} CEL rules of the Istio CRDs could not be compiled and were not checked: ${first.error}`);
  }
  return out.findings;
}
