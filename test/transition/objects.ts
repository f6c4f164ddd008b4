/** Small builders for the manifests of a versioned service, as plain objects in the shape synth writes. */

export const NS = 'billing';
export const APP = 'billing-service';

export function service(port = 80, opts: { portName?: string; targetPort?: number | string } = {}): object {
  return {
    apiVersion: 'v1', kind: 'Service', metadata: { name: APP, namespace: NS },
    spec: { selector: { app: APP }, ports: [{ name: opts.portName ?? 'http', port, targetPort: opts.targetPort ?? 8080 }] },
  };
}

export function deployment(version: string, opts: { replicas?: number; portName?: string } = {}): object {
  const labels = { app: APP, version };
  return {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: `${APP}-${version}`, namespace: NS },
    spec: {
      ...(opts.replicas === undefined ? {} : { replicas: opts.replicas }),
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: { containers: [{ name: 'app', image: `billing:${version}`, ports: [{ name: opts.portName ?? 'http', containerPort: 8080 }] }] },
      },
    },
  };
}

export function destinationRule(...versions: string[]): object {
  return {
    apiVersion: 'networking.istio.io/v1', kind: 'DestinationRule', metadata: { name: APP, namespace: NS },
    spec: { host: APP, subsets: versions.map((v) => ({ name: v, labels: { version: v } })) },
  };
}

/** A VirtualService splitting by weight: `{ v1: 90, v2: 10 }`; `port` pins the destination port. */
export function virtualService(weights: Record<string, number>, port?: number): object {
  const route = Object.entries(weights).map(([subset, weight]) => ({
    destination: { host: APP, subset, ...(port === undefined ? {} : { port: { number: port } }) },
    weight,
  }));
  return {
    apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: { name: APP, namespace: NS },
    spec: { hosts: [APP], http: [{ name: 'split', route }] },
  };
}

/** Objects as kubectl would read them from one file, in order. */
export function yamlOf(objects: readonly object[]): string {
  return objects.map((o) => JSON.stringify(o)).join('\n---\n') + '\n';
}
