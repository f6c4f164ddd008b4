"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * The validator across kind families, in a fresh process: the one-time load of each family on first use (schema
 * JSON, compiled schemas and CEL rules) in the order Istio → Gateway API → Kubernetes → Flagger → Argo Rollouts,
 * and the throughput per family on typical objects.
 *   node lib/bench/measure-kinds.js <objects per family>
 * Prints one JSON line.
 */
const perf_hooks_1 = require("perf_hooks");
const SAMPLES = {
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
    'kubernetes': (i) => ({
        apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: `r-${i}-v1`, namespace: 'shop', labels: { app: `r-${i}` } },
        spec: {
            replicas: 2, selector: { matchLabels: { app: `r-${i}`, version: 'v1' } },
            template: { metadata: { labels: { app: `r-${i}`, version: 'v1' } }, spec: { containers: [{
                            name: 'app', image: 'shop:1', ports: [{ name: 'http', containerPort: 8080 }],
                            readinessProbe: { httpGet: { path: '/ready', port: 'http' } },
                            resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '1Gi' } },
                        }] } },
        },
    }),
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
function measure(count) {
    const t0 = perf_hooks_1.performance.now();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { validateObject } = require('../src/validation');
    const importMs = perf_hooks_1.performance.now() - t0;
    const families = {};
    for (const [family, make] of Object.entries(SAMPLES)) {
        const t1 = perf_hooks_1.performance.now();
        validateObject(make(0));
        const first = perf_hooks_1.performance.now() - t1;
        const t2 = perf_hooks_1.performance.now();
        validateObject(make(1));
        const steady = perf_hooks_1.performance.now() - t2;
        const objects = Array.from({ length: count }, (_, i) => make(i));
        for (const o of objects.slice(0, 1000))
            validateObject(o);
        const t3 = perf_hooks_1.performance.now();
        let findings = 0;
        for (const o of objects)
            findings += validateObject(o).length;
        const ms = perf_hooks_1.performance.now() - t3;
        families[family] = { firstUseMs: first - steady, objectsPerSecond: (count / ms) * 1000, findings };
    }
    return { importMs, families };
}
process.stdout.write(`${JSON.stringify(measure(Number(process.argv[2] ?? 20000)))}\n`);
//# sourceMappingURL=measure-kinds.js.map