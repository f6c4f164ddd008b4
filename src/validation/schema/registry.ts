/**
 * The CRD schemas of imports/<family>-schemas.json (istio, gateway-api, flagger, argo-rollouts), each bundle read
 * on first use and each kind's schema compiled (with its CEL rules) on first use of that kind, looked up by
 * apiVersion + kind.
 */
import * as fs from 'fs';
import * as path from 'path';
import { compileSchema } from './compile';
import { RuleCompileFailure, RuleCompiler } from './rules';
import { Validator } from './run';
import { JsonSchema, SchemaBundle } from './schema-types';

/** The served versions of one kind, each with its compiled validator. */
export interface KindEntry {
  readonly group: string;
  readonly kind: string;
  readonly versions: ReadonlyMap<string, Validator>;
  /** Versions the CRD lists without serving them: the API server refuses objects in them. */
  readonly unserved: ReadonlySet<string>;
}

export interface SchemaRegistry {
  /** What the CRDs are, for messages ("the Istio CRDs"). */
  readonly title: string;
  /** `group/Kind` → entry. */
  readonly kinds: ReadonlyMap<string, KindEntry>;
  /** group → its kinds, for "unknown kind" messages. */
  readonly kindsByGroup: ReadonlyMap<string, readonly string[]>;
  /** Rules that did not compile, of the kinds compiled so far (kinds compile on first use). */
  readonly ruleFailures: readonly RuleCompileFailure[];
}

/** The generated bundles: file `imports/<name>-schemas.json`, and how messages name its CRDs. */
export enum CrdBundle {
  ISTIO = 'istio',
  GATEWAY_API = 'gateway-api',
  FLAGGER = 'flagger',
  ARGO_ROLLOUTS = 'argo-rollouts',
  /** Not CRDs: the Kubernetes core kinds' structural schema (scripts/import-kubernetes.js). */
  KUBERNETES = 'kubernetes',
}

const TITLES: { readonly [b in CrdBundle]: string } = {
  [CrdBundle.ISTIO]: 'the Istio CRDs',
  [CrdBundle.GATEWAY_API]: 'the Gateway API CRDs',
  [CrdBundle.FLAGGER]: 'the Flagger CRDs',
  [CrdBundle.ARGO_ROLLOUTS]: 'the Argo Rollouts CRDs',
  [CrdBundle.KUBERNETES]: 'the Kubernetes 1.33 API',
};

/** Finds a bundle from src/ (ts-jest) and from lib/src/ (compiled). */
export function bundlePath(bundle: CrdBundle = CrdBundle.ISTIO): string {
  const file = `${bundle}-schemas.json`;
  const candidates = [
    path.resolve(__dirname, '../../../imports', file),
    path.resolve(__dirname, '../../../../imports', file),
  ];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error(`cdk8s-istio: schema bundle ${file} not found (looked in ${candidates.join(', ')})`);
  return found;
}

export function loadBundle(bundle: CrdBundle = CrdBundle.ISTIO): SchemaBundle {
  return JSON.parse(fs.readFileSync(bundlePath(bundle), 'utf8')) as SchemaBundle;
}

/**
 * A validator that compiles its schema (and the schema's CEL rules) on its first call: an Istio-only input pays for
 * the kinds it uses, not for all fifteen (the one-time load of issue 14 stays well under 100 ms).
 */
function compiledOnFirstUse(schema: JsonSchema, rules: RuleCompiler, builtIn: boolean): Validator {
  let validator: Validator | undefined;
  return (value, path, run) => {
    validator ??= compileSchema(schema, rules, builtIn);
    validator(value, path, run);
  };
}

/**
 * Indexes the bundle's kinds; each schema (shared by the versions that use it) is compiled with its CEL rules when
 * an object of one of its versions is first validated.
 */
export function buildRegistry(bundle: SchemaBundle, title: string = TITLES[CrdBundle.ISTIO]): SchemaRegistry {
  const rules = new RuleCompiler();
  const compiled = new Map<number, Validator>();
  const kinds = new Map<string, KindEntry>();
  const kindsByGroup = new Map<string, string[]>();
  for (const k of bundle.kinds) {
    const versions = new Map<string, Validator>();
    const unserved = new Set<string>();
    for (const v of k.versions) {
      if (v.served === false) {
        unserved.add(v.name);
        continue;
      }
      let validator = compiled.get(v.schema);
      if (!validator) {
        validator = compiledOnFirstUse(bundle.schemas[v.schema], rules, bundle.builtIn === true);
        compiled.set(v.schema, validator);
      }
      versions.set(v.name, validator);
    }
    kinds.set(`${k.group}/${k.kind}`, { group: k.group, kind: k.kind, versions, unserved });
    const list = kindsByGroup.get(k.group) ?? [];
    list.push(k.kind);
    kindsByGroup.set(k.group, list);
  }
  for (const list of kindsByGroup.values()) list.sort();
  return { title, kinds, kindsByGroup, ruleFailures: rules.failures };
}

const registries = new Map<CrdBundle, SchemaRegistry>();

/** The registry for a committed bundle, built on first use (Istio's by default). */
export function schemaRegistry(bundle: CrdBundle = CrdBundle.ISTIO): SchemaRegistry {
  let registry = registries.get(bundle);
  if (!registry) {
    registry = buildRegistry(loadBundle(bundle), TITLES[bundle]);
    registries.set(bundle, registry);
  }
  return registry;
}
