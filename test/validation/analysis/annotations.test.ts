import { deployment, namespace, pairs, pod, run, service } from './fixtures';

const FOUR = {
  'sidecar.istio.io/proxyCPU': '100m', 'sidecar.istio.io/proxyMemory': '128Mi',
  'sidecar.istio.io/proxyCPULimit': '1', 'sidecar.istio.io/proxyMemoryLimit': '512Mi',
};

describe('IST0107 misplaced annotation: the whole annotation table', () => {
  test.each([
    ['networking.istio.io/traffic-distribution', 'Service, ServiceEntry objects', 'right object'],
    ['istio.io/dry-run', 'AuthorizationPolicy objects', 'AuthorizationPolicy'],
    ['networking.istio.io/service-type', 'Gateways', 'Gateway'],
    ['kubernetes.io/ingress.class', 'Ingress objects', 'Ingress'],
  ])('knows where %s belongs', (key, kinds, target) => {
    const findings = run([pod('p', 'shop', { app: 'p' }, { annotations: { [key]: 'x' } })], 'IST0107');
    expect(findings.map((f) => f.message)).toEqual([`annotation "${key}" applies to ${kinds} only and has no effect on a Pod; ` +
      `set it on the ${target}`]);
  });

  test('accepts annotations valid on any kind, and leaves unknown keys alone', () => {
    expect(run([service('web', 'shop', { app: 'web' }, undefined, { annotations: { 'galley.istio.io/analyze-suppress': 'IST0118',
      'example.istio.io/custom': 'x' } })], 'IST0107')).toEqual([]);
    expect(run([service('web', 'shop', { app: 'web' }, undefined, { annotations: { 'networking.istio.io/traffic-distribution': 'PreferClose' } })],
      'IST0107')).toEqual([]);
  });
});

describe('IST0136 alpha annotation', () => {
  test('reports (info) alpha-phase annotations on the object they belong to', () => {
    const findings = run([pod('p', 'shop', { app: 'p' }, { annotations: { 'sidecar.istio.io/proxyCPU': '100m', 'proxy.istio.io/config': '{}' } })], 'IST0136');
    expect(pairs(findings)).toEqual([{ code: 'IST0136', origin: 'Pod shop/p', path: 'metadata.annotations["sidecar.istio.io/proxyCPU"]' }]);
    expect(findings[0].severity).toBe('info');
    expect(findings[0].message).toBe('Annotation "sidecar.istio.io/proxyCPU" is part of an alpha-phase feature and may be incompletely supported.');
  });

  test('does not repeat a misplaced annotation, nor read pod templates (as Istio\'s analyzer)', () => {
    expect(run([deployment('web', 'shop', { app: 'web' }, { metaAnnotations: { 'sidecar.istio.io/proxyCPU': '1' }, annotations: FOUR })], 'IST0136'))
      .toEqual([]);
  });
});

describe('IST0107 misplaced annotation', () => {
  test('fires (warning) for a pod annotation on the Deployment object', () => {
    const findings = run([deployment('web', 'shop', { app: 'web' }, { metaAnnotations: { 'sidecar.istio.io/proxyCPU': '100m' } })], 'IST0107');
    expect(pairs(findings)).toEqual([
      { code: 'IST0107', origin: 'Deployment shop/web', path: 'metadata.annotations["sidecar.istio.io/proxyCPU"]' },
    ]);
    expect(findings[0].severity).toBe('warning');
    expect(findings[0].message).toBe('annotation "sidecar.istio.io/proxyCPU" applies to Pods only and has no effect on a ' +
      'Deployment; move it to spec.template.metadata.annotations');
  });

  test('says when the template already has it', () => {
    const findings = run([deployment('web', 'shop', { app: 'web' }, {
      metaAnnotations: { 'proxy.istio.io/config': '{}' }, annotations: { 'proxy.istio.io/config': '{}' },
    })], 'IST0107');
    expect(findings[0].message).toContain('(it is already there: remove this copy)');
  });

  test('fires for pod annotations on Services and Namespaces, and Service annotations on Pods', () => {
    const findings = run([
      service('web', 'shop', { app: 'web' }, undefined, { annotations: { 'sidecar.istio.io/inject': 'true' } }),
      { ...namespace('shop'), metadata: { name: 'shop', annotations: { 'traffic.sidecar.istio.io/excludeOutboundPorts': '5432' } } },
      pod('p', 'shop', { app: 'p' }, { annotations: { 'networking.istio.io/exportTo': '.' } }),
    ], 'IST0107');
    expect(pairs(findings).map((p) => p.origin)).toEqual(['Namespace shop', 'Service shop/web', 'Pod shop/p']);
    expect(findings[1].message).toContain('set it on the pods (the pod template of their Deployment) instead');
    expect(findings[2].message).toBe('annotation "networking.istio.io/exportTo" applies to Services only and has no effect ' +
      'on a Pod; set it on the Service');
  });

  test('does not fire for annotations in the right place', () => {
    expect(run([deployment('web', 'shop', { app: 'web' }, { annotations: FOUR }),
      pod('p', 'shop', { app: 'p' }, { annotations: { 'sidecar.istio.io/inject': 'false' } }),
      service('web', 'shop', { app: 'web' }, undefined, { annotations: { 'networking.istio.io/exportTo': '.' } }),
    ], 'IST0107')).toEqual([]);
  });
});

describe('CDK8SISTIO-004 proxy resource annotations partly set', () => {
  test('fires (warning) and names what is missing', () => {
    const findings = run([deployment('web', 'shop', { app: 'web' }, { annotations: { 'sidecar.istio.io/proxyCPU': '100m' } })], 'CDK8SISTIO-004');
    expect(pairs(findings)).toEqual([
      { code: 'CDK8SISTIO-004', origin: 'Deployment shop/web', path: 'spec.template.metadata.annotations' },
    ]);
    expect(findings[0].message).toBe('only sidecar.istio.io/proxyCPU is set; when any proxy resource annotation is ' +
      'present Istio drops all default proxy requests and limits, so the sidecar runs without sidecar.istio.io/proxyMemory, ' +
      'sidecar.istio.io/proxyCPULimit, sidecar.istio.io/proxyMemoryLimit: set all four');
  });

  test('all four or none is fine', () => {
    expect(run([deployment('a', 'shop', { app: 'a' }, { annotations: FOUR }), deployment('b', 'shop', { app: 'b' })], 'CDK8SISTIO-004')).toEqual([]);
  });
});

describe('CDK8SISTIO-005 injection label on the workload object', () => {
  test('fires (warning) when only the Deployment carries it', () => {
    const findings = run([deployment('web', 'shop', { app: 'web' }, { metaLabels: { 'sidecar.istio.io/inject': 'false' } })], 'CDK8SISTIO-005');
    expect(pairs(findings)).toEqual([
      { code: 'CDK8SISTIO-005', origin: 'Deployment shop/web', path: 'metadata.labels["sidecar.istio.io/inject"]' },
    ]);
    expect(findings[0].message).toBe('label sidecar.istio.io/inject=false is on the Deployment, but injection reads pod ' +
      'labels only, so it has no effect; set it in spec.template.metadata.labels');
  });

  test('does not fire when the template carries the same label', () => {
    expect(run([deployment('web', 'shop', { app: 'web', 'istio.io/rev': 'canary' }, { metaLabels: { 'istio.io/rev': 'canary' } })], 'CDK8SISTIO-005')).toEqual([]);
  });
});
