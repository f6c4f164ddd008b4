/**
 * The CEL environment the API server gives `x-kubernetes-validations` rules, on top of `@marcbachmann/cel-js`.
 *
 * Where cel-js's standard library differs from Kubernetes (cel-go + the Kubernetes libraries) the calls are routed
 * to this project's functions: `duration()` parses like Go's `time.ParseDuration` (cel-js accepts ".s" and rejects
 * "0"), `matches()` uses RE2 (cel-js uses JavaScript RegExp, which accepts look-arounds RE2 rejects), and the
 * Kubernetes URL library follows Go's `net/url.ParseRequestURI`.
 */
import type { Environment } from '@marcbachmann/cel-js';
/**
 * Built-in function names whose Kubernetes semantics differ from cel-js: every call site is renamed to the
 * project's own overload at compile time (cel-js refuses a second overload with the same signature).
 */
export declare const KUBERNETES_OVERRIDES: {
    readonly [builtin: string]: string;
};
/** The function `has(<expression>.<field>)` is rewritten to when cel-js cannot parse it. */
export declare const HAS_FIELD = "kubernetes_has_field";
/** The one Kubernetes CEL environment (built on first use: building it costs a few milliseconds). */
export declare function kubernetesEnvironment(): Environment;
