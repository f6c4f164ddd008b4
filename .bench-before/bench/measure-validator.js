"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Validator throughput and one-time load cost, in a fresh process that loads nothing else first.
 *   node lib/bench/measure-validator.js <objects>
 * Prints one JSON line.
 */
const perf_hooks_1 = require("perf_hooks");
function validator(count) {
    const t0 = perf_hooks_1.performance.now();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { validateObject } = require('../src/validation');
    const t1 = perf_hooks_1.performance.now();
    // The first call reads the schema JSON, compiles every schema and every CEL rule (loading the CEL engine).
    validateObject(sampleVirtualService(0));
    const t2 = perf_hooks_1.performance.now();
    validateObject(sampleVirtualService(1));
    const steadyMs = perf_hooks_1.performance.now() - t2;
    const importMs = t1 - t0;
    const loadMs = t2 - t1 - steadyMs;
    const objects = [];
    for (let i = 0; i < count; i++)
        objects.push(i % 2 === 0 ? sampleVirtualService(i) : sampleDestinationRule(i));
    for (const o of objects.slice(0, 2000))
        validateObject(o); // warm-up
    const t3 = perf_hooks_1.performance.now();
    let findings = 0;
    for (const o of objects)
        findings += validateObject(o).length;
    const ms = perf_hooks_1.performance.now() - t3;
    return { importMs, loadMs, objects: count, validateMs: ms, objectsPerSecond: (count / ms) * 1000, findings };
}
function sampleVirtualService(i) {
    return {
        apiVersion: 'networking.istio.io/v1', kind: 'VirtualService',
        metadata: { name: `reviews-${i}`, namespace: 'bookinfo' },
        spec: {
            hosts: [`reviews-${i}`],
            http: [
                { name: 'canary-match', match: [{ headers: { 'end-user': { exact: 'jason' } } }],
                    route: [{ destination: { host: `reviews-${i}`, subset: 'v2' } }] },
                { name: 'weighted', timeout: '5s', retries: { attempts: 3, perTryTimeout: '2s', retryOn: '5xx,connect-failure' },
                    route: [{ destination: { host: `reviews-${i}`, subset: 'v1' }, weight: 90 },
                        { destination: { host: `reviews-${i}`, subset: 'v2' }, weight: 10 }] },
            ],
        },
    };
}
function sampleDestinationRule(i) {
    return {
        apiVersion: 'networking.istio.io/v1', kind: 'DestinationRule',
        metadata: { name: `reviews-${i}`, namespace: 'bookinfo' },
        spec: {
            host: `reviews-${i}`,
            trafficPolicy: {
                connectionPool: { tcp: { maxConnections: 100 }, http: { http1MaxPendingRequests: 10 } },
                outlierDetection: { consecutive5xxErrors: 5, interval: '10s', baseEjectionTime: '30s' },
            },
            subsets: [{ name: 'v1', labels: { version: 'v1' } }, { name: 'v2', labels: { version: 'v2' } }],
        },
    };
}
process.stdout.write(`${JSON.stringify(validator(Number(process.argv[2] ?? 100000)))}\n`);
//# sourceMappingURL=measure-validator.js.map