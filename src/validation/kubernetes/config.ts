/** ConfigMap, Secret and Namespace (KUBERNETES-VALIDATION-RULES.md §13). */
import { SchemaRun } from '../schema/run';
import { CharClass } from '../util/chars';
import { entries, isObj, obj, Obj } from '../util/plain-json';
import { invalid, REQUIRED } from './fields';

const CONFIG_KEY = new CharClass('._a-zA-Z0-9-');
/** The API server's limit on a ConfigMap's or Secret's data. */
const MAX_DATA_BYTES = 1024 * 1024;

function configKeyErrors(key: string): string[] {
  const errs: string[] = [];
  if (key.length > 253) errs.push('must be no more than 253 characters');
  if (key === '' || !CONFIG_KEY.all(key)) {
    errs.push("a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')");
  }
  if (key === '.') errs.push("must not be '.'");
  else if (key === '..') errs.push("must not be '..'");
  else if (key.startsWith('..')) errs.push("must not start with '..'");
  return errs;
}

function checkKeys(map: unknown, path: string, run: SchemaRun): void {
  for (const [key] of entries(map)) for (const e of configKeyErrors(key)) run.error(path, invalid(key, e));
}

export function checkConfigMap(o: Obj, run: SchemaRun): void {
  checkKeys(o.data, 'data', run);
  checkKeys(o.binaryData, 'binaryData', run);
  let bytes = 0;
  for (const [key, v] of entries(o.data)) {
    if (typeof v === 'string') bytes += Buffer.byteLength(v);
    if (isObj(o.binaryData) && key in o.binaryData) run.error('data', invalid(key, 'duplicate of key present in binaryData'));
  }
  for (const [, v] of entries(o.binaryData)) if (typeof v === 'string') bytes += Buffer.from(v, 'base64').length;
  if (bytes > MAX_DATA_BYTES) run.error('', `Too long: may not be more than ${MAX_DATA_BYTES} bytes`);
}

/** Keys each well-known Secret type requires (after stringData is merged into data). */
const SECRET_TYPE_KEYS: { readonly [type: string]: readonly string[] } = {
  'kubernetes.io/dockercfg': ['.dockercfg'],
  'kubernetes.io/dockerconfigjson': ['.dockerconfigjson'],
  'kubernetes.io/ssh-auth': ['ssh-privatekey'],
  'kubernetes.io/tls': ['tls.crt', 'tls.key'],
};

export function checkSecret(o: Obj, run: SchemaRun): void {
  checkKeys(o.data, 'data', run);
  checkKeys(o.stringData, 'stringData', run);
  const keys = new Set([...entries(o.data).map(([k]) => k), ...entries(o.stringData).map(([k]) => k)]);
  let bytes = 0;
  for (const [, v] of entries(o.data)) if (typeof v === 'string') bytes += Buffer.from(v, 'base64').length;
  for (const [, v] of entries(o.stringData)) if (typeof v === 'string') bytes += Buffer.byteLength(v);
  if (bytes > MAX_DATA_BYTES) run.error('data', `Too long: may not be more than ${MAX_DATA_BYTES} bytes`);
  const type = typeof o.type === 'string' ? o.type : 'Opaque';
  for (const key of SECRET_TYPE_KEYS[type] ?? []) if (!keys.has(key)) run.error(`data[${key}]`, REQUIRED);
  if (type === 'kubernetes.io/basic-auth' && !keys.has('username') && !keys.has('password')) {
    run.error('data[username]', REQUIRED);
  }
  if (type === 'kubernetes.io/service-account-token' && !obj(obj(o.metadata).annotations)['kubernetes.io/service-account.name']) {
    run.error('metadata.annotations[kubernetes.io/service-account.name]', REQUIRED);
  }
}

const STANDARD_FINALIZERS: ReadonlySet<string> = new Set(['kubernetes', 'orphan', 'foregroundDeletion']);

export function checkNamespace(o: Obj, run: SchemaRun): void {
  if (obj(o.metadata).namespace !== undefined) run.error('metadata.namespace', 'Forbidden: not allowed on this type');
  const finalizers = obj(o.spec).finalizers;
  if (!Array.isArray(finalizers)) return;
  finalizers.forEach((f, i) => {
    if (typeof f === 'string' && !STANDARD_FINALIZERS.has(f) && !f.includes('/')) {
      run.error(`spec.finalizers[${i}]`, invalid(f, 'name is neither a standard finalizer name nor is it fully qualified'));
    }
  });
}
