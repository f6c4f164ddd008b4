import { RuleCompileFailure } from './rules';
import { Validator } from './run';
import { SchemaBundle } from './schema-types';
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
    readonly ruleFailures: readonly RuleCompileFailure[];
}
/** The generated bundles: file `imports/<name>-schemas.json`, and how messages name its CRDs. */
export declare enum CrdBundle {
    ISTIO = "istio",
    GATEWAY_API = "gateway-api",
    FLAGGER = "flagger",
    ARGO_ROLLOUTS = "argo-rollouts",
    /** Not CRDs: the Kubernetes core kinds' structural schema (scripts/import-kubernetes.js). */
    KUBERNETES = "kubernetes"
}
/** Finds a bundle from src/ (ts-jest) and from lib/src/ (compiled). */
export declare function bundlePath(bundle?: CrdBundle): string;
export declare function loadBundle(bundle?: CrdBundle): SchemaBundle;
/** Compiles every schema of the bundle (shared schemas once) and every CEL rule. */
export declare function buildRegistry(bundle: SchemaBundle, title?: string): SchemaRegistry;
/** The registry for a committed bundle, built on first use (Istio's by default). */
export declare function schemaRegistry(bundle?: CrdBundle): SchemaRegistry;
