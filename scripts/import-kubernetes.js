#!/usr/bin/env node
// Generates imports/kubernetes-schemas.json: the schema (field names, JSON types, required fields, maps,
// int-or-string, enums, formats) of the Kubernetes core kinds the validator checks, for Kubernetes 1.33.0.
// Two pinned dev dependencies, both generated from the Kubernetes 1.33.0 OpenAPI definitions:
//   - the jsii assembly of cdk8s-plus-33: the structure. Every property records its OpenAPI definition and JSON
//     name (`io.k8s.api.core.v1.ServiceSpec#clusterIP`), its type and whether it is optional;
//   - kubernetes-models@4.5.1: the value rules. It ships no raw OpenAPI JSON, only precompiled AJV validators per
//     definition (`_schemas/IoK8sApiCoreV1ServiceSpec.js`). Each leaf property is probed with values no schema
//     allows, and the validator's error names the rule: `enum` (allowedValues), `format` (int32, byte, quantity),
//     `type` (integer vs number). npm has no package with the raw 1.33 OpenAPI JSON (KUBERNETES-VALIDATION-RULES.md,
//     Part 1).
// The API server's own Go rules (names, selectors, ports, …) live in src/validation/kubernetes/.
// Output is a pure function of the two packages (run twice: identical bytes). Run by `npm run import` and
// `npm run import:k8s`.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const ASSEMBLY = 'cdk8s-plus-33';
const PREFIX = `${ASSEMBLY}.k8s.`;
const MODELS = 'kubernetes-models';
const MODELS_VERSION = '4.5.1';

/** apiVersion → [kind, jsii props type] (the versions Kubernetes 1.33 serves; HPA: autoscaling/v2). */
const KINDS = [
  ['', 'v1', 'Pod', 'KubePodProps'],
  ['', 'v1', 'Service', 'KubeServiceProps'],
  ['', 'v1', 'ServiceAccount', 'KubeServiceAccountProps'],
  ['', 'v1', 'Namespace', 'KubeNamespaceProps'],
  ['', 'v1', 'ConfigMap', 'KubeConfigMapProps'],
  ['', 'v1', 'Secret', 'KubeSecretProps'],
  ['apps', 'v1', 'Deployment', 'KubeDeploymentProps'],
  ['apps', 'v1', 'StatefulSet', 'KubeStatefulSetProps'],
  ['apps', 'v1', 'DaemonSet', 'KubeDaemonSetProps'],
  ['policy', 'v1', 'PodDisruptionBudget', 'KubePodDisruptionBudgetProps'],
  ['autoscaling', 'v2', 'HorizontalPodAutoscaler', 'KubeHorizontalPodAutoscalerV2Props'],
  ['batch', 'v1', 'Job', 'KubeJobProps'],
  ['batch', 'v1', 'CronJob', 'KubeCronJobProps'],
];
const CLUSTER_SCOPED = new Set(['Namespace']);
/** Classes that stand for a JSON scalar: a number or a string. */
const INT_OR_STRING = new Set(['IntOrString', 'Quantity']);

function fail(message) {
  process.stderr.write(`import-kubernetes: ${message}\n`);
  process.exit(2);
}

function loadAssembly() {
  let file;
  try {
    file = path.join(path.dirname(require.resolve(`${ASSEMBLY}/package.json`, { paths: [root] })), '.jsii');
  } catch {
    fail(`${ASSEMBLY} is not installed (npm ci installs it as a dev dependency)`);
  }
  const jsii = JSON.parse(fs.readFileSync(file, 'utf8'));
  return { types: jsii.types, version: jsii.version };
}

/** The definition a property belongs to, and its JSON name (`io.k8s…Spec#clusterIP`). */
function definitionOf(prop, owner) {
  const ref = prop.docs && prop.docs.custom && prop.docs.custom.schema;
  if (typeof ref !== 'string' || !ref.includes('#')) fail(`${owner}.${prop.name}: no OpenAPI reference in the assembly`);
  return { definition: ref.slice(0, ref.indexOf('#')), json: ref.slice(ref.indexOf('#') + 1) };
}

/**
 * kubernetes-models' precompiled validators, by OpenAPI definition name (`io.k8s.api.core.v1.ServiceSpec` →
 * `_schemas/IoK8sApiCoreV1ServiceSpec.js`; apimachinery types are in @kubernetes-models/apimachinery). They are
 * not in the package's exports map, so they are required by file path.
 */
class Models {
  constructor() {
    let main;
    try {
      main = require.resolve(MODELS, { paths: [root] });
    } catch {
      fail(`${MODELS} is not installed (npm ci installs it as a dev dependency)`);
    }
    this.dirs = [path.dirname(main)];
    try {
      this.dirs.push(path.dirname(require.resolve('@kubernetes-models/apimachinery', { paths: [this.dirs[0]] })));
    } catch {
      fail('@kubernetes-models/apimachinery (a dependency of kubernetes-models) is not installed');
    }
    const pkg = JSON.parse(fs.readFileSync(path.join(this.dirs[0], 'package.json'), 'utf8'));
    if (pkg.version !== MODELS_VERSION) fail(`${MODELS}@${pkg.version} is installed; this import is for ${MODELS_VERSION} (Kubernetes 1.33.0)`);
    this.cache = new Map();
  }

  validator(definition) {
    if (!this.cache.has(definition)) {
      const file = definition.split('.').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
      const found = this.dirs.map((d) => path.join(d, '_schemas', `${file}.js`)).find((f) => fs.existsSync(f));
      if (!found) fail(`no ${MODELS} validator for ${definition}`);
      this.cache.set(definition, require(found).validate);
    }
    return this.cache.get(definition);
  }

  /** The errors the definition's validator reports exactly at `/<json>…` for `{ [json]: value }`. */
  errorsAt(definition, json, value, suffix) {
    const validate = this.validator(definition);
    validate({ [json]: value });
    const at = `/${json}${suffix}`;
    return (validate.errors || []).filter((e) => e.instancePath === at);
  }
}

/** Values no Kubernetes schema allows for a string, and for a number (fraction; beyond int32). */
const STRING_PROBE = '\u0001';
const FRACTION_PROBE = 0.5;
const INT32_PROBE = 2 ** 40;

/**
 * Probes one leaf property (a string, a number, an int-or-string or a quantity, possibly inside a list or map)
 * and returns what kubernetes-models' validator enforces on it.
 */
function probeLeaf(models, definition, json, wrap, kind) {
  const errors = (value) => models.errorsAt(definition, json, wrap.value(value), wrap.suffix);
  const keyword = (list, k) => list.find((e) => e.keyword === k);
  switch (kind) {
    case 'string': {
      const found = errors(STRING_PROBE);
      const out = { type: 'string' };
      const e = keyword(found, 'enum');
      if (e) out.enum = [...e.params.allowedValues];
      const f = keyword(found, 'format');
      if (f) out.format = f.params.format;
      if (keyword(found, 'pattern')) fail(`${definition}#${json}: patterns are not supported by this import`);
      return out;
    }
    case 'number': {
      if (!keyword(errors(FRACTION_PROBE), 'type')) return { type: 'number', format: 'double' };
      // Kubernetes integers are int32 or int64; AJV's int64 format accepts every safe integer, so only int32 shows.
      return { type: 'integer', format: keyword(errors(INT32_PROBE), 'format') ? 'int32' : 'int64' };
    }
    case 'IntOrString': {
      if (!keyword(errors(INT32_PROBE), 'format')) fail(`${definition}#${json}: an int-or-string without int32`);
      return { 'x-kubernetes-int-or-string': true, format: 'int32' };
    }
    case 'Quantity': {
      const f = keyword(errors(STRING_PROBE), 'format');
      if (!f || f.params.format !== 'quantity') fail(`${definition}#${json}: a Quantity without the quantity format`);
      return { 'x-kubernetes-int-or-string': true, format: 'quantity' };
    }
    default:
      return fail(`unsupported leaf kind ${kind}`);
  }
}

/** How a leaf is wrapped in its property value: as it is, as a list item, or as a map value. */
const AS_IS = { value: (v) => v, suffix: '' };
const IN_LIST = { value: (v) => [v], suffix: '/0' };
const IN_MAP = { value: (v) => ({ k: v }), suffix: '/k' };

function schemaOfType(type, types, stack, leaf) {
  if (type.primitive) {
    switch (type.primitive) {
      case 'string': return leaf('string');
      case 'number': return leaf('number');
      case 'boolean': return { type: 'boolean' };
      case 'date': return { type: 'string' };
      default: return { 'x-kubernetes-preserve-unknown-fields': true };
    }
  }
  if (type.collection) {
    if (type.collection.elementtype.collection) fail('nested collections are not supported by this import');
    const wrap = type.collection.kind === 'map' ? IN_MAP : IN_LIST;
    const element = schemaOfType(type.collection.elementtype, types, stack, (kind) => leaf(kind, wrap));
    return type.collection.kind === 'map' ? { type: 'object', additionalProperties: element } : { type: 'array', items: element };
  }
  if (type.fqn) {
    const short = type.fqn.slice(PREFIX.length);
    if (INT_OR_STRING.has(short)) return leaf(short);
    return structSchema(type.fqn, types, stack);
  }
  return fail(`unsupported jsii type ${JSON.stringify(type)}`);
}

let models;

function structSchema(fqn, types, stack) {
  const t = types[fqn];
  if (!t) fail(`type ${fqn} is not in the assembly`);
  if (stack.includes(fqn)) return { 'x-kubernetes-preserve-unknown-fields': true };
  const properties = {};
  const required = [];
  const props = (t.properties || []).map((p) => ({ p, ...definitionOf(p, fqn) })).sort((a, b) => a.json.localeCompare(b.json));
  for (const { p, definition, json } of props) {
    const leaf = (kind, wrap = AS_IS) => probeLeaf(models, definition, json, wrap, kind);
    properties[json] = schemaOfType(p.type, types, [...stack, fqn], leaf);
    if (!p.optional) required.push(json);
  }
  const out = { type: 'object', properties };
  if (required.length > 0) out.required = required;
  return out;
}

function main() {
  const { types, version } = loadAssembly();
  models = new Models();
  const schemas = [];
  const index = new Map();
  const kinds = KINDS.map(([group, v, kind, props]) => {
    const root = structSchema(PREFIX + props, types, []);
    // ObjectMeta is checked by the validator's metadata rules; the envelope fields are not part of the schema.
    delete root.properties.metadata;
    const key = JSON.stringify(root);
    if (!index.has(key)) {
      index.set(key, schemas.length);
      schemas.push(root);
    }
    const plural = `${kind.toLowerCase()}s`;
    return { group, kind, plural, scope: CLUSTER_SCOPED.has(kind) ? 'Cluster' : 'Namespaced', versions: [{ name: v, storage: true, schema: index.get(key) }] };
  }).sort((a, b) => `${a.group}/${a.kind}`.localeCompare(`${b.group}/${b.kind}`));
  const out = {
    source: `${ASSEMBLY}@${version} (structure) + ${MODELS}@${MODELS_VERSION} (enums, formats); Kubernetes 1.33.0`,
    builtIn: true,
    kinds,
    schemas,
  };
  const file = path.join(root, 'imports', 'kubernetes-schemas.json');
  fs.writeFileSync(file, `${JSON.stringify(out)}\n`);
  process.stdout.write(`kubernetes: ${kinds.length} kinds from ${ASSEMBLY}@${version}; ${path.relative(process.cwd(), file)} ` +
    `${Math.round(fs.statSync(file).size / 1024)} KiB\n`);
}

main();
