#!/usr/bin/env node
// Generates imports/kubernetes-schemas.json: the structural schema (field names, JSON types, required fields,
// maps, int-or-string) of the Kubernetes core kinds the validator checks, for Kubernetes 1.33.0.
// Source: the jsii assembly of cdk8s-plus-33 (a dev dependency, pinned), whose `k8s` module is generated from the
// Kubernetes 1.33.0 OpenAPI definitions by the cdk8s team: every property records its OpenAPI definition and JSON
// name (`io.k8s.api.core.v1.ServiceSpec#clusterIP`), its type and whether it is optional. npm has no package with
// the raw 1.33 OpenAPI JSON (KUBERNETES-VALIDATION-RULES.md, Part 1); enums and formats are not in the assembly,
// so the API server's value rules live in src/validation/kubernetes/ instead.
// Output is a pure function of the assembly (run twice: identical bytes). Run by `npm run import`.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const ASSEMBLY = 'cdk8s-plus-33';
const PREFIX = `${ASSEMBLY}.k8s.`;

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

/** The JSON property name recorded in a property's docs (`io.k8s…Spec#clusterIP` → `clusterIP`). */
function jsonName(prop, owner) {
  const ref = prop.docs && prop.docs.custom && prop.docs.custom.schema;
  if (typeof ref !== 'string' || !ref.includes('#')) fail(`${owner}.${prop.name}: no OpenAPI reference in the assembly`);
  return ref.slice(ref.indexOf('#') + 1);
}

function schemaOfType(type, types, stack) {
  if (type.primitive) {
    switch (type.primitive) {
      case 'string': return { type: 'string' };
      case 'number': return { type: 'number' };
      case 'boolean': return { type: 'boolean' };
      case 'date': return { type: 'string' };
      default: return { 'x-kubernetes-preserve-unknown-fields': true };
    }
  }
  if (type.collection) {
    const element = schemaOfType(type.collection.elementtype, types, stack);
    return type.collection.kind === 'map' ? { type: 'object', additionalProperties: element } : { type: 'array', items: element };
  }
  if (type.fqn) {
    const short = type.fqn.slice(PREFIX.length);
    if (INT_OR_STRING.has(short)) return { 'x-kubernetes-int-or-string': true };
    return structSchema(type.fqn, types, stack);
  }
  fail(`unsupported jsii type ${JSON.stringify(type)}`);
}

function structSchema(fqn, types, stack) {
  const t = types[fqn];
  if (!t) fail(`type ${fqn} is not in the assembly`);
  if (stack.includes(fqn)) return { 'x-kubernetes-preserve-unknown-fields': true };
  const properties = {};
  const required = [];
  for (const p of [...(t.properties || [])].sort((a, b) => jsonName(a, fqn).localeCompare(jsonName(b, fqn)))) {
    const name = jsonName(p, fqn);
    properties[name] = schemaOfType(p.type, types, [...stack, fqn]);
    if (!p.optional) required.push(name);
  }
  const out = { type: 'object', properties };
  if (required.length > 0) out.required = required;
  return out;
}

function main() {
  const { types, version } = loadAssembly();
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
  const out = { source: `${ASSEMBLY}@${version} (Kubernetes 1.33.0)`, kinds, schemas };
  const file = path.join(root, 'imports', 'kubernetes-schemas.json');
  fs.writeFileSync(file, `${JSON.stringify(out)}\n`);
  process.stdout.write(`kubernetes: ${kinds.length} kinds from ${ASSEMBLY}@${version}; ${path.relative(process.cwd(), file)} ` +
    `${Math.round(fs.statSync(file).size / 1024)} KiB\n`);
}

main();
