/** The command line of `cdk8s-istio`: parsed by hand (two commands, three options) to keep start-up fast. */
import { IstioVersion } from '../shared/istio-version';
export declare const USAGE = "Usage: cdk8s-istio <command> [options] <file|dir|->...\n       cdk8s-istio check-transition [options] <from> <to>\n       cdk8s-istio graph [--out <dir>] [--format json] <file|dir|->...\n       cdk8s-istio graph --diff [--format json] <before> <after>\n\nCommands:\n  validate          check every Istio object on its own (CRD schema + CEL, istiod's webhook rules)\n  analyze           validate, then check the objects against each other (istioctl analyze-style)\n  check-transition  replay kubectl apply of <to> over a cluster holding <from> (object by object in\n                    file order, pruning what <to> lacks at the end) and report every state on the way\n                    that stops serving a route, with how to stage the change\n  graph             draw the mesh (namespaces, Services, versions, weights, match rules, gateways,\n                    waypoints, mirrors, mTLS and authorization, findings): writes mesh.md (Mermaid)\n                    and mesh.svg into --out, or the graph as JSON to stdout with --format json;\n                    with --diff: what changed in routing and security from <before> to <after>\n                    (Markdown with both diagrams, or the changes as JSON) to stdout\n\nInputs: YAML files (multi-document), JSON files (an object, an array, or a kind: List), directories\n(searched recursively for *.yaml, *.yml, *.json), or - for standard input.\n\nOptions:\n  --format <text|json>    text (default): findings grouped by file and a summary line;\n                          json: one JSON array of findings, each with its file and document\n  --warnings-as-errors    exit 1 on warnings too\n  --max-input-size <size> refuse (exit 2) any input larger than this: bytes, or with KiB, MiB or GiB\n                          (default 256MiB, at most 512MiB)\n  --istio-version <1.N>   the Istio release the objects are for (1.22 to 1.30, default 1.30): flags fields\n                          that release does not have yet; a newer release warns and uses the 1.30 rules\n  --version               print the version of cdk8s-istio\n  --closed-world          analyze: the inputs are the whole cluster (Services, workloads, Nodes, Secrets,\n                          Gateways, Namespaces not in them do not exist), as istioctl analyze offline\n  --diff                  graph: compare two inputs, <before> and <after>\n  --out <dir>             graph: where mesh.md and mesh.svg go (default: the current directory)\n  -h, --help              print this help\n\nExit status: 0 no errors, 1 errors found, 2 unusable input or command line.\n(No objects read at all is unusable input.)\ncheck-transition: 0 when every state on the way serves all traffic, 1 when some state drops a route.\ngraph: 1 when analysis finds errors (the picture is written and shows them).\n";
export declare enum OutputFormat {
    TEXT = "text",
    JSON = "json"
}
export interface CliOptions {
    readonly command: 'validate' | 'analyze' | 'check-transition' | 'graph';
    readonly inputs: readonly string[];
    readonly format: OutputFormat;
    readonly warningsAsErrors: boolean;
    /** Inputs larger than this many bytes are refused (exit 2). */
    readonly maxInputBytes: number;
    /** `--istio-version`, or the default (1.30). */
    readonly istioVersion: IstioVersion;
    /** analyze only: the inputs are the whole cluster. */
    readonly closedWorld: boolean;
    /** graph only: the directory mesh.md and mesh.svg are written to. */
    readonly outDir: string;
    /** graph only: compare inputs[0] (before) with inputs[1] (after). */
    readonly diff: boolean;
}
/** The default of `--max-input-size`: far above any real manifest file, far below what exhausts memory. */
export declare const DEFAULT_MAX_INPUT_BYTES: number;
/** A command line that cannot be run; the message says why, and the usage follows it. */
export declare class UsageError extends Error {
}
/** Returns the options, 'help' for -h/--help, 'version' for --version, or throws UsageError. */
export declare function parseArgs(argv: readonly string[]): CliOptions | 'help' | 'version';
