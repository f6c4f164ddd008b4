#!/usr/bin/env node
// Regenerates everything the library derives from an Istio CRD bundle:
//   imports/istio-*.ts         typed L1 classes (cdk8s import), for the kinds the constructs emit
//   imports/istio-schemas.json every CRD's served versions with their OpenAPI schemas, for the validator
// Usage: npm run import -- [path/to/crd-bundle.yaml]   (default: ../shared/istio/crds-1.30.3.yaml)
// The output is a pure function of the bundle, so running it twice gives identical bytes (CI checks that).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const YAML = require('yaml');

const root = path.resolve(__dirname, '..');
const importsDir = path.join(root, 'imports');
const DEFAULT_BUNDLE = path.resolve(root, '..', 'shared', 'istio', 'crds-1.30.3.yaml');

// Only these kinds get typed classes, and only their v1 version: the full bundle's generated code is
// 1.4 MB (35k lines) and triples the compile time, for classes the library never instantiates.
// The validator still covers every kind and every served version through the schema JSON.
const TYPED_KINDS = {
  'networking.istio.io': ['VirtualService', 'DestinationRule', 'Gateway', 'Sidecar', 'ServiceEntry'],
  'security.istio.io': ['PeerAuthentication', 'AuthorizationPolicy', 'RequestAuthentication'],
  'telemetry.istio.io': ['Telemetry'],
};
const TYPED_VERSION = 'v1';

function fail(message) {
  process.stderr.write(`import-istio: ${message}\n`);
  process.exit(2);
}

function readBundle(file) {
  if (!fs.existsSync(file)) fail(`CRD bundle not found: ${file} (pass the path: npm run import -- <bundle.yaml>)`);
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
      versions: crd.spec.versions
        .filter((v) => v.served)
        .map((v) => {
          const schema = stripDescriptions(v.schema.openAPIV3Schema);
          const key = JSON.stringify(schema);
          if (!index.has(key)) {
            index.set(key, schemas.length);
            schemas.push(schema);
          }
          return { name: v.name, storage: Boolean(v.storage), schema: index.get(key) };
        }),
    }))
    .sort((a, b) => `${a.group}/${a.kind}`.localeCompare(`${b.group}/${b.kind}`));
  return { source: path.basename(source), kinds, schemas };
}

function typedSubset(crds) {
  const picked = [];
  for (const crd of crds) {
    const wanted = TYPED_KINDS[crd.spec.group] || [];
    if (!wanted.includes(crd.spec.names.kind)) continue;
    const version = crd.spec.versions.find((v) => v.name === TYPED_VERSION && v.served);
    if (!version) fail(`${crd.spec.names.kind}: the bundle does not serve ${crd.spec.group}/${TYPED_VERSION}`);
    picked.push({ ...crd, spec: { ...crd.spec, versions: [version] } });
  }
  const expected = Object.values(TYPED_KINDS).flat();
  const missing = expected.filter((k) => !picked.some((c) => c.spec.names.kind === k));
  if (missing.length > 0) fail(`the bundle lacks ${missing.join(', ')}`);
  return picked;
}

function runCdk8sImport(crds) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-istio-import-'));
  try {
    const subset = path.join(tmp, 'istio.yaml');
    fs.writeFileSync(subset, crds.map((c) => YAML.stringify(c)).join('---\n'));
    const out = path.join(tmp, 'out');
    const cli = path.join(root, 'node_modules', '.bin', 'cdk8s');
    execFileSync(cli, ['import', `istio:=${subset}`, '--language', 'typescript', '--output', out,
      '--no-save', '--no-check-upgrade'], { cwd: tmp, stdio: ['ignore', 'ignore', 'inherit'] });
    const files = fs.readdirSync(out).filter((f) => f.endsWith('.ts')).sort();
    if (files.length === 0) fail('cdk8s import wrote no TypeScript');
    for (const f of fs.readdirSync(importsDir)) {
      if (/^istio-.*\.ts$/.test(f)) fs.unlinkSync(path.join(importsDir, f));
    }
    for (const f of files) fs.copyFileSync(path.join(out, f), path.join(importsDir, f));
    return files;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function main() {
  const bundle = path.resolve(process.argv[2] || DEFAULT_BUNDLE);
  const crds = readBundle(bundle);
  fs.mkdirSync(importsDir, { recursive: true });
  const json = schemaJson(crds, bundle);
  fs.writeFileSync(path.join(importsDir, 'istio-schemas.json'), `${JSON.stringify(json)}\n`);
  const files = runCdk8sImport(typedSubset(crds));
  process.stdout.write(`imported ${json.kinds.length} CRDs (${json.schemas.length} distinct schemas) from ` +
    `${path.relative(process.cwd(), bundle)}; typed API: ${files.join(', ')}\n`);
}

main();
