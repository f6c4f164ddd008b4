/**
 * `metadata.ownerReferences` as the API server's ObjectMeta validation checks them for every kind (apimachinery
 * `ValidateOwnerReferences`, KUBERNETES-VALIDATION-RULES.md §2): apiVersion (with a version), kind, name and uid
 * non-empty, no Event as owner, at most one controller; plus strict decoding of each reference's fields. Paths
 * carry the reference's index (the API server reports them all at `metadata.ownerReferences`).
 */
import { isObj } from '../util/plain-json';
import { childPath, invalid, typeInvalid, unknownField } from './messages';
import { SchemaRun } from './run';

const PATH = 'metadata.ownerReferences';
const STRING_FIELDS = ['apiVersion', 'kind', 'name', 'uid'] as const;
const BOOLEAN_FIELDS = ['controller', 'blockOwnerDeletion'];
const FIELDS: ReadonlySet<string> = new Set([...STRING_FIELDS, ...BOOLEAN_FIELDS]);

/** The version part of an apiVersion ("apps/v1" → "v1"); "" when Go's ParseGroupVersion fails or has none. */
function versionOf(apiVersion: string): string {
  const parts = apiVersion.split('/');
  if (parts.length === 1) return parts[0];
  return parts.length === 2 ? parts[1] : '';
}

export function validateOwnerReferences(refs: unknown, run: SchemaRun): void {
  if (refs === undefined || refs === null) return;
  if (!Array.isArray(refs)) {
    run.error(PATH, typeInvalid(PATH, refs, 'array'));
    return;
  }
  let controller: string | undefined;
  refs.forEach((ref, i) => {
    const at = `${PATH}[${i}]`;
    if (!isObj(ref)) {
      run.error(at, typeInvalid(at, ref, 'object'));
      return;
    }
    for (const key of Object.keys(ref)) if (!FIELDS.has(key)) run.error(childPath(at, key), unknownField(childPath(at, key)));
    const text: { [k: string]: string } = {};
    for (const f of STRING_FIELDS) {
      const v = ref[f];
      if (v !== undefined && v !== null && typeof v !== 'string') run.error(`${at}.${f}`, typeInvalid(`${at}.${f}`, v, 'string'));
      text[f] = typeof v === 'string' ? v : '';
    }
    for (const f of BOOLEAN_FIELDS) {
      const v = ref[f];
      if (v !== undefined && v !== null && typeof v !== 'boolean') run.error(`${at}.${f}`, typeInvalid(`${at}.${f}`, v, 'boolean'));
    }
    if (versionOf(text.apiVersion) === '') run.error(`${at}.apiVersion`, invalid(text.apiVersion, 'version must not be empty'));
    if (text.kind === '') run.error(`${at}.kind`, invalid('', 'kind must not be empty'));
    if (text.name === '') run.error(`${at}.name`, invalid('', 'name must not be empty'));
    if (text.uid === '') run.error(`${at}.uid`, invalid('', 'uid must not be empty'));
    if (text.apiVersion === 'v1' && text.kind === 'Event') run.error(at, invalid(ref, '/v1, Kind=Event is disallowed from being an owner'));
    if (ref.controller === true) {
      const current = `${text.kind}/${text.name}`;
      if (controller === undefined) controller = current;
      else {
        run.error(PATH, invalid(refs, `Only one reference can have Controller set to true. Found "true" in references for ${controller} and ${current}`));
      }
    }
  });
}
