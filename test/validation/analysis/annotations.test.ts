import { analyze } from '../../../src/validation/analysis';
import { deployment, namespace, pairs, pod, run, service } from './fixtures';

function analyzeCodes(objs: object[]): string[] {
  return analyze(objs).map((f) => f.code);
}

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

describe('IST0108 unknown annotation', () => {
  test('fires (warning) for a key in an Istio domain that Istio does not define, with Istio\'s text', () => {
    const findings = run([
      pod('p', 'shop', { app: 'p' }, { annotations: { 'sidecar.istio.io/proxyCpu': '1', 'example.istio.io/custom': 'x' } }),
    ], 'IST0108');
    expect(pairs(findings)).toEqual([
      { code: 'IST0108', origin: 'Pod shop/p', path: 'metadata.annotations["sidecar.istio.io/proxyCpu"]' },
      { code: 'IST0108', origin: 'Pod shop/p', path: 'metadata.annotations["example.istio.io/custom"]' },
    ]);
    expect(findings[0].severity).toBe('warning');
    expect(findings.map((f) => f.message)).toEqual([
      'Unknown annotation: sidecar.istio.io/proxyCpu; did you mean sidecar.istio.io/proxyCPU?',
      'Unknown annotation: example.istio.io/custom',
    ]);
  });

  test('reads Namespaces, Services, Pods and Deployments (their own metadata), as Istio does', () => {
    const bad = { annotations: { 'istio.io/nope': 'x' } };
    const findings = run([
      { ...namespace('shop'), metadata: { name: 'shop', ...bad } },
      service('web', 'shop', { app: 'web' }, undefined, bad),
      deployment('web', 'shop', { app: 'web' }, { metaAnnotations: bad.annotations, annotations: bad.annotations }),
      { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db', namespace: 'shop', ...bad },
        spec: { selector: { matchLabels: { app: 'db' } }, template: { metadata: { labels: { app: 'db' } }, spec: { containers: [] } } } },
    ], 'IST0108');
    expect(pairs(findings).map((p) => `${p.origin} ${p.path}`)).toEqual([
      'Namespace shop metadata.annotations["istio.io/nope"]',
      'Service shop/web metadata.annotations["istio.io/nope"]',
      'Deployment shop/web metadata.annotations["istio.io/nope"]',
    ]);
  });

  test('leaves known keys, the keys Istio skips, and other domains alone', () => {
    expect(run([pod('p', 'shop', { app: 'p' }, { annotations: {
      'sidecar.istio.io/proxyCPU': '1', 'sidecar.istio.io/status': '{}', 'istio.io/rev': 'canary', 'gateway.istio.io/controller-version': '5',
      'kubernetes.io/ingress.class': 'istio', 'example.com/x': 'y', 'istio.io.example.com/x': 'y', 'notistio.io.example/x': 'y',
    } })], 'IST0108')).toEqual([]);
  });

  test('counts kubernetes.io/ingress.class and keys without a prefix as Istio keys as Istio does', () => {
    // A bare `istio.io` key has no `/`: its whole text is the domain.
    expect(pairs(run([pod('p', 'shop', { app: 'p' }, { annotations: { 'istio.io': 'x' } })], 'IST0108')).map((p) => p.path))
      .toEqual(['metadata.annotations["istio.io"]']);
  });
});

describe('IST0135 deprecated annotation', () => {
  test('fires (info) with Istio\'s text, naming the replacing label for the injection annotation', () => {
    const findings = run([
      pod('p', 'shop', { app: 'p' }, { annotations: { 'sidecar.istio.io/inject': 'false' } }),
      service('web', 'shop', { app: 'web' }, undefined, { annotations: { 'alpha.istio.io/kubernetes-serviceaccounts': 'sa' } }),
    ], 'IST0135');
    expect(pairs(findings)).toEqual([
      { code: 'IST0135', origin: 'Service shop/web', path: 'metadata.annotations["alpha.istio.io/kubernetes-serviceaccounts"]' },
      { code: 'IST0135', origin: 'Pod shop/p', path: 'metadata.annotations["sidecar.istio.io/inject"]' },
    ]);
    expect(findings[0].severity).toBe('info');
    expect(findings.map((f) => f.message)).toEqual([
      'Annotation "alpha.istio.io/kubernetes-serviceaccounts" has been deprecated and may not work in future Istio versions.',
      'Annotation "sidecar.istio.io/inject" has been deprecated in favor of the "sidecar.istio.io/inject" label and may ' +
        'not work in future Istio versions.',
    ]);
  });

  test('not for the injection annotation next to the injection label, nor for annotations that are not deprecated', () => {
    expect(run([
      { ...pod('p', 'shop', { app: 'p', 'sidecar.istio.io/inject': 'false' }, { annotations: { 'sidecar.istio.io/inject': 'false' } }) },
      pod('q', 'shop', { app: 'q' }, { annotations: { 'proxy.istio.io/config': '{}' } }),
    ], 'IST0135')).toEqual([]);
  });

  test('a deprecated annotation in the wrong place gets both findings, as the checks are independent in Istio', () => {
    const findings = analyzeCodes([service('web', 'shop', { app: 'web' }, undefined, { annotations: { 'sidecar.istio.io/inject': 'true' } })]);
    expect(findings).toEqual(expect.arrayContaining(['IST0107', 'IST0135']));
  });
});
