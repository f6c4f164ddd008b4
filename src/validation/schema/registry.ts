/**
 * The CRD schemas of imports/istio-schemas.json, compiled once (with every CEL rule) on first use and looked up by
 * apiVersion + kind.
 */
import * as fs from 'fs';
import * as path from 'path';
import { compileSchema } from './compile';
import { RuleCompileFailure, RuleCompiler } from './rules';
import { Validator } from './run';
import { SchemaBundle } from './schema-types';

/** The served versions of one kind, each with its compiled validator. */
export interface KindEntry {
  readonly group: string;
  readonly kind: string;
  readonly versions: ReadonlyMap<string, Validator>;
}

export interface SchemaRegistry {
  /** `group/Kind` → entry. */
  readonly kinds: ReadonlyMap<string, KindEntry>;
  /** group → its kinds, for "unknown kind" messages. */
  readonly kindsByGroup: ReadonlyMap<string, readonly string[]>;
  readonly ruleFailures: readonly RuleCompileFailure[];
}

const BUNDLE_NAME = 'istio-schemas.json';

/** Finds the bundle from src/ (ts-jest) and from lib/src/ (compiled). */
export function bundlePath(): string {
  const candidates = [
    path.resolve(__dirname, '../../../imports', BUNDLE_NAME),
    path.resolve(__dirname, '../../../../imports', BUNDLE_NAME),
  ];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error(`cdk8s-istio: schema bundle ${BUNDLE_NAME} not found (looked in ${candidates.join(', ')})`);
  return found;
}

export function loadBundle(): SchemaBundle {
  return JSON.parse(fs.readFileSync(bundlePath(), 'utf8')) as SchemaBundle;
}

/** Compiles every schema of the bundle (shared schemas once) and every CEL rule. */
export function buildRegistry(bundle: SchemaBundle): SchemaRegistry {
  const rules = new RuleCompiler();
  const compiled = new Map<number, Validator>();
  const kinds = new Map<string, KindEntry>();
  const kindsByGroup = new Map<string, string[]>();
  for (const k of bundle.kinds) {
    const versions = new Map<string, Validator>();
    for (const v of k.versions) {
      let validator = compiled.get(v.schema);
      if (!validator) {
        validator = compileSchema(bundle.schemas[v.schema], rules);
        compiled.set(v.schema, validator);
      }
      versions.set(v.name, validator);
    }
    kinds.set(`${k.group}/${k.kind}`, { group: k.group, kind: k.kind, versions });
    const list = kindsByGroup.get(k.group) ?? [];
    list.push(k.kind);
    kindsByGroup.set(k.group, list);
  }
  for (const list of kindsByGroup.values()) list.sort();
  return { kinds, kindsByGroup, ruleFailures: rules.failures };
}

let registry: SchemaRegistry | undefined;

/** The registry for the committed bundle, built on first use. */
export function schemaRegistry(): SchemaRegistry {
  registry ??= buildRegistry(loadBundle());
  return registry;
}
