import { analyze } from '../../../src/validation/analysis';
import { formatFinding, Layer, Severity } from '../../../src/validation/finding';
import { deployment, errorsAndWarnings, exampleApp, pairs } from './fixtures';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit deep fields of plain objects
type Obj = { [key: string]: any };

function find(objs: Obj[], kind: string, name: string): Obj {
  const obj = objs.find((o) => o.kind === kind && o.metadata.name === name);
  if (!obj) throw new Error(`${kind} ${name} missing from the example app`);
  return obj;
}

describe('the example app (billing canary in a STRICT, injected namespace)', () => {
  test('analyzes without errors or warnings', () => {
    const findings = analyze(exampleApp());
    expect(errorsAndWarnings(findings).map(formatFinding)).toEqual([]);
  });

  test('a VirtualService route to a subset the DestinationRule lacks is IST0101 on that field', () => {
    const objs = exampleApp();
    find(objs, 'VirtualService', 'billing-service').spec.http[1].route[1].destination.subset = 'v3';
    const findings = errorsAndWarnings(analyze(objs));
    expect(pairs(findings)).toEqual([
      { code: 'IST0101', origin: 'VirtualService billing/billing-service', path: 'spec.http[1].route[1].destination.subset' },
    ]);
    expect(findings[0]).toMatchObject({ severity: Severity.ERROR, layer: Layer.ANALYSIS, apiVersion: 'networking.istio.io/v1' });
    expect(findings[0].message).toContain('subset "v3" of host "billing-service" is not defined');
    expect(findings[0].message).toContain('defines "v1", "v2"');
  });

  test('a missing canary Deployment is IST0173 on the v2 subset', () => {
    const objs = exampleApp().filter((o: Obj) => o.metadata.name !== 'billing-service-v2');
    const findings = errorsAndWarnings(analyze(objs));
    expect(pairs(findings)).toEqual([
      { code: 'IST0173', origin: 'DestinationRule billing/billing-service', path: 'spec.subsets[1]' },
    ]);
    expect(findings[0].message).toContain('subset "v2" selects no pod');
    expect(findings[0].message).toContain('app=billing-service,version=v2');
  });

  test('a canary Deployment scaled to zero is IST0173 too', () => {
    const objs = exampleApp();
    find(objs, 'Deployment', 'billing-service-v2').spec.replicas = 0;
    const findings = errorsAndWarnings(analyze(objs));
    expect(pairs(findings).map((p) => p.code)).toEqual(['IST0173']);
    expect(findings[0].message).toContain('scaled to 0 replicas');
  });

  test('an opted-out workload in the STRICT namespace is reported', () => {
    const objs = [...exampleApp(), deployment('batch', 'billing', { app: 'batch' }, {
      annotations: {}, metaLabels: {},
    })];
    (objs[objs.length - 1] as Obj).spec.template.metadata.labels['sidecar.istio.io/inject'] = 'false';
    const findings = errorsAndWarnings(analyze(objs));
    expect(pairs(findings)).toEqual([
      { code: 'CDK8SISTIO-002', origin: 'Deployment billing/batch', path: 'spec.template.metadata.labels' },
    ]);
    expect(findings[0].message).toContain('opts out of the mesh (label sidecar.istio.io/inject=false)');
  });

  test('a DestinationRule that disables TLS towards the STRICT service is reported', () => {
    const objs = exampleApp();
    find(objs, 'DestinationRule', 'billing-service').spec.trafficPolicy = { tls: { mode: 'DISABLE' } };
    const findings = errorsAndWarnings(analyze(objs));
    expect(pairs(findings)).toEqual([
      { code: 'CDK8SISTIO-001', origin: 'DestinationRule billing/billing-service', path: 'spec.trafficPolicy.tls.mode' },
    ]);
  });
});
