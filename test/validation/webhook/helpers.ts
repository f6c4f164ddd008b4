import { readFileSync } from 'fs';
import { join } from 'path';
import { parseAllDocuments } from 'yaml';
import { Finding, Severity } from '../../../src/validation/finding';
import { validateWebhook } from '../../../src/validation/webhook';

const GROUP_VERSION: { [kind: string]: string } = {
  VirtualService: 'networking.istio.io/v1',
  DestinationRule: 'networking.istio.io/v1',
  Sidecar: 'networking.istio.io/v1',
  Gateway: 'networking.istio.io/v1',
  ServiceEntry: 'networking.istio.io/v1',
  PeerAuthentication: 'security.istio.io/v1',
  AuthorizationPolicy: 'security.istio.io/v1',
  RequestAuthentication: 'security.istio.io/v1',
  Telemetry: 'telemetry.istio.io/v1',
  WorkloadEntry: 'networking.istio.io/v1',
  WorkloadGroup: 'networking.istio.io/v1',
  EnvoyFilter: 'networking.istio.io/v1alpha3',
  ProxyConfig: 'networking.istio.io/v1beta1',
  WasmPlugin: 'extensions.istio.io/v1alpha1',
};

/** A namespaced Istio object of `kind` with `spec` (name `test`, namespace `default`). */
export function istio(kind: string, spec: unknown, namespace = 'default'): object {
  return { apiVersion: GROUP_VERSION[kind], kind, metadata: { name: 'test', namespace }, spec };
}

export function findings(kind: string, spec: unknown, namespace?: string): Finding[] {
  return validateWebhook(istio(kind, spec, namespace));
}

/** `path: message` of every error. */
export function errors(kind: string, spec: unknown, namespace?: string): string[] {
  return of(findings(kind, spec, namespace), Severity.ERROR);
}

/** `path: message` of every warning. */
export function warnings(kind: string, spec: unknown, namespace?: string): string[] {
  return of(findings(kind, spec, namespace), Severity.WARNING);
}

export function of(list: readonly Finding[], severity: Severity): string[] {
  return list.filter((f) => f.severity === severity).map((f) => `${f.path}: ${f.message}`);
}

/** All documents of a YAML fixture in this folder. */
export function fixture(name: string): Record<string, unknown>[] {
  return parseAllDocuments(readFileSync(join(__dirname, 'fixtures', name), 'utf8')).map((d) => d.toJSON());
}

/** A mesh VirtualService for host `reviews` with the given http rules. */
export function vsHttp(...http: unknown[]): object {
  return { hosts: ['reviews'], http };
}

/** A route rule sending everything to the given destinations. */
export function route(...destinations: unknown[]): { route: unknown[] } {
  return { route: destinations };
}

export function dest(subset: string, weight?: number): object {
  return { destination: { host: 'reviews', subset }, ...(weight === undefined ? {} : { weight }) };
}
