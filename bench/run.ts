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

function wallMs(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * MiB });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
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
    const parseMs = median([0, 1, 2].map(() => wallMs([path.join(LIB_BENCH, 'measure.js'), 'parse', cliFile])));
    const validateMs = median([0, 1, 2].map(() => wallMs([CLI, 'validate', '--format', 'json', cliFile])));
    const analyzeMs = median([0, 1, 2].map(() => wallMs([CLI, 'analyze', '--format', 'json', cliFile])));
    const validator = child<{ importMs: number; loadMs: number; objectsPerSecond: number }>('measure-validator.js', ['100000']);

    log('');
    log(`CLI on one ${cliObjects}-object file (process wall time, median of 3): parse alone ${fmt(parseMs)}, ` +
      `\`validate\` ${fmt(validateMs)} (${(validateMs / parseMs).toFixed(2)}×), ` +
      `\`analyze\` ${fmt(analyzeMs)} (${(analyzeMs / parseMs).toFixed(2)}×).`);
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
    log(`| CLI validate ≤ 1.5 × parse | ${(validateMs / parseMs).toFixed(2)} | ${verdict(validateMs / parseMs <= 1.5)} |`);
    log(`| CLI analyze ≤ 1.5 × parse | ${(analyzeMs / parseMs).toFixed(2)} | ${verdict(analyzeMs / parseMs <= 1.5)} |`);
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

main();
