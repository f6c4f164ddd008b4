/* eslint-disable @typescript-eslint/no-explicit-any -- synthesized manifests are untyped JSON */
import { Chart, Testing } from 'cdk8s';
import { CanaryService, CanaryServiceProps } from '../../src/canary';

/** Valid props for a small service; tests override what they exercise. */
export function baseProps(overrides: Partial<CanaryServiceProps> = {}): CanaryServiceProps {
  return {
    name: 'billing-service',
    port: 80,
    targetPort: 8080,
    stable: { version: 'v1', image: 'registry.example.com/billing:1.4.2' },
    canary: { version: 'v2', image: 'registry.example.com/billing:2.0.0' },
    ...overrides,
  };
}

/** Builds a CanaryService in a fresh chart with namespace "billing" and returns the synthesized objects by kind/name. */
export function synth(props: CanaryServiceProps, namespace = 'billing'): { svc: CanaryService; objects: any[]; byKind: (kind: string, name?: string) => any } {
  const chart = new Chart(Testing.app(), 'test', { namespace });
  const svc = new CanaryService(chart, 'canary', props);
  const objects = Testing.synth(chart);
  const byKind = (kind: string, name?: string) => {
    const found = objects.filter((o) => o.kind === kind && (name === undefined || o.metadata.name === name));
    if (found.length !== 1) throw new Error(`expected one ${kind} ${name ?? ''}, found ${found.length}`);
    return found[0];
  };
  return { svc, objects, byKind };
}

/** Constructs a CanaryService with these props in a fresh chart (for error tests). */
export function build(props: CanaryServiceProps): CanaryService {
  return new CanaryService(Testing.chart(), 'canary', props);
}
