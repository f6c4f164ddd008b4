import { errors, warnings } from './helpers';

describe('Telemetry', () => {
  it('accepts access logging with a provider, a CEL filter and a selector', () => {
    expect(errors('Telemetry', { selector: { matchLabels: { app: 'web' } },
      accessLogging: [{ providers: [{ name: 'envoy' }], filter: { expression: 'response.code >= 400 && request.url_path.startsWith("/api")' } }] })).toEqual([]);
  });

  it('rejects an access-log filter that is not CEL', () => {
    const result = errors('Telemetry', { accessLogging: [{ providers: [{ name: 'envoy' }], filter: { expression: 'response.code >=' } }] });
    expect(result).toHaveLength(1);
    expect(result[0]).toMatch(/^spec.accessLogging\[0\].filter.expression: access log filter must be a valid CEL expression: "response.code >=" /);
  });

  it('rejects empty provider names in access logging, metrics and tracing', () => {
    expect(errors('Telemetry', { accessLogging: [{ providers: [{ name: '' }] }], metrics: [{ providers: [{}] }], tracing: [{ providers: [null] }] })).toEqual([
      'spec.metrics[0].providers[0].name: providers.name may not be empty',
      'spec.tracing[0].providers[0].name: providers.name may not be empty',
      'spec.accessLogging[0].providers[0].name: providers.name may not be empty',
    ]);
  });

  it('validates targetRef kinds and namespace, and the one-selector-style rule', () => {
    expect(errors('Telemetry', { targetRefs: [{ kind: 'Gateway', group: 'gateway.networking.k8s.io', name: 'waypoint' }] })).toEqual([]);
    expect(errors('Telemetry', { targetRef: { kind: 'Pod', name: 'x' } }))
      .toEqual(['spec.targetRef: targetRef must be to one of gateway.networking.k8s.io/Gateway, gateway.networking.k8s.io/GatewayClass, core/Service, networking.istio.io/ServiceEntry but was core/Pod']);
    expect(errors('Telemetry', { targetRefs: [{ kind: 'Service', name: 'web', namespace: 'other' }] }))
      .toEqual(['spec.targetRefs[0].namespace: targetRef namespace "other" must not be set: cross namespace referencing is not currently supported']);
    expect(errors('Telemetry', { targetRef: { kind: 'Service', name: 'web' }, selector: { matchLabels: { app: 'web' } } }))
      .toEqual(['spec: only one of targetRefs, targetRef or workloadSelector can be set']);
  });

  it('validates the selector', () => {
    expect(errors('Telemetry', { selector: { matchLabels: { app: 'we*b' } } })).toEqual(['spec.selector.matchLabels.app: wildcard is not supported in selector: "app=we*b"']);
    expect(warnings('Telemetry', { selector: { matchLabels: {} } })).toEqual(['spec.selector: workload selector specified without labels']);
  });

  it('validates metric tag overrides (UPSERT is the default operation)', () => {
    expect(errors('Telemetry', { metrics: [{ providers: [{ name: 'prometheus' }], overrides: [{ match: { metric: 'REQUEST_COUNT' },
      tagOverrides: { request_host: { value: 'request.host' }, response_flags: { operation: 'REMOVE' } } }] }] })).toEqual([]);
    expect(errors('Telemetry', { metrics: [{ overrides: [null, { match: { customMetric: '' }, tagOverrides: { a: {}, b: { operation: 'REMOVE', value: 'x' }, c: null } }] }] })).toEqual([
      'spec.metrics[0].overrides[0]: tagOverrides may not be null',
      'spec.metrics[0].overrides[1].tagOverrides.a.value: tagOverrides.value must be set when operation is UPSERT (tag "a")',
      'spec.metrics[0].overrides[1].tagOverrides.b.value: tagOverrides.value may only be set when operation is UPSERT (tag "b" has operation REMOVE)',
      'spec.metrics[0].overrides[1].tagOverrides.c: tagOverrides may not be null',
      'spec.metrics[0].overrides[1].match.customMetric: customMetric may not be empty',
    ]);
  });

  it('validates tracing', () => {
    expect(errors('Telemetry', { tracing: [{ randomSamplingPercentage: 120, customTags: { a: { literal: { value: '' } }, b: { header: {} }, c: { environment: { name: '' } }, d: null } }] })).toEqual([
      'spec.tracing[0].randomSamplingPercentage: randomSamplingPercentage 120 must be in range [0.0, 100.0]',
      'spec.tracing[0].customTags.a.literal.value: literal tag value may not be empty',
      'spec.tracing[0].customTags.b.header.name: header tag name may not be empty',
      'spec.tracing[0].customTags.c.environment.name: environment tag name may not be empty',
      "spec.tracing[0].customTags.d: tag 'd' may not have a nil value",
    ]);
    expect(warnings('Telemetry', { tracing: [{ providers: [{ name: 'a' }, { name: 'b' }] }, {}] })).toEqual([
      'spec.tracing: multiple tracing is not currently supported',
      'spec.tracing[0].providers: multiple providers is not currently supported',
    ]);
  });
});
