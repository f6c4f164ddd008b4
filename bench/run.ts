/**
 * `npm run bench`: synthesis and validation of large meshes against plain cdk8s, in one run on this machine.
 * Every measurement runs in a fresh child process (clean heap, its own peak RSS); figures are medians.
 * Prints a table and rewrites the results section of bench/README.md.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { DEFAULT_MAX_DIAGRAM_NODES } from '../src/graph/summary';

const ROOT = path.resolve(__dirname, '..', '..');
const LIB_BENCH = path.join(ROOT, 'lib', 'bench');
const CLI = path.join(ROOT, 'lib', 'src', 'cli', 'main.js');
const SIZES: Array<[services: number, repeats: number]> = [[100, 5], [1000, 3], [5000, 2]];
const PLAIN_SIZES = [100, 1000];
const CLI_OBJECTS = 20_000;
const MiB = 1024 * 1024;

interface LibraryRun { services: number; objects: number; constructMs: number; synthMs: number; totalMs: number;
  validateMs: number; analyzeMs: number; findings: number; peakRssBytes: number }
interface BaselineRun { constructMs: number; synthMs: number; totalMs: number; peakRssBytes: number }

function child<T>(script: string, args: string[]): T {
  const out = execFileSync(process.execPath, ['--expose-gc', path.join(LIB_BENCH, script), ...args],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * MiB, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').pop() as string) as T;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function medianOf<T extends object>(runs: T[]): T {
  const out: Record<string, number> = {};
  for (const key of Object.keys(runs[0])) out[key] = median(runs.map((r) => (r as Record<string, number>)[key]));
  return out as T;
}

/** The first CLI_OBJECTS documents of the N = 5,000 synth output, as one multi-document file. */
function writeCliInput(distDir: string, file: string): number {
  const docs: string[] = [];
  for (const f of fs.readdirSync(distDir).filter((x) => x.endsWith('.yaml')).sort()) {
    for (const doc of fs.readFileSync(path.join(distDir, f), 'utf8').split(/^---\n/m)) {
      if (doc.trim() && docs.length < CLI_OBJECTS) docs.push(doc.endsWith('\n') ? doc : `${doc}\n`);
    }
  }
  fs.writeFileSync(file, docs.join('---\n'));
  return docs.length;
}

const MEASURE_CLI = path.join(LIB_BENCH, 'measure-cli.js');

interface CliRun { ms: number; cpuMs: number; rssBytes: number; status: number; stdoutBytes: number }

/** Runs the CLI in a fresh process, stdout to a file; wall time, peak RSS (via measure-cli.js preloaded), exit status. */
function runCli(tmp: string, args: string[]): CliRun {
  const rssFile = path.join(tmp, 'peak-rss');
  const outFile = path.join(tmp, 'cli-stdout');
  const out = fs.openSync(outFile, 'w');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['-r', MEASURE_CLI, CLI, ...args], {
    cwd: ROOT, stdio: ['ignore', out, 'pipe'], env: { ...process.env, CDK8S_ISTIO_PEAK_RSS_FILE: rssFile }, maxBuffer: 64 * MiB,
  });
  const ms = performance.now() - t0;
  fs.closeSync(out);
  if (r.status !== 0 && r.status !== 1) throw new Error(`cdk8s-istio ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const stdoutBytes = fs.statSync(outFile).size;
  fs.rmSync(outFile);
  const { rssBytes, cpuMs } = JSON.parse(fs.readFileSync(rssFile, 'utf8')) as { rssBytes: number; cpuMs: number };
  return { ms, cpuMs, rssBytes, status: r.status, stdoutBytes };
}

function medianRun(runs: CliRun[]): CliRun {
  return { ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)),
    rssBytes: Math.max(...runs.map((r) => r.rssBytes)), status: runs[0].status, stdoutBytes: runs[0].stdoutBytes };
}

/** The fast-parse baseline in a fresh process: its wall time and CPU time (which it reports itself). */
function fastParseRun(cliFile: string): { ms: number; cpuMs: number } {
  const t0 = performance.now();
  const out = execFileSync(process.execPath, [MEASURE_CLI, 'fast-parse', cliFile], { cwd: ROOT, encoding: 'utf8' });
  const ms = performance.now() - t0;
  return { ms, cpuMs: (JSON.parse(out) as { cpuMs: number }).cpuMs };
}

interface CliFigures {
  objects: number; parseMs: number; parseCpuMs: number; validate: CliRun; analyze: CliRun;
  /** The machine's 1-minute load average before and after the three-way comparison (2 cores: above 2 is contention). */
  loadBefore: number; loadAfter: number;
  oneHost: { objects: number; run: CliRun }; huge: { objects: number; megabytes: number; run: CliRun };
}

const ONE_HOST_OBJECTS = 20_000;
const HUGE_MEGABYTES = 100;

/**
 * The CLI against a fast YAML parse (js-yaml's loadAll of the whole file, whole-process wall time on both sides),
 * then analysis of many VirtualServices on one host (the report must stay linear) and `validate` on about 100 MB.
 */
function cliFigures(tmp: string, cliFile: string, objects: number): CliFigures {
  const loadBefore = os.loadavg()[0];
  const parses = [0, 1, 2].map(() => fastParseRun(cliFile));
  const parseMs = median(parses.map((r) => r.ms));
  const parseCpuMs = median(parses.map((r) => r.cpuMs));
  const validate = medianRun([0, 1, 2].map(() => runCli(tmp, ['validate', '--format', 'json', cliFile])));
  const analyze = medianRun([0, 1, 2].map(() => runCli(tmp, ['analyze', '--format', 'json', cliFile])));
  const loadAfter = os.loadavg()[0];
  const oneHostFile = path.join(tmp, 'one-host.yaml');
  execFileSync(process.execPath, [MEASURE_CLI, 'one-host', String(ONE_HOST_OBJECTS), oneHostFile]);
  const oneHost = { objects: ONE_HOST_OBJECTS, run: runCli(tmp, ['analyze', oneHostFile]) };
  fs.rmSync(oneHostFile);
  const hugeFile = path.join(tmp, 'huge.yaml');
  const hugeObjects = Number(execFileSync(process.execPath, [MEASURE_CLI, 'many', String(HUGE_MEGABYTES), hugeFile], { encoding: 'utf8' }));
  const huge = { objects: hugeObjects, megabytes: fs.statSync(hugeFile).size / 1e6, run: runCli(tmp, ['validate', hugeFile]) };
  fs.rmSync(hugeFile);
  return { objects, parseMs, parseCpuMs, validate, analyze, oneHost, huge, loadBefore, loadAfter };
}

interface Layout { nodes: number; edges: number; buildMs: number; layoutMs: number }
interface GraphFigures { objects: number; graph: CliRun; analyzeMs: number; ratio: number; summarized: boolean; layouts: Layout[] }

/** Whole graphs laid out by Graphviz, no summary: 150 nodes (the default diagram limit), 1,500 and 3,000 nodes. */
const LAYOUT_SIZES: Array<[namespaces: number, servicesPerNamespace: number]> = [[5, 10], [5, 100], [10, 100]];

/**
 * `graph` (mesh.md + mesh.svg) on the CLI file against `analyze` of the same file, in interleaved pairs (median
 * ratio), and the Graphviz layout of whole graphs around the diagram limit.
 */
function graphFigures(tmp: string, cliFile: string, objects: number): GraphFigures {
  const out = path.join(tmp, 'graph-out');
  const pairs = [0, 1, 2].map(() => {
    const analyze = runCli(tmp, ['analyze', '--format', 'json', cliFile]);
    return { analyze, graph: runCli(tmp, ['graph', '--out', out, cliFile]) };
  });
  const summarized = fs.readFileSync(path.join(out, 'mesh.md'), 'utf8').includes('more than the diagram limit');
  fs.rmSync(out, { recursive: true, force: true });
  const layouts = LAYOUT_SIZES.map(([ns, services]) => child<Layout>('measure-graph.js', ['layout', String(ns), String(services)]));
  return {
    objects, graph: medianRun(pairs.map((p) => p.graph)), analyzeMs: median(pairs.map((p) => p.analyze.ms)),
    ratio: median(pairs.map((p) => p.graph.ms / p.analyze.ms)), summarized, layouts,
  };
}

function logGraph(log: (s: string) => void, g: GraphFigures): void {
  log(`\`graph\` (mesh.md + mesh.svg) on the ${g.objects}-object file: ${fmt(g.graph.ms)} against \`analyze\` ${fmt(g.analyzeMs)} ` +
    `(median ratio of 3 interleaved pairs ${g.ratio.toFixed(2)}×), peak RSS ${(g.graph.rssBytes / MiB).toFixed(0)} MiB; ` +
    `diagrams ${g.summarized ? `summarized per namespace (above the ${DEFAULT_MAX_DIAGRAM_NODES}-node limit)` : 'of the whole graph'}. ` +
    `Graphviz layout of whole graphs (no summary): ${g.layouts.map((l) => `${l.nodes.toLocaleString('en-US')} nodes ${fmt(l.layoutMs)}`).join('; ')}.`);
}

function logGraphTargets(log: (s: string) => void, g: GraphFigures): void {
  log(`| CLI graph ≤ 2 × analyze | ${g.ratio.toFixed(2)} | ${verdict(g.ratio <= 2)} |`);
}

function perSecond(objects: number, ms: number): string {
  return Math.round((objects / ms) * 1000).toLocaleString('en-US');
}

function logCli(log: (s: string) => void, c: CliFigures): void {
  const mib = (b: number) => `${(b / MiB).toFixed(0)} MiB`;
  log(`CLI on one ${c.objects}-object file (process wall time, median of 3): fast parse alone (js-yaml) ${fmt(c.parseMs)}; ` +
    `\`validate\` ${fmt(c.validate.ms)} (${(c.validate.ms / c.parseMs).toFixed(2)}×, ${perSecond(c.objects, c.validate.ms)} objects/s, ` +
    `peak RSS ${mib(c.validate.rssBytes)}); \`analyze\` ${fmt(c.analyze.ms)} (${(c.analyze.ms / c.parseMs).toFixed(2)}×, ` +
    `${perSecond(c.objects, c.analyze.ms)} objects/s, peak RSS ${mib(c.analyze.rssBytes)}); load average ` +
    `${c.loadBefore.toFixed(1)} before, ${c.loadAfter.toFixed(1)} after (2 cores; objects/s falls as it rises, the ratios much less).`);
  log(`The same in CPU time (user + system, median of 3; less sensitive to the load): fast parse ${fmt(c.parseCpuMs)}; ` +
    `\`validate\` ${fmt(c.validate.cpuMs)} (${(c.validate.cpuMs / c.parseCpuMs).toFixed(2)}×, ` +
    `${perSecond(c.objects, c.validate.cpuMs)} objects per CPU-second); \`analyze\` ${fmt(c.analyze.cpuMs)} ` +
    `(${(c.analyze.cpuMs / c.parseCpuMs).toFixed(2)}×, ${perSecond(c.objects, c.analyze.cpuMs)} objects per CPU-second).`);
  log(`Many objects, one host: \`analyze\` of ${c.oneHost.objects.toLocaleString('en-US')} VirtualServices on one host ` +
    `${fmt(c.oneHost.run.ms)}, peak RSS ${mib(c.oneHost.run.rssBytes)}, report ${(c.oneHost.run.stdoutBytes / 1e6).toFixed(1)} MB ` +
    `(exit ${c.oneHost.run.status}).`);
  log(`Huge input: \`validate\` of ${c.huge.megabytes.toFixed(0)} MB (${c.huge.objects.toLocaleString('en-US')} documents) ` +
    `${fmt(c.huge.run.ms)}, peak RSS ${mib(c.huge.run.rssBytes)} (exit ${c.huge.run.status}).`);
}

function logCliTargets(log: (s: string) => void, c: CliFigures): void {
  const rate = (c.objects / c.validate.ms) * 1000;
  log(`| CLI validate ≥ 10,000 objects/s | ${Math.round(rate)} | ${verdict(rate >= 10_000)} |`);
  log(`| CLI validate ≤ 2 × fast parse | ${(c.validate.ms / c.parseMs).toFixed(2)} | ${verdict(c.validate.ms / c.parseMs <= 2)} |`);
  log(`| CLI analyze ≤ 2 × fast parse | ${(c.analyze.ms / c.parseMs).toFixed(2)} | ${verdict(c.analyze.ms / c.parseMs <= 2)} |`);
  const rss = Math.max(c.validate.rssBytes, c.analyze.rssBytes) / MiB;
  log(`| CLI peak RSS on the ${c.objects}-object file ≤ 1 GiB | ${rss.toFixed(0)} MiB | ${verdict(rss <= 1024)} |`);
  const reportPerObject = c.oneHost.run.stdoutBytes / c.oneHost.objects;
  log(`| one-host analyze report ≤ 1 KB per object | ${reportPerObject.toFixed(0)} B | ${verdict(reportPerObject <= 1000)} |`);
  const hugeRss = c.huge.run.rssBytes / MiB;
  log(`| validate of ${c.huge.megabytes.toFixed(0)} MB: peak RSS ≤ 1 GiB | ${hugeRss.toFixed(0)} MiB | ${verdict(hugeRss <= 1024 && c.huge.run.status === 0)} |`);
}

function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

function verdict(ok: boolean): string {
  return ok ? 'holds' : 'MISSED';
}

function main(): void {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-istio-bench-'));
  const lines: string[] = [];
  const log = (s: string) => { lines.push(s); console.log(s); };
  try {
    const cpu = os.cpus();
    log(`Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, ` +
      `Node.js ${process.version}, ${os.platform()} ${os.release()}; run ${new Date().toISOString()}`);
    log('');
    log('| services | objects | construct | IstioApp synth (incl. validation) | total | baseline total | total / baseline | ' +
      'per-object validation | analysis | validation / total | peak RSS |');
    log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    const totals = new Map<number, LibraryRun>();
    const ratios = new Map<number, number>();
    const shares = new Map<number, number>();
    let distFor5000 = '';
    for (const [services, repeats] of SIZES) {
      const libRuns: LibraryRun[] = [];
      const baseRuns: BaselineRun[] = [];
      for (let r = 0; r < repeats; r++) {
        const outLib = path.join(tmp, `lib-${services}-${r}`);
        const outBase = path.join(tmp, `base-${services}-${r}`);
        const dump = path.join(tmp, `dump-${services}.json`);
        libRuns.push(child<LibraryRun>('measure.js', ['library', String(services), outLib, dump]));
        baseRuns.push(child<BaselineRun>('measure.js', ['baseline', dump, outBase]));
        if (services === 5000 && !distFor5000) distFor5000 = outLib;
        else fs.rmSync(outLib, { recursive: true, force: true });
        fs.rmSync(outBase, { recursive: true, force: true });
      }
      const lib = medianOf(libRuns);
      const base = medianOf(baseRuns);
      const ratio = lib.totalMs / base.totalMs;
      const share = (lib.validateMs + lib.analyzeMs) / lib.totalMs;
      totals.set(services, lib);
      ratios.set(services, ratio);
      shares.set(services, share);
      log(`| ${services} | ${lib.objects} | ${fmt(lib.constructMs)} | ${fmt(lib.synthMs)} | ${fmt(lib.totalMs)} | ` +
        `${fmt(base.totalMs)} | ${ratio.toFixed(2)} | ${fmt(lib.validateMs)} | ${fmt(lib.analyzeMs)} | ` +
        `${(share * 100).toFixed(1)}% | ${(lib.peakRssBytes / MiB).toFixed(0)} MiB |`);
    }
    const scaling = (totals.get(5000) as LibraryRun).totalMs / (totals.get(1000) as LibraryRun).totalMs;

    // The same mesh in a plain cdk8s App (no IstioApp): correct, but cdk8s validates the whole app once more inside
    // every chart.toJson(), so every object is rendered and checked 1 + charts times. One run each; not a target.
    const plainRows = PLAIN_SIZES.map((services) => {
      const out = path.join(tmp, `plain-${services}`);
      const run = child<{ totalMs: number }>('measure.js', ['plain', String(services), out]);
      fs.rmSync(out, { recursive: true, force: true });
      const fast = totals.get(services) as LibraryRun;
      return `N = ${services}: ${fmt(run.totalMs)} (${(run.totalMs / fast.totalMs).toFixed(1)}× IstioApp's ${fmt(fast.totalMs)})`;
    });
    log('');
    log(`The same mesh in a plain cdk8s \`App\` (validated through \`node.addValidation\` alone, one run each): ${plainRows.join('; ')}.`);

    const cliFile = path.join(tmp, 'mesh-20k.yaml');
    const cliObjects = writeCliInput(distFor5000, cliFile);
    const cli = cliFigures(tmp, cliFile, cliObjects);
    const graph = graphFigures(tmp, cliFile, cliObjects);
    const validator = child<{ importMs: number; loadMs: number; objectsPerSecond: number }>('measure-validator.js', ['100000']);

    log('');
    logCli(log, cli);
    logGraph(log, graph);
    log(`Validator (typical VirtualService + DestinationRule, one core): load (schemas + compiled CEL) ` +
      `${fmt(validator.loadMs)}, after Node.js loads the validator's own modules in ${fmt(validator.importMs)}; ` +
      `${Math.round(validator.objectsPerSecond).toLocaleString('en-US')} objects/s after load.`);
    log('');
    log('| target | figure | verdict |');
    log('|---|---:|---|');
    for (const n of [1000, 5000]) {
      log(`| total / baseline ≤ 1.25 at N = ${n} | ${(ratios.get(n) as number).toFixed(2)} | ${verdict((ratios.get(n) as number) <= 1.25)} |`);
    }
    for (const n of [1000, 5000]) {
      log(`| validation ≤ 15% of total at N = ${n} | ${((shares.get(n) as number) * 100).toFixed(1)}% | ${verdict((shares.get(n) as number) <= 0.15)} |`);
    }
    log(`| t(5,000) / t(1,000) ≤ 5.5 | ${scaling.toFixed(2)} | ${verdict(scaling <= 5.5)} |`);
    logCliTargets(log, cli);
    logGraphTargets(log, graph);
    const rss5000 = (totals.get(5000) as LibraryRun).peakRssBytes / MiB;
    log(`| peak RSS at N = 5,000 ≤ 1 GiB | ${rss5000.toFixed(0)} MiB | ${verdict(rss5000 <= 1024)} |`);
    log(`| validator ≥ 50,000 objects/s | ${Math.round(validator.objectsPerSecond)} | ${verdict(validator.objectsPerSecond >= 50_000)} |`);
    log(`| validator load (schemas + compiled CEL) ≤ 100 ms | ${validator.loadMs.toFixed(0)} ms | ${verdict(validator.loadMs <= 100)} |`);
    const withModules = validator.loadMs + validator.importMs;
    log(`| the same, plus loading the validator's modules, ≤ 100 ms | ${withModules.toFixed(0)} ms | ${verdict(withModules <= 100)} |`);
    writeReadme(lines);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function writeReadme(lines: string[]): void {
  const file = path.join(ROOT, 'bench', 'README.md');
  const text = fs.readFileSync(file, 'utf8');
  const start = '<!-- results:start -->';
  const end = '<!-- results:end -->';
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < 0) throw new Error(`${file} lacks the ${start} / ${end} markers`);
  fs.writeFileSync(file, `${text.slice(0, i + start.length)}\n${lines.join('\n')}\n${text.slice(j)}`);
}

/** `npm run bench -- --cli`: only the CLI figures (input: the synth output of 4,000 services), printed, README untouched. */
function cliOnly(): void {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-istio-bench-'));
  try {
    const dist = path.join(tmp, 'lib-4000');
    child<LibraryRun>('measure.js', ['library', '4000', dist, path.join(tmp, 'dump.json')]);
    const cliFile = path.join(tmp, 'mesh-20k.yaml');
    const figures = cliFigures(tmp, cliFile, writeCliInput(dist, cliFile));
    const graph = graphFigures(tmp, cliFile, figures.objects);
    const log = (line: string) => console.log(line);
    logCli(log, figures);
    logGraph(log, graph);
    logCliTargets(log, figures);
    logGraphTargets(log, graph);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv.includes('--cli')) cliOnly();
else main();
