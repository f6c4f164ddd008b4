/** Plain-object builders for analysis tests, and the example app (billing canary) as synth would write it. */
import { analyze } from '../../../src/validation/analysis';
import { Finding, Severity } from '../../../src/validation/finding';

type Obj = { [key: string]: unknown };
type Labels = { [key: string]: string };

function meta(name: string, namespace: string | undefined, extra: Obj = {}): Obj {
  return { name, ...(namespace === undefined ? {} : { namespace }), ...extra };
}

export function namespace(name: string, labels: Labels = {}): Obj {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } };
}

export interface PortSpec {
  readonly port: number;
  readonly name?: string;
  readonly targetPort?: number | string;
  readonly appProtocol?: string;
  readonly protocol?: string;
}

export function service(name: string, ns: string | undefined, selector: Labels, ports: PortSpec[] = [{ port: 80, name: 'http' }],
  extraMeta: Obj = {}): Obj {
  return { apiVersion: 'v1', kind: 'Service', metadata: meta(name, ns, extraMeta), spec: { selector, ports } };
}

export interface PodOptions {
  readonly annotations?: Labels;
  readonly containers?: Obj[];
  readonly hostNetwork?: boolean;
  readonly replicas?: number;
  readonly metaLabels?: Labels;
  readonly metaAnnotations?: Labels;
}

function podSpec(o: PodOptions): Obj {
  return {
    containers: o.containers ?? [{ name: 'app', image: 'registry.example.com/app:1', ports: [{ containerPort: 8080, name: 'http' }] }],
    ...(o.hostNetwork ? { hostNetwork: true } : {}),
  };
}

export function deployment(name: string, ns: string | undefined, labels: Labels, o: PodOptions = {}): Obj {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta(name, ns, { labels: o.metaLabels ?? {}, annotations: o.metaAnnotations ?? {} }),
    spec: {
      ...(o.replicas === undefined ? {} : { replicas: o.replicas }),
      selector: { matchLabels: labels },
      template: { metadata: { labels, annotations: o.annotations ?? {} }, spec: podSpec(o) },
    },
  };
}

export function pod(name: string, ns: string | undefined, labels: Labels, o: PodOptions = {}): Obj {
  return { apiVersion: 'v1', kind: 'Pod', metadata: meta(name, ns, { labels, annotations: o.annotations ?? {} }), spec: podSpec(o) };
}

export function virtualService(name: string, ns: string | undefined, spec: Obj): Obj {
  return { apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: meta(name, ns), spec };
}

export function destinationRule(name: string, ns: string | undefined, spec: Obj): Obj {
  return { apiVersion: 'networking.istio.io/v1', kind: 'DestinationRule', metadata: meta(name, ns), spec };
}

export function serviceEntry(name: string, ns: string | undefined, spec: Obj): Obj {
  return { apiVersion: 'networking.istio.io/v1', kind: 'ServiceEntry', metadata: meta(name, ns), spec };
}

export function sidecar(name: string, ns: string | undefined, spec: Obj): Obj {
  return { apiVersion: 'networking.istio.io/v1', kind: 'Sidecar', metadata: meta(name, ns), spec };
}

export function peerAuthentication(name: string, ns: string | undefined, spec: Obj): Obj {
  return { apiVersion: 'security.istio.io/v1', kind: 'PeerAuthentication', metadata: meta(name, ns), spec };
}

export function telemetry(name: string, ns: string | undefined, spec: Obj): Obj {
  return { apiVersion: 'telemetry.istio.io/v1', kind: 'Telemetry', metadata: meta(name, ns), spec };
}

export function gateway(name: string, ns: string | undefined, spec: Obj): Obj {
  return { apiVersion: 'networking.istio.io/v1', kind: 'Gateway', metadata: meta(name, ns), spec };
}

export function authorizationPolicy(name: string, ns: string | undefined, spec: Obj): Obj {
  return { apiVersion: 'security.istio.io/v1', kind: 'AuthorizationPolicy', metadata: meta(name, ns), spec };
}

export function secret(name: string, ns: string): Obj {
  return { apiVersion: 'v1', kind: 'Secret', metadata: meta(name, ns), type: 'kubernetes.io/tls', data: {} };
}

export function node(name: string, labels: Labels): Obj {
  return { apiVersion: 'v1', kind: 'Node', metadata: { name, labels } };
}

export function istioOperator(meshConfig: Obj): Obj {
  return { apiVersion: 'install.istio.io/v1alpha1', kind: 'IstioOperator', metadata: meta('installed', 'istio-system'), spec: { meshConfig } };
}

/** http route to one destination. */
export function route(host: string, extra: Obj = {}): Obj {
  return { destination: { host, ...extra } };
}

const APP = 'billing-service';

/**
 * The example app: a STRICT, injected namespace `billing` with a billing-service canary (v1 90 % / v2 10 %,
 * header match for Oslo to v2), mesh-wide STRICT, and an access-log Telemetry with the `envoy` provider.
 */
export function exampleApp(): Obj[] {
  const podLabels = (version: string): Labels => ({
    'app': APP, version, 'app.kubernetes.io/name': APP, 'app.kubernetes.io/version': version,
  });
  const proxyAnnotations: Labels = {
    'proxy.istio.io/config': '{"fileFlushInterval":"1s","fileFlushMinSizeKb":1024}',
    'sidecar.istio.io/proxyCPU': '100m',
    'sidecar.istio.io/proxyMemory': '128Mi',
    'sidecar.istio.io/proxyCPULimit': '1',
    'sidecar.istio.io/proxyMemoryLimit': '512Mi',
  };
  return [
    peerAuthentication('default', 'istio-system', { mtls: { mode: 'STRICT' } }),
    telemetry('mesh-default', 'istio-system', { accessLogging: [{ providers: [{ name: 'envoy' }] }] }),
    namespace('billing', { 'istio-injection': 'enabled' }),
    peerAuthentication('default', 'billing', { mtls: { mode: 'STRICT' } }),
    service(APP, 'billing', { app: APP }, [{ port: 80, name: 'http', targetPort: 8080, appProtocol: 'http' }]),
    deployment(`${APP}-v1`, 'billing', podLabels('v1'), { annotations: proxyAnnotations }),
    deployment(`${APP}-v2`, 'billing', podLabels('v2'), { annotations: proxyAnnotations }),
    destinationRule(APP, 'billing', {
      host: APP,
      subsets: [{ name: 'v1', labels: { version: 'v1' } }, { name: 'v2', labels: { version: 'v2' } }],
    }),
    virtualService(APP, 'billing', {
      hosts: [APP],
      http: [
        { name: 'canary-header', match: [{ headers: { 'x-user-region': { exact: 'oslo' } } }], route: [route(APP, { subset: 'v2' })] },
        { name: 'weighted', route: [{ ...route(APP, { subset: 'v1' }), weight: 90 }, { ...route(APP, { subset: 'v2' }), weight: 10 }] },
      ],
    }),
  ];
}

export interface Pair {
  readonly code: string;
  readonly origin: string;
  readonly path: string;
}

/** (code, origin, path) of each finding, as the CLI's JSON would identify them. */
export function pairs(findings: readonly Finding[]): Pair[] {
  return findings.map((f) => ({
    code: f.code,
    origin: f.namespace === undefined ? `${f.kind} ${f.name}` : `${f.kind} ${f.namespace}/${f.name}`,
    path: f.path,
  }));
}

/** Findings of one code. */
export function run(objs: object[], code: string): Finding[] {
  return analyze(objs).filter((f) => f.code === code);
}

/** Findings of one code, the inputs being the whole cluster (`analyze --closed-world`). */
export function runClosed(objs: object[], code: string): Finding[] {
  return analyze(objs, { closedWorld: true }).filter((f) => f.code === code);
}

export function errorsAndWarnings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity !== Severity.INFO);
}
