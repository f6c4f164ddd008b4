/**
 * Validator throughput and one-time load cost, in a fresh process that loads nothing else first.
 *   node lib/bench/measure-validator.js <objects>
 * Prints one JSON line. Besides wall-clock figures it gives the process's CPU time for the load (`loadCpuMs`) and
 * the machine's 1-minute load average: on a shared machine the wall-clock load grows with the load average while
 * the CPU time barely does.
 */
import * as os from 'os';
import { performance } from 'perf_hooks';

function validator(count: number) {
  const t0 = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { validateObject } = require('../src/validation') as typeof import('../src/validation');
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  // The first call reads the schema JSON and compiles the VirtualService schema with its rules.
  validateObject(sampleVirtualService(0));
  const c2 = process.cpuUsage(c1);
  const t2 = performance.now();
  validateObject(sampleVirtualService(1));
  const steadyMs = performance.now() - t2;
  const importMs = t1 - t0;
  const loadMs = t2 - t1 - steadyMs;
  const loadCpuMs = (c2.user + c2.system) / 1000 - steadyMs;
  const objects: object[] = [];
  for (let i = 0; i < count; i++) objects.push(i % 2 === 0 ? sampleVirtualService(i) : sampleDestinationRule(i));
  for (const o of objects.slice(0, 2000)) validateObject(o); // warm-up
  const t3 = performance.now();
  let findings = 0;
  for (const o of objects) findings += validateObject(o).length;
  const ms = performance.now() - t3;
  return {
    importMs, loadMs, loadCpuMs, objects: count, validateMs: ms, objectsPerSecond: (count / ms) * 1000, findings,
    loadAverage: os.loadavg()[0],
  };
}

function sampleVirtualService(i: number): object {
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

function sampleDestinationRule(i: number): object {
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
