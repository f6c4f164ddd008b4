import { App, Chart, Size, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';

/**
 * A chart in a fresh app that targets `istioVersion` (default 1.30, the newest supported; BufferedAccessLogging
 * needs the version, or an acknowledgement, for its flush settings). `null` leaves the context unset.
 */
export function chartFor(istioVersion: string | null = '1.30'): Chart {
  return new Chart(appFor(istioVersion), 'test');
}

/** A fresh app that targets `istioVersion` (as `chartFor`). */
export function appFor(istioVersion: string | null = '1.30'): App {
  const app = Testing.app();
  if (istioVersion !== null) app.node.setContext('istioVersion', istioVersion);
  return app;
}

/** A plain kplus Deployment with explicit resources, as users write them next to the library's constructs. */
export function deployment(chart: Chart, id: string, namespace: string, labels: { [key: string]: string }): kplus.Deployment {
  return new kplus.Deployment(chart, id, {
    metadata: { name: id, namespace },
    podMetadata: { labels },
    containers: [{
      image: 'registry.example.com/app:1.0.0',
      ports: [{ number: 8080, name: 'http' }],
      resources: {
        cpu: { request: kplus.Cpu.millis(50), limit: kplus.Cpu.millis(200) },
        memory: { request: Size.mebibytes(64), limit: Size.mebibytes(128) },
      },
    }],
  });
}

/** Every key path (a.b.c) in a plain object, for asserting that no unknown field sneaks in. */
export function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((v) => keyPaths(v, `${prefix}[]`));
  return Object.entries(value).flatMap(([k, v]) => {
    const p = prefix ? `${prefix}.${k}` : k;
    return [p, ...keyPaths(v, p)];
  });
}

/** A synthesized manifest or install document, read loosely in assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = any;

/** The objects of a synthesized chart by kind. */
export function ofKind(objects: Doc[], kind: string): Doc[] {
  return objects.filter((o) => o.kind === kind);
}
