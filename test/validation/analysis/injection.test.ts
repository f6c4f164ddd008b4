import { deployment, namespace, pairs, pod, run } from './fixtures';

describe('IST0102 namespace not injected', () => {
  test('fires (info) for a namespace with no injection label, on the Namespace (cluster-scoped origin)', () => {
    const findings = run([namespace('shop')], 'IST0102');
    expect(pairs(findings)).toEqual([{ code: 'IST0102', origin: 'Namespace shop', path: 'metadata.labels' }]);
    expect(findings[0].severity).toBe('info');
    expect(findings[0].namespace).toBeUndefined();
    expect(findings[0].message).toBe('namespace "shop" is not enabled for Istio: its pods get no sidecar; label it ' +
      'istio-injection=enabled (or istio.io/rev=<revision>, or istio.io/dataplane-mode=ambient)');
  });

  test('does not fire for labelled, ambient, deliberately disabled or system namespaces', () => {
    expect(run([
      namespace('a', { 'istio-injection': 'enabled' }), namespace('b', { 'istio.io/rev': 'canary' }),
      namespace('c', { 'istio.io/dataplane-mode': 'ambient' }), namespace('d', { 'istio-injection': 'disabled' }),
      namespace('kube-system'), namespace('istio-system'), namespace('local-path-storage'),
    ], 'IST0102')).toEqual([]);
  });
});

describe('IST0123 several injection labels', () => {
  test.each([
    [{ 'istio-injection': 'enabled', 'istio.io/rev': 'canary' }, '"istio-injection" and "istio.io/rev"'],
    [{ 'istio-injection': 'enabled', 'istio.io/dataplane-mode': 'ambient' }, '"istio-injection" and "istio.io/dataplane-mode"'],
    [{ 'istio.io/rev': 'canary', 'istio.io/dataplane-mode': 'ambient' }, '"istio.io/rev" and "istio.io/dataplane-mode"'],
  ])('fires (warning) for %j', (labels, named) => {
    const findings = run([namespace('shop', labels)], 'IST0123');
    expect(pairs(findings)).toEqual([{ code: 'IST0123', origin: 'Namespace shop', path: 'metadata.labels' }]);
    expect(findings[0].severity).toBe('warning');
    expect(findings[0].message).toBe(`namespace "shop" carries ${named}, which select different data planes; keep exactly ` +
      'one (istio-injection=enabled or istio.io/rev=<revision> for sidecars, istio.io/dataplane-mode=ambient for ambient)');
  });

  test('counts the revision and data-plane labels only while istio-injection is absent or enabled, as Istio does', () => {
    expect(run([
      namespace('a', { 'istio-injection': 'disabled', 'istio.io/rev': 'canary' }),
      namespace('b', { 'istio-injection': 'disabled', 'istio.io/dataplane-mode': 'ambient' }),
      namespace('c', { 'istio.io/rev': 'canary' }),
      namespace('d', { 'istio-injection': 'enabled' }),
    ], 'IST0123')).toEqual([]);
    // Any data-plane-mode value counts next to enabled injection, `none` included.
    expect(pairs(run([namespace('e', { 'istio-injection': 'enabled', 'istio.io/dataplane-mode': 'none' })], 'IST0123')))
      .toEqual([{ code: 'IST0123', origin: 'Namespace e', path: 'metadata.labels' }]);
  });

  test('a disabled istio-injection label beats a revision label: no sidecars, so no IST0103', () => {
    expect(run([namespace('shop', { 'istio-injection': 'disabled', 'istio.io/rev': 'canary' }), pod('web-1', 'shop', { app: 'web' })], 'IST0103'))
      .toEqual([]);
  });
});

describe('IST0148 namespaces injected by default', () => {
  const injector = (values: string) => ({ apiVersion: 'v1', kind: 'ConfigMap',
    metadata: { name: 'istio-sidecar-injector', namespace: 'istio-system' }, data: { values, config: '' } });

  test('replaces IST0102 when the injector enables namespaces by default', () => {
    const objs = [namespace('shop'), injector('{"sidecarInjectorWebhook":{"enableNamespacesByDefault":true}}')];
    const findings = run(objs, 'IST0148');
    expect(pairs(findings)).toEqual([{ code: 'IST0148', origin: 'Namespace shop', path: 'metadata.labels' }]);
    expect(findings[0].severity).toBe('info');
    expect(findings[0].message).toBe('namespace "shop" has no injection label, and the injector enables every such namespace ' +
      '(sidecarInjectorWebhook.enableNamespacesByDefault): its pods get a sidecar unless they opt out');
    expect(run(objs, 'IST0102')).toEqual([]);
  });

  test('does not fire without the setting, or for labelled namespaces', () => {
    expect(run([namespace('shop'), injector('sidecarInjectorWebhook:\n  enableNamespacesByDefault: false\n')], 'IST0148')).toEqual([]);
    expect(run([namespace('shop'), injector('sidecarInjectorWebhook:\n  enableNamespacesByDefault: false\n')], 'IST0102')).toHaveLength(1);
    expect(run([namespace('shop', { 'istio-injection': 'enabled' }), injector('{"sidecarInjectorWebhook":{"enableNamespacesByDefault":true}}')],
      'IST0148')).toEqual([]);
  });
});

describe('IST0103 pod missing proxy', () => {
  const injected = () => namespace('shop', { 'istio-injection': 'enabled' });

  test('fires (warning) for a Pod without istio-proxy in an injected namespace', () => {
    const findings = run([injected(), pod('web-1', 'shop', { app: 'web' })], 'IST0103');
    expect(pairs(findings)).toEqual([{ code: 'IST0103', origin: 'Pod shop/web-1', path: 'spec.containers' }]);
    expect(findings[0].message).toContain('pod "web-1" runs in the injected namespace "shop" without an istio-proxy container');
  });

  test('also in a revision-labelled namespace', () => {
    expect(run([namespace('shop', { 'istio.io/rev': '1-30' }), pod('web-1', 'shop', { app: 'web' })], 'IST0103')).toHaveLength(1);
  });

  test('does not fire for opted-out, host-network, injected pods, pod templates, or other namespaces', () => {
    const proxy = [{ name: 'app', image: 'a' }, { name: 'istio-proxy', image: 'proxyv2' }];
    expect(run([injected(), namespace('plain'),
      pod('a', 'shop', { app: 'a', 'sidecar.istio.io/inject': 'false' }),
      pod('b', 'shop', { app: 'b' }, { annotations: { 'sidecar.istio.io/inject': 'false' } }),
      pod('c', 'shop', { app: 'c' }, { hostNetwork: true }),
      pod('d', 'shop', { app: 'd' }, { containers: proxy }),
      deployment('e', 'shop', { app: 'e' }),
      pod('f', 'plain', { app: 'f' }),
      pod('g', 'unknown', { app: 'g' }),
    ], 'IST0103')).toEqual([]);
  });

  test('the pod label wins over the annotation', () => {
    expect(run([injected(), pod('a', 'shop', { app: 'a', 'sidecar.istio.io/inject': 'true' },
      { annotations: { 'sidecar.istio.io/inject': 'false' } })], 'IST0103')).toHaveLength(1);
  });
});
