/* eslint-disable @typescript-eslint/no-explicit-any -- synthesized manifests are untyped JSON */
import { Duration } from 'cdk8s';
import { baseProps, build, synth } from './helpers';
import { Autoscaling, CanaryServiceVersion, DescribedObject, LabelOperator, LabelSelector, MetricTarget, ScalingMetric } from '../../src/canary';
import { validateAndAnalyze, Severity } from '../../src/validation';
import { plainJs } from '../support/type-helpers';

const v1 = (more: Partial<CanaryServiceVersion> = {}): CanaryServiceVersion => ({ version: 'v1', image: 'registry.example.com/billing:1.4.2', ...more });
const v2 = (more: Partial<CanaryServiceVersion> = {}): CanaryServiceVersion => ({ version: 'v2', image: 'registry.example.com/billing:2.0.0', ...more });
const OWNER = "CanaryService 'canary'";
const clean = (objects: any[]) => validateAndAnalyze(objects).filter((f) => f.severity !== Severity.INFO);

describe('HPA metrics beyond CPU, and scaling behaviour', () => {
  const ingress: DescribedObject = { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', name: 'public' };
  const { objects, byKind } = synth(baseProps({
    stable: v1({
      autoscaling: {
        maxReplicas: 10,
        targetCpuUtilization: 70,
        metrics: [
          ScalingMetric.memory(MetricTarget.utilization(75)),
          ScalingMetric.pods('http_requests_per_second', '100'),
          ScalingMetric.object('requests_per_second', ingress, MetricTarget.value('2k')),
          ScalingMetric.external('queue_messages_ready', MetricTarget.averageValue('30'), { matchLabels: { queue: 'billing' } }),
        ],
        scaleDownStabilization: Duration.minutes(10),
        scaleUpStabilization: Duration.seconds(30),
      },
    }),
    canary: v2({
      autoscaling: {
        maxReplicas: 3,
        metrics: [
          ScalingMetric.cpu(MetricTarget.averageValue('500m')), ScalingMetric.memory(MetricTarget.averageValue('256Mi')),
          ScalingMetric.pods('inflight', '5', { matchExpressions: [{ key: 'route', operator: LabelOperator.IN, values: ['pay'] }] }),
          ScalingMetric.object('hits', { kind: 'Service', name: 'billing-service' }, MetricTarget.averageValue('10')),
        ],
      },
    }),
  }));

  test('each metric source as autoscaling/v2 writes it; targetCpuUtilization stays first', () => {
    expect(byKind('HorizontalPodAutoscaler', 'billing-service-v1').spec.metrics).toEqual([
      { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } },
      { type: 'Resource', resource: { name: 'memory', target: { type: 'Utilization', averageUtilization: 75 } } },
      { type: 'Pods', pods: { metric: { name: 'http_requests_per_second' }, target: { type: 'AverageValue', averageValue: '100' } } },
      { type: 'Object', object: { metric: { name: 'requests_per_second' }, describedObject: ingress, target: { type: 'Value', value: '2k' } } },
      { type: 'External', external: { metric: { name: 'queue_messages_ready', selector: { matchLabels: { queue: 'billing' } } }, target: { type: 'AverageValue', averageValue: '30' } } },
    ]);
  });

  test('the stabilization windows become behavior', () => {
    expect(byKind('HorizontalPodAutoscaler', 'billing-service-v1').spec.behavior).toEqual({
      scaleUp: { stabilizationWindowSeconds: 30 }, scaleDown: { stabilizationWindowSeconds: 600 },
    });
    expect(byKind('HorizontalPodAutoscaler', 'billing-service-v2').spec.behavior).toBeUndefined();
  });

  test('metrics without targetCpuUtilization replace the CPU default; the described object defaults to apiVersion v1', () => {
    expect(byKind('HorizontalPodAutoscaler', 'billing-service-v2').spec.metrics).toEqual([
      { type: 'Resource', resource: { name: 'cpu', target: { type: 'AverageValue', averageValue: '500m' } } },
      { type: 'Resource', resource: { name: 'memory', target: { type: 'AverageValue', averageValue: '256Mi' } } },
      { type: 'Pods', pods: { metric: { name: 'inflight', selector: { matchExpressions: [{ key: 'route', operator: 'In', values: ['pay'] }] } }, target: { type: 'AverageValue', averageValue: '5' } } },
      { type: 'Object', object: { metric: { name: 'hits' }, describedObject: { apiVersion: 'v1', kind: 'Service', name: 'billing-service' }, target: { type: 'AverageValue', averageValue: '10' } } },
    ]);
  });

  test('every object passes validation without warnings', () => {
    expect(clean(objects)).toEqual([]);
  });
});

const scaled = (a: object) => baseProps({ stable: v1({ autoscaling: { maxReplicas: 5, ...a } as Autoscaling }) });

/** [what is wrong, autoscaling props, the message]; plain-JS misuse is written with casts. */
const cases: [string, object, string][] = [
  ['metrics that are not a list', { metrics: ScalingMetric.memory(MetricTarget.utilization(80)) },
    `${OWNER}: 'stable.autoscaling.metrics' must be a non-empty list of ScalingMetric (leave it out to scale on CPU), got {`],
  ['empty metrics', { metrics: [] }, `${OWNER}: 'stable.autoscaling.metrics' must be a non-empty list of ScalingMetric (leave it out to scale on CPU), got []`],
  ['a metric that is a plain object', { metrics: [{ type: 'Resource' }] },
    `${OWNER}: 'stable.autoscaling.metrics[0]' must be a ScalingMetric (ScalingMetric.cpu, memory, pods, object or external), got {"type":"Resource"}`],
  ['a CPU metric besides targetCpuUtilization', { targetCpuUtilization: 70, metrics: [ScalingMetric.cpu(MetricTarget.utilization(60))] },
    `${OWNER}: 'stable.autoscaling.metrics[0]' must be the only cpu metric (leave out 'targetCpuUtilization'), got "ScalingMetric.cpu"`],
  ['two memory metrics', { metrics: [ScalingMetric.memory(MetricTarget.utilization(60)), ScalingMetric.memory(MetricTarget.averageValue('1Gi'))] },
    `${OWNER}: 'stable.autoscaling.metrics[1]' must be the only memory metric, got "ScalingMetric.memory"`],
  ['a utilization of 0', { metrics: [ScalingMetric.memory(MetricTarget.utilization(0))] },
    `${OWNER}: 'stable.autoscaling.metrics[0].target.percent' must be an integer from 1 to 2147483647, got 0`],
  ['a value target for memory', { metrics: [ScalingMetric.memory(MetricTarget.value('1Gi'))] },
    `${OWNER}: 'stable.autoscaling.metrics[0].target' must be MetricTarget.utilization or MetricTarget.averageValue for this metric, got "MetricTarget.value"`],
  ['a utilization target for an external metric', { metrics: [ScalingMetric.external('queue', MetricTarget.utilization(50))] },
    `${OWNER}: 'stable.autoscaling.metrics[0].target' must be MetricTarget.value or MetricTarget.averageValue for this metric, got "MetricTarget.utilization"`],
  ['a quantity that does not parse', { metrics: [ScalingMetric.pods('rps', '100 per second')] },
    `${OWNER}: 'stable.autoscaling.metrics[0].target.quantity' must be a positive Kubernetes quantity (e.g. "500m", "256Mi", "100"), got "100 per second"`],
  ['a quantity of 0', { metrics: [ScalingMetric.external('queue', MetricTarget.value('0'))] },
    `${OWNER}: 'stable.autoscaling.metrics[0].target.quantity' must be a positive Kubernetes quantity (e.g. "500m", "256Mi", "100"), got "0"`],
  ['a quantity that is a number (plain JS)', { metrics: [ScalingMetric.pods('rps', plainJs<string>(100))] },
    `${OWNER}: 'stable.autoscaling.metrics[0].target.quantity' must be a positive Kubernetes quantity (e.g. "500m", "256Mi", "100"), got 100`],
  ['a target that is a number (plain JS)', { metrics: [ScalingMetric.cpu(plainJs<MetricTarget>(80))] },
    `${OWNER}: 'stable.autoscaling.metrics[0].target' must be a MetricTarget (MetricTarget.utilization, averageValue or value), got 80`],
  ['a metric name with a slash', { metrics: [ScalingMetric.pods('http/rps', '1')] },
    `${OWNER}: 'stable.autoscaling.metrics[0].metricName' must be a metric name (not empty, '.' or '..', without '/' or '%'), got "http/rps"`],
  ['an empty metric name', { metrics: [ScalingMetric.external('', MetricTarget.value('1'))] },
    `${OWNER}: 'stable.autoscaling.metrics[0].metricName' must be a metric name (not empty, '.' or '..', without '/' or '%'), got ""`],
  ['a metric selector that is empty', { metrics: [ScalingMetric.external('queue', MetricTarget.value('1'), {})] },
    `${OWNER}: 'stable.autoscaling.metrics[0].selector' must be a selector with at least one label or expression`],
  ['a metric selector that is a string', { metrics: [ScalingMetric.pods('rps', '1', plainJs<LabelSelector>('a=b'))] },
    `${OWNER}: 'stable.autoscaling.metrics[0].selector' must be a LabelSelector ({ matchLabels, matchExpressions }), got "a=b"`],
  ['a described object that is a string', { metrics: [ScalingMetric.object('hits', plainJs<DescribedObject>('ingress/public'), MetricTarget.value('1'))] },
    `${OWNER}: 'stable.autoscaling.metrics[0].describedObject' must be a DescribedObject ({ apiVersion, kind, name }), got "ingress/public"`],
  ['a described kind in lower case', { metrics: [ScalingMetric.object('hits', { kind: 'ingress', name: 'public' }, MetricTarget.value('1'))] },
    `${OWNER}: 'stable.autoscaling.metrics[0].describedObject.kind' must be a kind name such as "Ingress", got "ingress"`],
  ['a described name with upper case', { metrics: [ScalingMetric.object('hits', { kind: 'Ingress', name: 'Public' }, MetricTarget.value('1'))] },
    `${OWNER}: 'stable.autoscaling.metrics[0].describedObject.name' is invalid: "Public" is not a DNS-1123 subdomain`],
  ['a described apiVersion without version', { metrics: [ScalingMetric.object('hits', { apiVersion: 'networking.k8s.io', kind: 'Ingress', name: 'p' }, MetricTarget.value('1'))] },
    `${OWNER}: 'stable.autoscaling.metrics[0].describedObject.apiVersion' must be an API version such as "v1" or "networking.k8s.io/v1", got "networking.k8s.io"`],
  ['a described apiVersion with a stage but no number', { metrics: [ScalingMetric.object('hits', { apiVersion: 'v1alpha', kind: 'Ingress', name: 'p' }, MetricTarget.value('1'))] },
    `${OWNER}: 'stable.autoscaling.metrics[0].describedObject.apiVersion' must be an API version such as "v1" or "networking.k8s.io/v1", got "v1alpha"`],
  ['a described apiVersion with a bad group', { metrics: [ScalingMetric.object('hits', { apiVersion: 'Apps/v1', kind: 'Ingress', name: 'p' }, MetricTarget.value('1'))] },
    `${OWNER}: 'stable.autoscaling.metrics[0].describedObject.apiVersion' must be an API version such as "v1" or "networking.k8s.io/v1", got "Apps/v1"`],
  ['a described kind with a dash', { metrics: [ScalingMetric.object('hits', { kind: 'My-Kind', name: 'p' }, MetricTarget.value('1'))] },
    `${OWNER}: 'stable.autoscaling.metrics[0].describedObject.kind' must be a kind name such as "Ingress", got "My-Kind"`],
  ['a scale-down window over an hour', { scaleDownStabilization: Duration.hours(2) },
    `${OWNER}: 'stable.autoscaling.scaleDownStabilization' must be a whole number of seconds from 0 to 3600, got "7200000ms"`],
  ['a scale-up window in milliseconds', { scaleUpStabilization: Duration.millis(1500) },
    `${OWNER}: 'stable.autoscaling.scaleUpStabilization' must be a whole number of seconds from 0 to 3600, got "1500ms"`],
  ['a window that is a number (plain JS)', { scaleDownStabilization: 300 },
    `${OWNER}: 'stable.autoscaling.scaleDownStabilization' must be a Duration (e.g. Duration.minutes(5)), got 300`],
];

test('described objects take any group and version, stages included', () => {
  for (const apiVersion of ['v1', 'apps/v1', 'networking.k8s.io/v1', 'example.com/v2beta1', 'x.io/v1alpha2']) {
    expect(() => build(scaled({ metrics: [ScalingMetric.object('hits', { apiVersion, kind: 'HTTPRoute', name: 'p' }, MetricTarget.value('1'))] }))).not.toThrow();
  }
});

describe('autoscaling props reject bad input with an Error naming the prop', () => {
  test.each(cases)('%s', (_what, a, message) => {
    expect(() => build(scaled(a))).toThrow(message);
  });
});
