/**
 * Helpers for the CLI figures of `npm run bench`, each in a fresh process:
 *   node lib/bench/measure-cli.js fast-parse <yamlFile>        js-yaml loadAll of the whole file (the "fast parse")
 *   node lib/bench/measure-cli.js one-host <count> <yamlFile>  writes <count> VirtualServices all on one host
 *   node lib/bench/measure-cli.js many <megabytes> <yamlFile>  writes small ConfigMaps up to about <megabytes> MB
 * The first prints one JSON line; the generators print the number of documents written.
 * `node -r lib/bench/measure-cli.js <script>` (with CDK8S_ISTIO_PEAK_RSS_FILE set) records the script's peak RSS
 * and CPU time as JSON (`{"rssBytes":…,"cpuMs":…}`).
 * CPU time (user + system, all of the process's threads) is a second view beside wall time: on this shared machine
 * wall time grows with the load of other processes, CPU time much less.
 */
import * as fs from 'fs';
import { performance } from 'perf_hooks';

const PEAK_RSS_FILE = 'CDK8S_ISTIO_PEAK_RSS_FILE';

function fastParse(file: string): object {
  const t0 = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const jsYaml = require('js-yaml') as typeof import('js-yaml');
  const docs = jsYaml.loadAll(fs.readFileSync(file, 'utf8'), { schema: jsYaml.CORE_SCHEMA });
  return { documents: docs.length, parseMs: performance.now() - t0, cpuMs: cpuMs() };
}

/** This process's CPU time so far (user + system), in milliseconds. */
function cpuMs(): number {
  const usage = process.resourceUsage();
  return (usage.userCPUTime + usage.systemCPUTime) / 1000;
}

function writeDocs(file: string, count: number, doc: (i: number) => string): number {
  const fd = fs.openSync(file, 'w');
  try {
    let batch = '';
    for (let i = 0; i < count; i++) {
      batch += `${i === 0 ? '' : '---\n'}${doc(i)}`;
      if (batch.length > 1 << 20) {
        fs.writeSync(fd, batch);
        batch = '';
      }
    }
    fs.writeSync(fd, batch);
  } finally {
    fs.closeSync(fd);
  }
  return count;
}

const oneHostRoute = (i: number) => 'apiVersion: networking.istio.io/v1\nkind: VirtualService\n' +
  `metadata:\n  name: route-${i}\n  namespace: shop\nspec:\n  hosts:\n  - reviews.shop.svc.cluster.local\n` +
  '  http:\n  - route:\n    - destination:\n        host: reviews.shop.svc.cluster.local\n';

const smallConfigMap = (i: number) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\ndata:\n  k: v${i}\n`;

function main(): void {
  const [mode, a, b] = process.argv.slice(2);
  switch (mode) {
    case 'fast-parse': process.stdout.write(`${JSON.stringify(fastParse(a))}\n`); break;
    case 'one-host': process.stdout.write(`${writeDocs(b, Number(a), oneHostRoute)}\n`); break;
    case 'many': {
      const perDoc = smallConfigMap(100_000).length + 4;
      process.stdout.write(`${writeDocs(b, Math.floor((Number(a) * 1e6) / perDoc), smallConfigMap)}\n`);
      break;
    }
    default: throw new Error(`unknown mode ${mode}`);
  }
}

if (require.main === module) {
  main();
} else if (process.env[PEAK_RSS_FILE]) {
  // Preloaded with -r: write this process's peak RSS (bytes) and CPU time when it exits.
  const out = process.env[PEAK_RSS_FILE] as string;
  process.on('exit', () => fs.writeFileSync(out, JSON.stringify({ rssBytes: process.resourceUsage().maxRSS * 1024, cpuMs: cpuMs() })));
}
