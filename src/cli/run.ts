/**
 * `cdk8s-istio validate|analyze|graph`: the CLI as a function of its arguments and streams, so that tests run it in-process.
 *
 * Exit status: 0 no errors; 1 errors found (also an unknown version of an Istio API group, which the schema layer
 * reports as an error finding: the object is readable, the cluster would reject it); 2 unusable input or command
 * line (missing path, unreadable file, directory without manifests, binary data, YAML/JSON syntax error, a document
 * that is not a mapping or has no apiVersion/kind, an input over a limit, unknown option). Unusable input never
 * produces a partial report: findings are printed only once every input has been read.
 *
 * Memory: each document is validated as soon as it is parsed and then let go (`validate` keeps only findings);
 * `analyze` keeps the objects, which cross-object analysis needs together, but not their text or parse trees.
 */
import { analysisRef, analyze } from '../validation/analysis';
import { Finding } from '../validation/finding';
import { isIstioObject } from '../validation/istio-kinds';
import { isValidatedKind } from '../validation/kinds';
import { validateObject } from '../validation';
import { ManifestDocument, ManifestError, readManifests } from '../validation/manifests';
import { escapeControlChars } from '../validation/util/control-chars';
import { versionFindings } from '../validation/version-gates';
import { IstioVersion } from '../shared/istio-version';
import { noObjectsProblem } from './no-objects';
import { packageVersion } from './version';
import { CliOptions, OutputFormat, parseArgs, UsageError, USAGE } from './args';
import { reportTransition } from './check-transition';
import { writeGraph, writeGraphDiff } from './graph';
import { decodeInput, expandInputs, fileProblem, readInputFiles, readSource, sourceName } from './inputs';
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
    if (options.command === 'graph') return await graph(options, io);
    const checked = await readAndCheck(options, io);
    if (typeof checked === 'string') {
      io.stderr.write(checked);
      return EXIT_USAGE;
    }
    return report(options, checked, io);
  } catch (e) {
    io.stderr.write(`cdk8s-istio: ${escapeControlChars(e instanceof Error ? e.message : String(e))}\n`);
    return EXIT_USAGE;
  }
}

/** check-transition and graph --diff: two inputs, each read whole, compared. */
async function compareTwo(options: CliOptions, io: CliIo): Promise<number> {
  const from = await readInputFiles([options.inputs[0]], options.maxInputBytes, io.stdin);
  const to = await readInputFiles([options.inputs[1]], options.maxInputBytes, io.stdin);
  const problems = [from, to].filter((x): x is string => typeof x === 'string');
  if (problems.length > 0 || typeof from === 'string' || typeof to === 'string') {
    io.stderr.write(problems.join(''));
    return EXIT_USAGE;
  }
  if (options.diff) return writeGraphDiff(options, from, to, io.stdout) ? EXIT_FINDINGS : EXIT_OK;
  return reportTransition(options.format, from, to, io.stdout) ? EXIT_FINDINGS : EXIT_OK;
}

/** graph: every input read whole (the graph needs all objects together), then drawn. */
async function graph(options: CliOptions, io: CliIo): Promise<number> {
  const inputs = await readInputFiles(options.inputs, options.maxInputBytes, io.stdin);
  const problem = typeof inputs === 'string' ? inputs : noObjectsProblem(inputs);
  if (problem !== undefined || typeof inputs === 'string') {
    io.stderr.write(problem ?? '');
    return EXIT_USAGE;
  }
  return writeGraph(options, inputs, io.stdout) ? EXIT_FINDINGS : EXIT_OK;
}

/** What reading and checking every input gave. */
interface Checked {
  readonly names: string[];
  readonly perFile: Located[][];
  readonly totals: Totals;
}

/**
 * The objects kept for cross-object analysis, and the index (into `names`) of the file each was read from: two
 * parallel arrays rather than a `{ ...doc, file }` copy per document, which `analyze` made 20,000 times on the bench.
 */
interface Kept {
  readonly docs: ManifestDocument[];
  readonly files: number[];
}

/** Reads, parses and validates every input one document at a time; the text listing every unusable input, if any. */
async function readAndCheck(options: CliOptions, io: CliIo): Promise<Checked | string> {
  const expanded = expandInputs(options.inputs);
  const sources = expanded.sources;
  const problems = expanded.problems.map(escapeControlChars); // a path named on the command line may hold anything
  const names: string[] = [];
  const perFile: Located[][] = [];
  const kept: Kept = { docs: [], files: [] };
  const totals: Totals = { files: 0, objects: 0, istioObjects: 0, errors: 0, warnings: 0, infos: 0 };
  const minor = options.istioVersion.minor;
  for (const source of sources) {
    const name = sourceName(source);
    try {
      const bytes = await readSource(source, options.maxInputBytes, io.stdin);
      if (bytes === undefined) continue; // not a regular file, found in a directory
      const text = decodeInput(name, bytes);
      const file = names.length;
      const found: Located[] = [];
      for (const doc of readManifests(text, name)) {
        if (problems.length > 0) continue; // nothing will be reported: only look for more unusable input
        totals.objects++;
        if (options.command === 'analyze') {
          kept.docs.push(doc);
          kept.files.push(file);
        }
        if (isIstioObject(doc.object)) totals.istioObjects++;
        const findings = isValidatedKind(doc.object) ? validateObject(doc.object) : [];
        if (minor < IstioVersion.NEWEST_SUPPORTED) findings.push(...versionFindings(doc.object, minor));
        for (const finding of findings) found.push(located(name, doc, finding));
      }
      names.push(name);
      perFile.push(found);
    } catch (e) {
      problems.push(escapeControlChars(e instanceof ManifestError ? e.message : fileProblem(name, e)));
    }
  }
  if (problems.length > 0) return problems.map((p) => `cdk8s-istio: ${p}\n`).join('');
  if (totals.objects === 0) {
    // Only the names matter to the message; the documents were let go one by one.
    return noObjectsProblem(names.map((name) => ({ name, documents: [] }))) ?? '';
  }
  totals.files = names.length;
  if (options.command === 'analyze') addAnalysis(kept, names, perFile, options.closedWorld);
  return { names, perFile, totals };
}

function located(file: string, doc: ManifestDocument, finding: Finding): Located {
  return doc.line === undefined
    ? { file, document: doc.document, finding }
    : { file, document: doc.document, line: doc.line, finding };
}

function report(options: CliOptions, checked: Checked, io: CliIo): number {
  const { names, perFile, totals } = checked;
  const out = new ChunkedWriter(io.stdout);
  let first = true;
  for (let i = 0; i < names.length; i++) {
    for (const item of perFile[i]) {
      countFinding(totals, item.finding);
      if (options.format === OutputFormat.JSON) jsonElement(out, item, first);
      first = false;
    }
    if (options.format === OutputFormat.TEXT) writeTextGroup(out, names[i], perFile[i]);
  }
  if (options.format === OutputFormat.JSON) jsonEnd(out, first);
  else out.write(summaryLine(totals));
  out.flush();
  const failed = totals.errors > 0 || (options.warningsAsErrors && totals.warnings > 0);
  return failed ? EXIT_FINDINGS : EXIT_OK;
}

/** Cross-object analysis over all inputs together; each finding is filed under the first place its object was read. */
function addAnalysis(kept: Kept, names: readonly string[], perFile: Located[][], closedWorld: boolean): void {
  const findings = analyze(kept.docs.map((k) => k.object), { closedWorld });
  if (findings.length === 0) return;
  const where = new Map<string, number>();
  kept.docs.forEach((k, i) => {
    const key = identity(analysisRef(k.object));
    if (!where.has(key)) where.set(key, i);
  });
  const touched = new Set<number>();
  for (const finding of findings) {
    const at = where.get(identity(finding));
    const file = at === undefined ? 0 : kept.files[at];
    perFile[file].push(at === undefined ? { file: names[file], document: 0, finding } : located(names[file], kept.docs[at], finding));
    touched.add(file);
  }
  for (const file of touched) perFile[file].sort((a, b) => a.document - b.document);
}

function identity(r: { apiVersion: string; kind: string; namespace?: string; name: string }): string {
  return `${r.apiVersion}|${r.kind}|${r.namespace ?? ''}|${r.name}`;
}
