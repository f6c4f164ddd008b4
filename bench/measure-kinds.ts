/**
 * The validator across kind families, in a fresh process: the one-time load of each family on first use (schema
 * JSON, compiled schemas and CEL rules) in the order Istio → Gateway API → Kubernetes → Flagger → Argo Rollouts,
 * and the throughput per family on typical objects.
 *   node lib/bench/measure-kinds.js <objects per family>
 * Prints one JSON line, with CPU-time figures next to the wall-clock ones and the machine's 1-minute load average
 * (on a shared machine wall-clock figures follow the load; CPU time much less).
 */
import * as os from 'os';
import { performance } from 'perf_hooks';

type Make = (i: number) => object;

const SAMPLES: { readonly [family: string]: Make } = {
  'istio': (i) => ({
    apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: { name: `r-${i}`, namespace: 'shop' },
    spec: { hosts: [`r-${i}`], http: [{ route: [{ destination: { host: `r-${i}`, subset: 'v1' }, weight: 90 },
      { destination: { host: `r-${i}`, subset: 'v2' }, weight: 10 }] }] },
  }),
  'gateway-api': (i) => ({
    apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: { name: `r-${i}`, namespace: 'shop' },
    spec: {
      parentRefs: [{ group: '', kind: 'Service', name: `r-${i}`, port: 80 }],
      rules: [
        { name: 'canary', matches: [{ path: { type: 'PathPrefix', value: '/' }, headers: [{ name: 'x-canary', value: 'yes' }] }],
          backendRefs: [{ name: `r-${i}-v2`, port: 80 }] },
        { name: 'split', matches: [{ path: { type: 'PathPrefix', value: '/' } }], timeouts: { request: '10s' },
          backendRefs: [{ name: `r-${i}-v1`, port: 80, weight: 90 }, { name: `r-${i}-v2`, port: 80, weight: 10 }] },
      ],
    },
  }),
  // The kinds CanaryService emits and the ones users write most, in turn: Deployment, Service, Job, CronJob.
  'kubernetes': (i) => [
    {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: `r-${i}-v1`, namespace: 'shop', labels: { app: `r-${i}` } },
      spec: {
        replicas: 2, selector: { matchLabels: { app: `r-${i}`, version: 'v1' } },
        template: { metadata: { labels: { app: `r-${i}`, version: 'v1' } }, spec: { containers: [{
          name: 'app', image: 'shop:1', imagePullPolicy: 'IfNotPresent', ports: [{ name: 'http', containerPort: 8080 }],
          readinessProbe: { httpGet: { path: '/ready', port: 'http' } },
          resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '1Gi' } },
        }] } },
      },
    },
    {
      apiVersion: 'v1', kind: 'Service', metadata: { name: `r-${i}`, namespace: 'shop' },
      spec: { selector: { app: `r-${i}` }, ipFamilyPolicy: 'PreferDualStack', ipFamilies: ['IPv4', 'IPv6'],
        ports: [{ name: 'http', port: 80, targetPort: 'http' }, { name: 'grpc', port: 9090, protocol: 'TCP' }] },
    },
    {
      apiVersion: 'batch/v1', kind: 'Job', metadata: { name: `r-${i}-migrate`, namespace: 'shop' },
      spec: { completionMode: 'Indexed', completions: 4, backoffLimitPerIndex: 1,
        podFailurePolicy: { rules: [{ action: 'FailIndex', onExitCodes: { operator: 'In', values: [1, 2] } }] },
        successPolicy: { rules: [{ succeededIndexes: '0-2', succeededCount: 2 }] },
        template: { spec: { restartPolicy: 'Never', containers: [{ name: 'migrate', image: 'shop:1' }] } } },
    },
    {
      apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: `r-${i}-report`, namespace: 'shop' },
      spec: { schedule: '*/15 9-17 * * MON-FRI', timeZone: 'Europe/Berlin',
        jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'report', image: 'shop:1' }] } } } } },
    },
  ][i % 4],
  'flagger': (i) => ({
    apiVersion: 'flagger.app/v1beta1', kind: 'Canary', metadata: { name: `r-${i}`, namespace: 'shop' },
    spec: { targetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: `r-${i}` }, service: { port: 80 },
      analysis: { interval: '1m', threshold: 5, maxWeight: 50, stepWeight: 10 } },
  }),
  'argo-rollouts': (i) => ({
    apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', metadata: { name: `r-${i}`, namespace: 'shop' },
    spec: { selector: { matchLabels: { app: `r-${i}` } }, workloadRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: `r-${i}` },
      strategy: { canary: { steps: [{ setWeight: 20 }, { pause: { duration: '1m' } }] } } },
  }),
};

function measure(count: number) {
  const t0 = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { validateObject } = require('../src/validation') as typeof import('../src/validation');
  const importMs = performance.now() - t0;
  const families: { [family: string]: {
    firstUseMs: number; firstUseCpuMs: number; objectsPerSecond: number; objectsPerCpuSecond: number; findings: number;
  }; } = {};
  for (const [family, make] of Object.entries(SAMPLES)) {
    const t1 = performance.now();
    const c1 = process.cpuUsage();
    validateObject(make(0));
    const c1d = process.cpuUsage(c1);
    const first = performance.now() - t1;
    const t2 = performance.now();
    validateObject(make(1));
    const steady = performance.now() - t2;
    const objects = Array.from({ length: count }, (_, i) => make(i));
    for (const o of objects.slice(0, 1000)) validateObject(o);
    const t3 = performance.now();
    const c3 = process.cpuUsage();
    let findings = 0;
    for (const o of objects) findings += validateObject(o).length;
    const c3d = process.cpuUsage(c3);
    const ms = performance.now() - t3;
    families[family] = {
      firstUseMs: first - steady,
      firstUseCpuMs: (c1d.user + c1d.system) / 1000 - steady,
      objectsPerSecond: (count / ms) * 1000,
      objectsPerCpuSecond: count / ((c3d.user + c3d.system) / 1e6),
      findings,
    };
  }
  return { importMs, families, loadAverage: os.loadavg()[0] };
}

process.stdout.write(`${JSON.stringify(measure(Number(process.argv[2] ?? 20000)))}\n`);
