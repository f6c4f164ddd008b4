/**
 * One measurement in a fresh process, so that timings and peak RSS of one configuration do not leak into
 * another. Prints one JSON line.
 *   node lib/bench/measure.js library <services> <outdir> <dumpFile>
 *   node lib/bench/measure.js plain <services> <outdir>        (the same mesh in a plain cdk8s App)
 *   node lib/bench/measure.js baseline <dumpFile> <outdir>
 *   node lib/bench/measure.js parse <yamlFile>
 */
import * as fs from 'fs';
import { performance } from 'perf_hooks';
import { ApiObject, Chart } from 'cdk8s';
import { parseAllDocuments } from 'yaml';
import { buildBaselineApp, ChartDocs } from './baseline-app';
import { buildMeshApp } from './mesh-app';

function gc(): void {
  (global as { gc?: () => void }).gc?.();
}

/** Loaded on first use, so that the validator's load cost can be timed on its own in `validator` mode. */
function loadValidation() {
  /* eslint-disable @typescript-eslint/no-require-imports */
  return {
    ...(require('../src/validation') as typeof import('../src/validation')),
    analyze: (require('../src/validation/analysis') as typeof import('../src/validation/analysis')).analyze,
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
}

function peakRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}

function library(services: number, outdir: string, dumpFile: string) {
  gc();
  const t0 = performance.now();
  const app = buildMeshApp(services, outdir);
  const t1 = performance.now();
  app.synth();
  const t2 = performance.now();
  const rss = peakRssBytes();

  // Untimed from here: the rendered objects for the baseline and for timing the validator on its own.
  // Rendered object by object: chart.toJson() would run a whole synth (with validation) for every chart.
  const charts: ChartDocs[] = app.charts.map((c: Chart) => ({
    id: c.node.id,
    namespace: c.namespace,
    objects: c.node.findAll().filter((o): o is ApiObject => ApiObject.isApiObject(o) && o.chart === c).map((o) => o.toJson()),
  }));
  fs.writeFileSync(dumpFile, JSON.stringify(charts));
  const objects = charts.flatMap((c) => c.objects);
  const { validateObjects, analyze } = loadValidation();
  gc();
  const t3 = performance.now();
  const perObject = validateObjects(objects);
  const t4 = performance.now();
  const crossObject = analyze(objects);
  const t5 = performance.now();
  return {
    services, objects: objects.length, constructMs: t1 - t0, synthMs: t2 - t1, totalMs: t2 - t0,
    validateMs: t4 - t3, analyzeMs: t5 - t4, findings: perObject.length + crossObject.length, peakRssBytes: rss,
  };
}

function plain(services: number, outdir: string) {
  gc();
  const t0 = performance.now();
  const app = buildMeshApp(services, outdir, true);
  const t1 = performance.now();
  app.synth();
  const t2 = performance.now();
  return { constructMs: t1 - t0, synthMs: t2 - t1, totalMs: t2 - t0 };
}

function baseline(dumpFile: string, outdir: string) {
  const charts = JSON.parse(fs.readFileSync(dumpFile, 'utf8')) as ChartDocs[];
  gc();
  const t0 = performance.now();
  const app = buildBaselineApp(charts, outdir);
  const t1 = performance.now();
  app.synth();
  const t2 = performance.now();
  return { constructMs: t1 - t0, synthMs: t2 - t1, totalMs: t2 - t0, peakRssBytes: peakRssBytes() };
}

function parse(file: string) {
  const t0 = performance.now();
  const docs = parseAllDocuments(fs.readFileSync(file, 'utf8'));
  let count = 0;
  for (const d of docs) if ((d as { toJS: () => unknown }).toJS()) count++;
  return { documents: count, parseMs: performance.now() - t0 };
}

function main(): void {
  const [mode, a, b, c] = process.argv.slice(2);
  let result: object;
  switch (mode) {
    case 'library': result = library(Number(a), b, c); break;
    case 'plain': result = plain(Number(a), b); break;
    case 'baseline': result = baseline(a, b); break;
    case 'parse': result = parse(a); break;
    default: throw new Error(`unknown mode ${mode}`);
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main();
