/** The command line of `cdk8s-istio`: parsed by hand (two commands, three options) to keep start-up fast. */

import { DEFAULT_MAX_DIAGRAM_NODES, MAX_DIAGRAM_NODES_CEILING } from '../graph/summary';
import { IstioVersion } from '../shared/istio-version';

export const USAGE = `Usage: cdk8s-istio <command> [options] <file|dir|->...
       cdk8s-istio check-transition [options] <from> <to>
       cdk8s-istio graph [--out <dir>] [--format json] [--max-nodes <n>] <file|dir|->...
       cdk8s-istio graph --diff [--format json] [--max-nodes <n>] <before> <after>

Commands:
  validate          check every Istio object on its own (CRD schema + CEL, istiod's webhook rules)
  analyze           validate, then check the objects against each other (istioctl analyze-style)
  check-transition  replay kubectl apply of <to> over a cluster holding <from> (object by object in
                    file order, pruning what <to> lacks at the end) and report every state on the way
                    that stops serving a route, with how to stage the change
  graph             draw the mesh (namespaces, Services, versions, weights, match rules, gateways,
                    waypoints, mirrors, mTLS and authorization, findings): writes mesh.md (Mermaid)
                    and mesh.svg into --out, or the graph as JSON to stdout with --format json;
                    with --diff: what changed in routing and security from <before> to <after>
                    (Markdown with both diagrams, or the changes as JSON) to stdout

Inputs: YAML files (multi-document), JSON files (an object, an array, or a kind: List), directories
(searched recursively for *.yaml, *.yml, *.json), or - for standard input.

Options:
  --format <text|json>    text (default): findings grouped by file and a summary line;
                          json: one JSON array of findings, each with its file and document
  --warnings-as-errors    exit 1 on warnings too
  --max-input-size <size> refuse (exit 2) any input larger than this: bytes, or with KiB, MiB or GiB
                          (default 256MiB, at most 512MiB)
  --istio-version <1.N>   the Istio release the objects are for (1.22 to 1.30, default 1.30): flags fields
                          that release does not have yet; a newer release warns and uses the 1.30 rules
  --version               print the version of cdk8s-istio
  --closed-world          analyze: the inputs are the whole cluster (Services, workloads, Nodes, Secrets,
                          Gateways, Namespaces not in them do not exist), as istioctl analyze offline
  --diff                  graph: compare two inputs, <before> and <after>
  --out <dir>             graph: where mesh.md and mesh.svg go (default: the current directory)
  --max-nodes <n>         graph: above n nodes the diagrams show one box per namespace (default 150);
                          the tables and the JSON always hold everything
  -h, --help              print this help

Exit status: 0 no errors, 1 errors found, 2 unusable input or command line.
(No objects read at all is unusable input.)
check-transition: 0 when every state on the way serves all traffic, 1 when some state drops a route.
graph: 1 when analysis finds errors (the picture is written and shows them).
`;

export enum OutputFormat {
  TEXT = 'text',
  JSON = 'json',
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
  /** graph only: the diagram limit (above it the diagrams summarize per namespace). */
  readonly maxNodes: number;
}

/** The default of `--max-input-size`: far above any real manifest file, far below what exhausts memory. */
export const DEFAULT_MAX_INPUT_BYTES = 256 * 1024 * 1024;
/** Decoded text longer than about 512 MiB does not fit in a JavaScript string. */
const MAX_INPUT_BYTES_CEILING = 512 * 1024 * 1024;
const SIZE_UNITS: ReadonlyArray<[string, number]> = [['KiB', 1024], ['MiB', 1024 * 1024], ['GiB', 1024 * 1024 * 1024]];

function parseSize(value: string): number {
  const unit = SIZE_UNITS.find(([suffix]) => value.endsWith(suffix));
  const digits = unit ? value.slice(0, -unit[0].length) : value;
  let ok = digits.length > 0 && digits.length <= 12;
  for (let i = 0; ok && i < digits.length; i++) ok = digits.charCodeAt(i) >= 0x30 && digits.charCodeAt(i) <= 0x39;
  const bytes = ok ? Number(digits) * (unit ? unit[1] : 1) : NaN;
  if (!(bytes > 0)) {
    throw new UsageError(`option '--max-input-size' must be a positive number of bytes, or of KiB, MiB or GiB (like 64MiB), not '${value}'`);
  }
  if (bytes > MAX_INPUT_BYTES_CEILING) {
    throw new UsageError(`option '--max-input-size' can be at most 512MiB (a longer text does not fit in a JavaScript string), not '${value}'`);
  }
  return bytes;
}

/** A command line that cannot be run; the message says why, and the usage follows it. */
export class UsageError extends Error {}

/** Returns the options, 'help' for -h/--help, 'version' for --version, or throws UsageError. */
export function parseArgs(argv: readonly string[]): CliOptions | 'help' | 'version' {
  let command: string | undefined;
  const inputs: string[] = [];
  let format = OutputFormat.TEXT;
  let warningsAsErrors = false;
  let maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
  let istioVersion = IstioVersion.DEFAULT;
  let closedWorld = false;
  let outDir: string | undefined;
  let diff = false;
  let maxNodes: number | undefined;
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      if (command === undefined) command = arg;
      else inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
    } else if (arg === '-h' || arg === '--help') {
      return 'help';
    } else if (arg === '--version') {
      return 'version';
    } else if (arg === '--istio-version' || arg.startsWith('--istio-version=')) {
      const value = arg === '--istio-version' ? argv[++i] : arg.slice('--istio-version='.length);
      if (value === undefined) throw new UsageError("option '--istio-version' needs a value, e.g. 1.28");
      try {
        istioVersion = IstioVersion.parse(value, "option '--istio-version'");
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
    } else if (arg === '--warnings-as-errors') {
      warningsAsErrors = true;
    } else if (arg === '--closed-world') {
      closedWorld = true;
    } else if (arg === '--diff') {
      diff = true;
    } else if (arg === '--out' || arg.startsWith('--out=')) {
      outDir = arg === '--out' ? argv[++i] : arg.slice('--out='.length);
      if (!outDir) throw new UsageError("option '--out' needs a directory");
    } else if (arg === '--max-nodes' || arg.startsWith('--max-nodes=')) {
      const value = arg === '--max-nodes' ? argv[++i] : arg.slice('--max-nodes='.length);
      maxNodes = Number(value);
      if (!Number.isInteger(maxNodes) || maxNodes < 1 || maxNodes > MAX_DIAGRAM_NODES_CEILING || String(maxNodes) !== value) {
        throw new UsageError(`option '--max-nodes' must be a whole number from 1 to ${MAX_DIAGRAM_NODES_CEILING}, not '${value ?? ''}'`);
      }
    } else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? argv[++i] : arg.slice('--format='.length);
      if (value === undefined) throw new UsageError("option '--format' needs a value: text or json");
      if (value !== OutputFormat.TEXT && value !== OutputFormat.JSON) {
        throw new UsageError(`option '--format' must be text or json, not '${value}'`);
      }
      format = value;
    } else if (arg === '--max-input-size' || arg.startsWith('--max-input-size=')) {
      const value = arg === '--max-input-size' ? argv[++i] : arg.slice('--max-input-size='.length);
      if (value === undefined) throw new UsageError("option '--max-input-size' needs a value, like 64MiB");
      maxInputBytes = parseSize(value);
    } else {
      throw new UsageError(`unknown option '${arg}'`);
    }
  }
  if (command === undefined) throw new UsageError('missing command: validate, analyze, check-transition or graph');
  if (command === 'check-transition') {
    if (inputs.length !== 2) throw new UsageError(`'check-transition' needs exactly two inputs, <from> and <to>, got ${inputs.length}`);
  } else if (command !== 'validate' && command !== 'analyze' && command !== 'graph') {
    throw new UsageError(`unknown command '${command}': use validate, analyze, check-transition or graph`);
  }
  if (inputs.length === 0) throw new UsageError(`'${command}' needs at least one file, directory, or - for stdin`);
  if (inputs.filter((x) => x === '-').length > 1) throw new UsageError("'-' (stdin) can be given only once");
  if (closedWorld && command !== 'analyze') throw new UsageError("option '--closed-world' applies to analyze only");
  if (outDir !== undefined && command !== 'graph') throw new UsageError("option '--out' applies to graph only");
  if (diff && command !== 'graph') throw new UsageError("option '--diff' applies to graph only");
  if (diff && inputs.length !== 2) throw new UsageError(`'graph --diff' needs exactly two inputs, <before> and <after>, got ${inputs.length}`);
  if (diff && outDir !== undefined) throw new UsageError("'graph --diff' writes to standard output: drop '--out'");
  if (maxNodes !== undefined && command !== 'graph') throw new UsageError("option '--max-nodes' applies to graph only");
  return {
    command, inputs, format, warningsAsErrors, istioVersion, closedWorld, maxInputBytes, outDir: outDir ?? '.', diff,
    maxNodes: maxNodes ?? DEFAULT_MAX_DIAGRAM_NODES,
  };
}
