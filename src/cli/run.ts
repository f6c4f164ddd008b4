/**
 * `cdk8s-istio validate|analyze|graph`: the CLI as a function of its arguments and streams, so that tests run it in-process.
 *
 * Exit status: 0 no errors; 1 errors found (also an unknown version of an Istio API group, which the schema layer
 * reports as an error finding: the object is readable, the cluster would reject it); 2 unusable input or command
 * line (missing path, unreadable file, directory without manifests, binary data, YAML/JSON syntax error, a document
 * that is not a mapping or has no apiVersion/kind, unknown option). All input is read and parsed before anything is
 * validated, so unusable input never produces a partial report.
 */
import * as fs from 'fs';
import { analysisRef, analyze } from '../validation/analysis';
import { isIstioObject } from '../validation/istio-kinds';
import { isValidatedKind } from '../validation/kinds';
import { validateObject } from '../validation';
import { versionFindings } from '../validation/version-gates';
import { IstioVersion } from '../shared/istio-version';
import { noObjectsProblem } from './no-objects';
import { packageVersion } from './version';
import { ManifestError } from '../validation/manifests';
import { CliOptions, OutputFormat, parseArgs, UsageError, USAGE } from './args';
import { reportTransition } from './check-transition';
import { writeGraph, writeGraphDiff } from './graph';
import { expandInputs, fileProblem, InputFile, parseInput, readAll, STDIN_NAME } from './inputs';
import {
  ChunkedWriter, countFinding, jsonElement, jsonEnd, Located, summaryLine, Totals, Writer, writeTextGroup,
} from './report';

export interface CliIo {
  readonly stdout: Writer;
  readonly stderr: Writer;
  readonly stdin: NodeJS.ReadableStream;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Runs the CLI; resolves to the exit status. Never throws: every failure becomes `cdk8s-istio: <message>`. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    let options: CliOptions | 'help' | 'version';
    try {
      options = parseArgs(argv);
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      io.stderr.write(`cdk8s-istio: ${e.message}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    if (options === 'help') {
      io.stdout.write(USAGE);
      return EXIT_OK;
    }
    if (options === 'version') {
      io.stdout.write(`${packageVersion()}\n`);
      return EXIT_OK;
    }
    const newer = options.istioVersion.warning;
    if (newer !== undefined) io.stderr.write(`cdk8s-istio: warning: ${newer}\n`);
    if (options.command === 'check-transition' || options.diff) return await compareTwo(options, io);
    const inputs = await readInputs(options.inputs, io);
    if (typeof inputs === 'string') {
      io.stderr.write(inputs);
      return EXIT_USAGE;
    }
    const empty = noObjectsProblem(inputs);
    if (empty !== undefined) {
      io.stderr.write(empty);
      return EXIT_USAGE;
    }
    if (options.command === 'graph') return await writeGraph(options.format, options.outDir, inputs, io.stdout) ? EXIT_FINDINGS : EXIT_OK;
    return check(options, inputs, io);
  } catch (e) {
    io.stderr.write(`cdk8s-istio: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT_USAGE;
  }
}

/** check-transition and graph --diff: two inputs, each read whole, compared. */
async function compareTwo(options: CliOptions, io: CliIo): Promise<number> {
  const from = await readInputs([options.inputs[0]], io);
  const to = await readInputs([options.inputs[1]], io);
  const problems = [from, to].filter((x): x is string => typeof x === 'string');
  if (problems.length > 0 || typeof from === 'string' || typeof to === 'string') {
    io.stderr.write(problems.join(''));
    return EXIT_USAGE;
  }
  if (options.diff) return writeGraphDiff(options.format, from, to, io.stdout) ? EXIT_FINDINGS : EXIT_OK;
  return reportTransition(options.format, from, to, io.stdout) ? EXIT_FINDINGS : EXIT_OK;
}

/** The parsed inputs, or the text listing every unusable one. */
async function readInputs(args: readonly string[], io: CliIo): Promise<InputFile[] | string> {
  const { files, problems } = expandInputs(args);
  const inputs: InputFile[] = [];
  for (const file of files) {
    try {
      const bytes = file === '-' ? await readAll(io.stdin) : fs.readFileSync(file);
      inputs.push(parseInput(file === '-' ? STDIN_NAME : file, bytes));
    } catch (e) {
      problems.push(e instanceof ManifestError ? e.message : fileProblem(file, e));
    }
  }
  return problems.length > 0 ? problems.map((p) => `cdk8s-istio: ${p}\n`).join('') : inputs;
}

function check(options: CliOptions, inputs: readonly InputFile[], io: CliIo): number {
  const totals: Totals = { files: inputs.length, objects: 0, istioObjects: 0, errors: 0, warnings: 0, infos: 0 };
  const perFile: Located[][] = inputs.map(() => []);
  inputs.forEach((input, i) => {
    const found = perFile[i];
    const minor = options.istioVersion.minor;
    for (const doc of input.documents) {
      totals.objects++;
      if (isIstioObject(doc.object)) totals.istioObjects++;
      const findings = isValidatedKind(doc.object) ? validateObject(doc.object) : [];
      if (minor < IstioVersion.NEWEST_SUPPORTED) findings.push(...versionFindings(doc.object, minor));
      for (const finding of findings) {
        found.push(doc.line === undefined
          ? { file: input.name, document: doc.document, finding }
          : { file: input.name, document: doc.document, line: doc.line, finding });
      }
    }
  });
  if (options.command === 'analyze') addAnalysis(inputs, perFile, options.closedWorld);

  const out = new ChunkedWriter(io.stdout);
  let first = true;
  for (let i = 0; i < inputs.length; i++) {
    for (const item of perFile[i]) {
      countFinding(totals, item.finding);
      if (options.format === OutputFormat.JSON) jsonElement(out, item, first);
      first = false;
    }
    if (options.format === OutputFormat.TEXT) writeTextGroup(out, inputs[i].name, perFile[i]);
  }
  if (options.format === OutputFormat.JSON) jsonEnd(out, first);
  else out.write(summaryLine(totals));
  out.flush();
  const failed = totals.errors > 0 || (options.warningsAsErrors && totals.warnings > 0);
  return failed ? EXIT_FINDINGS : EXIT_OK;
}

/** Cross-object analysis over all inputs together; each finding is filed under the first place its object was read. */
function addAnalysis(inputs: readonly InputFile[], perFile: Located[][], closedWorld: boolean): void {
  const all: object[] = [];
  for (const input of inputs) for (const doc of input.documents) all.push(doc.object);
  const findings = analyze(all, { closedWorld });
  if (findings.length === 0) return;
  const where = new Map<string, { file: number; document: number; line?: number }>();
  inputs.forEach((input, file) => {
    for (const doc of input.documents) {
      const key = identity(analysisRef(doc.object));
      if (!where.has(key)) where.set(key, { file, document: doc.document, line: doc.line });
    }
  });
  const touched = new Set<number>();
  for (const finding of findings) {
    const at = where.get(identity(finding)) ?? { file: 0, document: 0 };
    const base = { file: inputs[at.file].name, document: at.document, finding };
    perFile[at.file].push(at.line === undefined ? base : { ...base, line: at.line });
    touched.add(at.file);
  }
  for (const file of touched) perFile[file].sort((a, b) => a.document - b.document);
}

function identity(r: { apiVersion: string; kind: string; namespace?: string; name: string }): string {
  return `${r.apiVersion}|${r.kind}|${r.namespace ?? ''}|${r.name}`;
}
