#!/usr/bin/env node
// Regenerates everything the library derives from the pinned CRD bundles (one "family" each):
//   imports/<family>-*.ts          typed L1 classes (cdk8s import), for the kinds the constructs emit
//   imports/<family>-schemas.json  every CRD's served versions with their OpenAPI schemas, for the validator
// Usage: npm run import                          every family from its pinned bundle in ../shared
//        npm run import -- <family> [bundle.yaml] one family (e.g. `istio path/to/crd-all.gen.yaml`)
// The output is a pure function of the bundles, so running it twice gives identical bytes (CI checks that).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const YAML = require('yaml');

const root = path.resolve(__dirname, '..');
const importsDir = path.join(root, 'imports');
const shared = path.resolve(root, '..', 'shared');

// Only the listed kinds get typed classes, and only one version each: Istio's full bundle alone generates
// 1.4 MB (35k lines) of code and triples the compile time, for classes the library never instantiates.
// The validator still covers every kind and every served version through the schema JSON.
const FAMILIES = {
  'istio': {
    bundle: path.join(shared, 'istio', 'crds-1.30.3.yaml'),
    typedVersion: 'v1',
    typedKinds: {
      'networking.istio.io': ['VirtualService', 'DestinationRule', 'Gateway', 'Sidecar', 'ServiceEntry'],
      'security.istio.io': ['PeerAuthentication', 'AuthorizationPolicy', 'RequestAuthentication'],
      'telemetry.istio.io': ['Telemetry'],
    },
  },
  'gateway-api': {
    bundle: path.join(shared, 'gateway-api', 'crds-standard-1.5.1.yaml'),
    typedVersion: 'v1',
    typedKinds: {
      'gateway.networking.k8s.io': ['Gateway', 'GatewayClass', 'HTTPRoute', 'GRPCRoute', 'ReferenceGrant'],
    },
  },
  'flagger': {
    bundle: path.join(shared, 'flagger', 'crds-v1.44.0.yaml'),
    typedVersion: 'v1beta1',
    typedKinds: { 'flagger.app': ['Canary'] },
  },
  // Rollout and AnalysisTemplate embed a whole pod template: their generated classes are 1 MB and 0.5 MB. The
  // constructs only need their GVKs, so this family gets GVK constants instead of classes.
  'argo-rollouts': {
    bundle: path.join(shared, 'argo-rollouts', 'crds-v1.9.1.yaml'),
    typedVersion: 'v1alpha1',
    typedKinds: {},
    gvkKinds: { 'argoproj.io': ['Rollout', 'AnalysisTemplate', 'ClusterAnalysisTemplate'] },
  },
};

function fail(message) {
  process.stderr.write(`import-crds: ${message}\n`);
  process.exit(2);
}

function readBundle(file) {
  if (!fs.existsSync(file)) fail(`CRD bundle not found: ${file} (pass the path: npm run import -- <family> <bundle.yaml>)`);
  let docs;
  try {
    docs = YAML.parseAllDocuments(fs.readFileSync(file, 'utf8'), { version: '1.2' });
  } catch (e) {
    fail(`cannot read ${file}: ${e.message}`);
  }
  const crds = [];
  for (const doc of docs) {
    if (doc.errors.length > 0) fail(`${file}: ${doc.errors[0].message}`);
    const obj = doc.toJS({ maxAliasCount: -1 });
    if (obj && obj.kind === 'CustomResourceDefinition') crds.push(obj);
  }
  if (crds.length === 0) fail(`${file} holds no CustomResourceDefinition`);
  return crds;
}

// Descriptions are prose the validator never reads; dropping them keeps the JSON small and fast to load.
function stripDescriptions(node) {
  if (Array.isArray(node)) return node.map(stripDescriptions);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const key of Object.keys(node)) {
    if (key === 'description' && typeof node[key] === 'string') continue;
    out[key] = stripDescriptions(node[key]);
  }
  return out;
}

function schemaJson(crds, source) {
  const schemas = [];
  const index = new Map();
  const kinds = crds
    .map((crd) => ({
      group: crd.spec.group,
      kind: crd.spec.names.kind,
      plural: crd.spec.names.plural,
      scope: crd.spec.scope,
      // Versions the CRD lists but does not serve are kept (marked `served: false`): the API server refuses them,
      // and their rules still count among the bundle's rules.
      versions: crd.spec.versions
        .map((v) => {
          const schema = stripDescriptions(v.schema.openAPIV3Schema);
          const key = JSON.stringify(schema);
          if (!index.has(key)) {
            index.set(key, schemas.length);
            schemas.push(schema);
          }
          const entry = { name: v.name, storage: Boolean(v.storage), schema: index.get(key) };
          return v.served ? entry : { ...entry, served: false };
        }),
    }))
    .sort((a, b) => `${a.group}/${a.kind}`.localeCompare(`${b.group}/${b.kind}`));
  return { source: path.basename(source), kinds, schemas };
}

function typedSubset(crds, family) {
  const picked = [];
  for (const crd of crds) {
    const wanted = family.typedKinds[crd.spec.group] || [];
    if (!wanted.includes(crd.spec.names.kind)) continue;
    const version = crd.spec.versions.find((v) => v.name === family.typedVersion && v.served);
    if (!version) fail(`${crd.spec.names.kind}: the bundle does not serve ${crd.spec.group}/${family.typedVersion}`);
    picked.push({ ...crd, spec: { ...crd.spec, versions: [version] } });
  }
  const expected = Object.values(family.typedKinds).flat();
  const missing = expected.filter((k) => !picked.some((c) => c.spec.names.kind === k));
  if (missing.length > 0) fail(`the bundle lacks ${missing.join(', ')}`);
  return picked;
}

// `ROLLOUT_GVK` for `Rollout`, `CLUSTER_ANALYSIS_TEMPLATE_GVK` for `ClusterAnalysisTemplate`.
function gvkConstantName(kind) {
  return `${kind.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}_GVK`;
}

function writeGvkModule(crds, name, family, source) {
  const lines = [
    `// generated by scripts/import-crds.js from ${path.basename(source)}: GVK constants (no classes) for ${name}`,
    "import { GroupVersionKind } from 'cdk8s';",
    '',
  ];
  const files = [];
  for (const [group, kinds] of Object.entries(family.gvkKinds || {})) {
    for (const kind of kinds) {
      const crd = crds.find((c) => c.spec.group === group && c.spec.names.kind === kind);
      const served = crd && crd.spec.versions.some((v) => v.name === family.typedVersion && v.served);
      if (!served) fail(`${kind}: the bundle does not serve ${group}/${family.typedVersion}`);
      lines.push(`/** apiVersion and kind of ${group} ${kind}. */`);
      lines.push(`export const ${gvkConstantName(kind)}: GroupVersionKind = { apiVersion: '${group}/${family.typedVersion}', kind: '${kind}' };`);
      lines.push('');
    }
  }
  if (lines.length === 3) return files;
  const file = `${name}-gvks.ts`;
  fs.writeFileSync(path.join(importsDir, file), lines.join('\n'));
  files.push(file);
  return files;
}

function runCdk8sImport(crds, name) {
  if (crds.length === 0) return [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-istio-import-'));
  try {
    const subset = path.join(tmp, `${name}.yaml`);
    fs.writeFileSync(subset, crds.map((c) => YAML.stringify(c)).join('---\n'));
    const out = path.join(tmp, 'out');
    const cli = path.join(root, 'node_modules', '.bin', 'cdk8s');
    execFileSync(cli, ['import', `${name}:=${subset}`, '--language', 'typescript', '--output', out,
      '--no-save', '--no-check-upgrade'], { cwd: tmp, stdio: ['ignore', 'ignore', 'inherit'] });
    const files = fs.readdirSync(out).filter((f) => f.endsWith('.ts')).sort();
    if (files.length === 0) fail('cdk8s import wrote no TypeScript');
    for (const f of files) fs.copyFileSync(path.join(out, f), path.join(importsDir, f));
    return files;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function importFamily(name, bundleArg) {
  const family = FAMILIES[name];
  const bundle = path.resolve(bundleArg || family.bundle);
  const crds = readBundle(bundle);
  fs.mkdirSync(importsDir, { recursive: true });
  for (const f of fs.readdirSync(importsDir)) {
    if (f.startsWith(`${name}-`) && f.endsWith('.ts')) fs.unlinkSync(path.join(importsDir, f));
  }
  const json = schemaJson(crds, bundle);
  fs.writeFileSync(path.join(importsDir, `${name}-schemas.json`), `${JSON.stringify(json)}\n`);
  const files = runCdk8sImport(typedSubset(crds, family), name).concat(writeGvkModule(crds, name, family, bundle));
  process.stdout.write(`${name}: imported ${json.kinds.length} CRDs (${json.schemas.length} distinct schemas) from ` +
    `${path.relative(process.cwd(), bundle)}; typed API: ${files.join(', ')}\n`);
}

function main() {
  const [name, bundleArg] = process.argv.slice(2);
  if (name === undefined) {
    for (const family of Object.keys(FAMILIES)) importFamily(family);
    return;
  }
  if (!FAMILIES[name]) fail(`unknown family ${JSON.stringify(name)}: one of ${Object.keys(FAMILIES).join(', ')}`);
  importFamily(name, bundleArg);
}

main();
