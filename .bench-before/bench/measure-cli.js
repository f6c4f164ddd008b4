"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Helpers for the CLI figures of `npm run bench`, each in a fresh process:
 *   node lib/bench/measure-cli.js fast-parse <yamlFile>        js-yaml loadAll of the whole file (the "fast parse")
 *   node lib/bench/measure-cli.js one-host <count> <yamlFile>  writes <count> VirtualServices all on one host
 *   node lib/bench/measure-cli.js many <megabytes> <yamlFile>  writes small ConfigMaps up to about <megabytes> MB
 * The first prints one JSON line; the generators print the number of documents written.
 * `node -r lib/bench/measure-cli.js <script>` (with CDK8S_ISTIO_PEAK_RSS_FILE set) records the script's peak RSS.
 */
const fs = __importStar(require("fs"));
const perf_hooks_1 = require("perf_hooks");
const PEAK_RSS_FILE = 'CDK8S_ISTIO_PEAK_RSS_FILE';
function fastParse(file) {
    const t0 = perf_hooks_1.performance.now();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const jsYaml = require('js-yaml');
    const docs = jsYaml.loadAll(fs.readFileSync(file, 'utf8'), { schema: jsYaml.CORE_SCHEMA });
    return { documents: docs.length, parseMs: perf_hooks_1.performance.now() - t0 };
}
function writeDocs(file, count, doc) {
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
    }
    finally {
        fs.closeSync(fd);
    }
    return count;
}
const oneHostRoute = (i) => 'apiVersion: networking.istio.io/v1\nkind: VirtualService\n' +
    `metadata:\n  name: route-${i}\n  namespace: shop\nspec:\n  hosts:\n  - reviews.shop.svc.cluster.local\n` +
    '  http:\n  - route:\n    - destination:\n        host: reviews.shop.svc.cluster.local\n';
const smallConfigMap = (i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\ndata:\n  k: v${i}\n`;
function main() {
    const [mode, a, b] = process.argv.slice(2);
    switch (mode) {
        case 'fast-parse':
            process.stdout.write(`${JSON.stringify(fastParse(a))}\n`);
            break;
        case 'one-host':
            process.stdout.write(`${writeDocs(b, Number(a), oneHostRoute)}\n`);
            break;
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
}
else if (process.env[PEAK_RSS_FILE]) {
    // Preloaded with -r: write this process's peak RSS (bytes) when it exits.
    const out = process.env[PEAK_RSS_FILE];
    process.on('exit', () => fs.writeFileSync(out, String(process.resourceUsage().maxRSS * 1024)));
}
//# sourceMappingURL=measure-cli.js.map