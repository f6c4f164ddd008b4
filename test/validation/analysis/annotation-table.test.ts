import { ANALYZER_SKIPPED_ANNOTATIONS, FeatureStatus, ISTIO_ANNOTATIONS, isIstioAnnotationKey, UNSOURCED_ANNOTATIONS } from '../../../src/validation/analysis/annotation-table';

describe('the annotation table', () => {
  // What the facts files state (cited in annotation-table.ts): kinds, status, deprecation.
  test.each([
    ['sidecar.istio.io/proxyCPU', ['Pod'], FeatureStatus.ALPHA, false],
    ['sidecar.istio.io/proxyMemoryLimit', ['Pod'], FeatureStatus.ALPHA, false],
    ['sidecar.istio.io/inject', ['Pod'], FeatureStatus.BETA, true],
    ['proxy.istio.io/config', ['Pod'], FeatureStatus.BETA, false],
    ['gateway.istio.io/service-account', ['Gateway'], FeatureStatus.ALPHA, false],
    ['networking.istio.io/service-type', ['Gateway'], FeatureStatus.ALPHA, false],
    ['networking.istio.io/exportTo', ['Service'], FeatureStatus.ALPHA, false],
    ['istio.io/dry-run', ['AuthorizationPolicy'], FeatureStatus.ALPHA, false],
    ['galley.istio.io/analyze-suppress', [], FeatureStatus.ALPHA, false],
  ])('%s: sourced from the facts files', (key, kinds, status, deprecated) => {
    const entry = ISTIO_ANNOTATIONS.get(key)!;
    expect(entry).toMatchObject({ kinds, status, deprecated });
    expect(entry.source).toMatch(/^(ISTIO|GATEWAY-API)-[A-Z-]+\.md §/);
  });

  test('lists what no facts file confirms, and keeps the analyzer\'s skipped keys out', () => {
    expect(UNSOURCED_ANNOTATIONS).toContain('sidecar.istio.io/logLevel');
    expect(UNSOURCED_ANNOTATIONS).not.toContain('sidecar.istio.io/proxyCPU');
    expect(UNSOURCED_ANNOTATIONS.length + [...ISTIO_ANNOTATIONS.values()].filter((a) => a.source).length).toBe(ISTIO_ANNOTATIONS.size);
    for (const key of ANALYZER_SKIPPED_ANNOTATIONS) expect(ISTIO_ANNOTATIONS.has(key)).toBe(false);
  });

  test('every entry is a key Istio\'s analyzer treats as an Istio annotation', () => {
    expect([...ISTIO_ANNOTATIONS.keys()].filter((k) => !isIstioAnnotationKey(k))).toEqual([]);
    expect(isIstioAnnotationKey('example.com/istio.io')).toBe(false);
  });
});
