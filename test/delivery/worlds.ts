/* eslint-disable @typescript-eslint/no-explicit-any -- synthesized manifests are untyped JSON */
import { ApiObject, Chart, Testing } from 'cdk8s';
import { CanaryService, CanaryServiceProps } from '../../src/canary';
import { IIngressGateway } from '../../src/routing';
import { ExposeOptions } from '../../src/routing/ingress-attachment';
import { DataplaneMode } from '../../src/shared/dataplane-mode';
import { validateAndAnalyze } from '../../src/validation';
import { Finding } from '../../src/validation/finding';

export const NAMESPACE = 'billing';
export const stable = { version: 'v1', image: 'registry.example.com/billing:1' };
export const canary = { version: 'v2', image: 'registry.example.com/billing:2' };

export interface Built {
  readonly svc: CanaryService;
  readonly objects: any[];
}

/** The objects of one CanaryService in namespace `billing` (no app-level validation: tests check them). */
export function build(props: Partial<CanaryServiceProps>, options: { dataplane?: DataplaneMode; expose?: { gateway: IIngressGateway; options: ExposeOptions } } = {}): Built {
  const chart = new Chart(Testing.app(), 'test', { namespace: NAMESPACE });
  const svc = new CanaryService(chart, 'billing', { name: 'billing', stable, canary, dataplane: options.dataplane ?? DataplaneMode.SIDECAR, ...props });
  if (options.expose) svc.exposeVia(options.expose.gateway, options.expose.options);
  const objects = chart.node.findAll().filter((c): c is ApiObject => c instanceof ApiObject).map((o) => o.toJson());
  return { svc, objects };
}

export function byKind(objects: readonly any[], kind: string): any[] {
  return objects.filter((o) => o.kind === kind);
}

export function one(objects: readonly any[], kind: string): any {
  const found = byKind(objects, kind);
  if (found.length !== 1) throw new Error(`expected one ${kind}, got ${found.length}`);
  return found[0];
}

/** Error findings of schema, webhook and analysis over the objects (warnings are not failures). */
export function errorsOf(objects: readonly object[]): Finding[] {
  return validateAndAnalyze(objects).filter((f) => f.severity === 'error');
}
