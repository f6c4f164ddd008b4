/**
 * The parts of a custom resource the API server checks outside the CRD schema: ObjectMeta (name, namespace,
 * labels, annotations) and that apiVersion/kind name a kind and version the CRDs serve.
 */
import { dns1123LabelError, dns1123SubdomainError, isDns1123Subdomain, labelKeyError, labelValueError } from '../util/names';
import { REQUIRED, childPath, invalid, typeInvalid, unknownField } from './messages';
import { validateOwnerReferences } from './owner-references';
import { SchemaRun } from './run';

const OBJECT_META_FIELDS: ReadonlySet<string> = new Set([
  'name', 'generateName', 'namespace', 'selfLink', 'uid', 'resourceVersion', 'generation', 'creationTimestamp',
  'deletionTimestamp', 'deletionGracePeriodSeconds', 'labels', 'annotations', 'ownerReferences', 'finalizers',
  'managedFields',
]);

/** The API server's limit on the total size of an object's annotations (keys + values). */
const MAX_ANNOTATIONS_BYTES = 256 * 1024;

/** Returns undefined for a valid object name, else the reason (custom resources: DNS-1123 subdomain). */
export type NameRule = (name: string) => string | undefined;

/** `nameRule` is the kind's rule for metadata.name (built-in kinds differ: Service DNS-1035, Namespace DNS-1123 label). */
export function validateMetadata(obj: { [k: string]: unknown }, run: SchemaRun, nameRule: NameRule | undefined = dns1123SubdomainError): void {
  const meta = obj.metadata;
  if (meta === undefined || meta === null) {
    run.error('metadata.name', `${REQUIRED}: name or generateName is required`);
    return;
  }
  if (typeof meta !== 'object' || Array.isArray(meta)) {
    run.error('metadata', typeInvalid('metadata', meta, 'object'));
    return;
  }
  const m = meta as { [k: string]: unknown };
  for (const key of Object.keys(m)) {
    if (!OBJECT_META_FIELDS.has(key)) run.error(childPath('metadata', key), unknownField(childPath('metadata', key)));
  }
  validateName(m, run, nameRule ?? dns1123SubdomainError);
  const ns = m.namespace;
  if (ns !== undefined && ns !== null && ns !== '') {
    if (typeof ns !== 'string') run.error('metadata.namespace', typeInvalid('metadata.namespace', ns, 'string'));
    else {
      const err = dns1123LabelError(ns);
      if (err) run.error('metadata.namespace', invalid(ns, err));
    }
  }
  validateLabels(m.labels, run);
  validateAnnotations(m.annotations, run);
  validateOwnerReferences(m.ownerReferences, run);
}

function validateName(m: { [k: string]: unknown }, run: SchemaRun, nameRule: NameRule): void {
  const { name, generateName } = m;
  if (name === undefined || name === null || name === '') {
    if (typeof generateName === 'string' && generateName !== '') {
      // generateName is a prefix: the API server appends random characters, so a trailing '-' is fine.
      if (!isDns1123Subdomain((generateName.endsWith('-') ? `${generateName.slice(0, -1)}a` : generateName))) {
        run.error('metadata.generateName', invalid(generateName, 'must be a DNS-1123 subdomain prefix: lower-case letters, digits, ' +
          "'-' and '.', starting with a letter or digit (e.g. \"policy-\")"));
      }
    } else {
      run.error('metadata.name', `${REQUIRED}: name or generateName is required`);
    }
    return;
  }
  if (typeof name !== 'string') {
    run.error('metadata.name', typeInvalid('metadata.name', name, 'string'));
    return;
  }
  const err = nameRule(name);
  if (err) run.error('metadata.name', invalid(name, err));
}

function stringMap(value: unknown, path: string, run: SchemaRun): { [k: string]: unknown } | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    run.error(path, typeInvalid(path, value, 'object'));
    return undefined;
  }
  return value as { [k: string]: unknown };
}

function validateLabels(value: unknown, run: SchemaRun): void {
  const labels = stringMap(value, 'metadata.labels', run);
  if (!labels) return;
  for (const [key, v] of Object.entries(labels)) {
    const keyErr = labelKeyError(key);
    if (keyErr) run.error('metadata.labels', invalid(key, keyErr));
    const path = `metadata.labels[${key}]`;
    if (typeof v !== 'string') run.error(path, typeInvalid(path, v, 'string'));
    else {
      const valueErr = labelValueError(v);
      if (valueErr) run.error(path, invalid(v, valueErr));
    }
  }
}

function validateAnnotations(value: unknown, run: SchemaRun): void {
  const annotations = stringMap(value, 'metadata.annotations', run);
  if (!annotations) return;
  let bytes = 0;
  for (const [key, v] of Object.entries(annotations)) {
    // The API server checks annotation keys case-insensitively (it lower-cases them first).
    const keyErr = labelKeyError(key.toLowerCase());
    if (keyErr) run.error('metadata.annotations', invalid(key, keyErr));
    const path = `metadata.annotations[${key}]`;
    if (typeof v !== 'string') {
      run.error(path, typeInvalid(path, v, 'string'));
      continue;
    }
    bytes += Buffer.byteLength(key) + Buffer.byteLength(v);
  }
  if (bytes > MAX_ANNOTATIONS_BYTES) {
    run.error('metadata.annotations', `Too long: must have at most ${MAX_ANNOTATIONS_BYTES} bytes (annotations total ${bytes} bytes)`);
  }
}
