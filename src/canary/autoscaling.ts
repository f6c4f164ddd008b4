import { Duration } from 'cdk8s';
import * as k8s from '../../imports/k8s';
import { wholeSeconds } from '../shared/durations';
import { checkInteger, PropErrors } from '../shared/prop-errors';
import { LabelSelector, renderLabelSelector } from './label-selector';
import { HorizontalPodAutoscalerJson, MetricJson, MetricTargetJson } from './emitted-json';
import { parseQuantity } from '../validation/util/quantity';
import { dns1123SubdomainError } from '../validation/util/names';

enum TargetKind { UTILIZATION = 'Utilization', AVERAGE_VALUE = 'AverageValue', VALUE = 'Value' }

/** The value a scaling metric is held at (autoscaling/v2 `MetricTarget`). */
export class MetricTarget {
  /** Average use in percent of the containers' request (CPU and memory only), e.g. 70. */
  public static utilization(percent: number): MetricTarget {
    return new MetricTarget(TargetKind.UTILIZATION, percent);
  }

  /** The metric's value divided by the number of pods, as a Kubernetes quantity, e.g. "500m", "256Mi", "100". */
  public static averageValue(quantity: string): MetricTarget {
    return new MetricTarget(TargetKind.AVERAGE_VALUE, quantity);
  }

  /** The metric's value itself (object and external metrics only), as a Kubernetes quantity, e.g. "30". */
  public static value(quantity: string): MetricTarget {
    return new MetricTarget(TargetKind.VALUE, quantity);
  }

  private constructor(private readonly kind: TargetKind, private readonly amount: number | string) {}

  /** @internal */
  public _toKube(errors: PropErrors, prop: string, allowed: readonly TargetKind[]): MetricTargetJson {
    if (!allowed.includes(this.kind)) {
      throw errors.mustBe(prop, `${allowed.map((k) => `MetricTarget.${FACTORY[k]}`).join(' or ')} for this metric`, `MetricTarget.${FACTORY[this.kind]}`);
    }
    if (this.kind === TargetKind.UTILIZATION) {
      return { type: this.kind, averageUtilization: checkInteger(errors, `${prop}.percent`, this.amount as number, 1, 2147483647) };
    }
    const q = this.amount;
    const parsed = typeof q === 'string' ? parseQuantity(q) : undefined;
    if (parsed === undefined || !(parsed > 0)) throw errors.mustBe(`${prop}.quantity`, 'a positive Kubernetes quantity (e.g. "500m", "256Mi", "100")', q);
    return this.kind === TargetKind.VALUE ? { type: this.kind, value: q as string } : { type: this.kind, averageValue: q as string };
  }
}

const FACTORY: { readonly [kind: string]: string } = { Utilization: 'utilization', AverageValue: 'averageValue', Value: 'value' };

/** The object an object metric describes (e.g. an Ingress whose request rate drives the scaling). */
export interface DescribedObject {
  /**
   * The object's API version, e.g. "networking.k8s.io/v1".
   * @default - the core group's "v1"
   */
  readonly apiVersion?: string;
  /** The object's kind, e.g. "Ingress". */
  readonly kind: string;
  /** The object's name (same namespace). */
  readonly name: string;
}

enum MetricKind { CPU, MEMORY, PODS, OBJECT, EXTERNAL }

/**
 * A metric a version's HorizontalPodAutoscaler scales on (autoscaling/v2 `metrics`). With several, the autoscaler
 * takes the largest pod count any of them asks for. Pods, object and external metrics need a metrics adapter in the
 * cluster (Prometheus Adapter, KEDA, a cloud provider's) that serves them.
 */
export class ScalingMetric {
  /** The containers' CPU use: `MetricTarget.utilization(percent)` of the request, or `averageValue("500m")` per pod. */
  public static cpu(target: MetricTarget): ScalingMetric {
    return new ScalingMetric(MetricKind.CPU, undefined, target, undefined, undefined);
  }

  /** The containers' memory use: `MetricTarget.utilization(percent)` of the request, or `averageValue("256Mi")` per pod. */
  public static memory(target: MetricTarget): ScalingMetric {
    return new ScalingMetric(MetricKind.MEMORY, undefined, target, undefined, undefined);
  }

  /** A per-pod metric (e.g. requests per second), averaged over the pods and held at `averageValue`. */
  public static pods(metricName: string, averageValue: string, selector?: LabelSelector): ScalingMetric {
    return new ScalingMetric(MetricKind.PODS, metricName, MetricTarget.averageValue(averageValue), selector, undefined);
  }

  /** A metric of another object in the namespace, held at `MetricTarget.value(...)` or `averageValue(...)`. */
  public static object(metricName: string, describedObject: DescribedObject, target: MetricTarget, selector?: LabelSelector): ScalingMetric {
    return new ScalingMetric(MetricKind.OBJECT, metricName, target, selector, describedObject);
  }

  /** A metric from outside the cluster (e.g. a queue's length), held at `MetricTarget.value(...)` or `averageValue(...)`. */
  public static external(metricName: string, target: MetricTarget, selector?: LabelSelector): ScalingMetric {
    return new ScalingMetric(MetricKind.EXTERNAL, metricName, target, selector, undefined);
  }

  private constructor(private readonly kind: MetricKind, private readonly metricName: string | undefined, private readonly target: MetricTarget,
    private readonly selector: LabelSelector | undefined, private readonly describedObject: DescribedObject | undefined) {}

  /** The resource this metric is about ("cpu", "memory"), or undefined for the others. @internal */
  public get _resource(): string | undefined {
    return this.kind === MetricKind.CPU ? 'cpu' : this.kind === MetricKind.MEMORY ? 'memory' : undefined;
  }

  /** @internal */
  public _toKube(errors: PropErrors, prop: string): MetricJson {
    const target = (allowed: readonly TargetKind[]) => {
      if (!(this.target instanceof MetricTarget)) throw errors.mustBe(`${prop}.target`, 'a MetricTarget (MetricTarget.utilization, averageValue or value)', this.target);
      return this.target._toKube(errors, `${prop}.target`, allowed);
    };
    const resource = this._resource;
    if (resource) return { type: 'Resource', resource: { name: resource, target: target([TargetKind.UTILIZATION, TargetKind.AVERAGE_VALUE]) } };
    const metric = { name: metricName(errors, `${prop}.metricName`, this.metricName), ...this.metricSelector(errors, `${prop}.selector`) };
    switch (this.kind) {
      case MetricKind.PODS: return { type: 'Pods', pods: { metric, target: target([TargetKind.AVERAGE_VALUE]) } };
      case MetricKind.EXTERNAL: return { type: 'External', external: { metric, target: target([TargetKind.VALUE, TargetKind.AVERAGE_VALUE]) } };
      default: return {
        type: 'Object',
        object: { metric, describedObject: described(errors, `${prop}.describedObject`, this.describedObject), target: target([TargetKind.VALUE, TargetKind.AVERAGE_VALUE]) },
      };
    }
  }

  private metricSelector(errors: PropErrors, prop: string): { selector?: k8s.LabelSelector } {
    return this.selector === undefined || this.selector === null ? {} : { selector: renderLabelSelector(errors, prop, this.selector) };
  }
}

// The API server's rule for metric names: a path segment name (not "." or "..", no '/' or '%').
function metricName(errors: PropErrors, prop: string, name: unknown): string {
  if (typeof name !== 'string' || name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('%')) {
    throw errors.mustBe(prop, "a metric name (not empty, '.' or '..', without '/' or '%')", name);
  }
  return name;
}

function described(errors: PropErrors, prop: string, o: DescribedObject | undefined): { apiVersion: string; kind: string; name: string } {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) throw errors.mustBe(prop, 'a DescribedObject ({ apiVersion, kind, name })', o);
  if (!isKindName(o.kind)) throw errors.mustBe(`${prop}.kind`, 'a kind name such as "Ingress"', o.kind);
  const nameError = typeof o.name === 'string' ? dns1123SubdomainError(o.name) : 'must be a string';
  if (nameError) throw errors.invalid(`${prop}.name`, nameError);
  const apiVersion = o.apiVersion ?? 'v1';
  if (!isApiVersion(apiVersion)) {
    throw errors.mustBe(`${prop}.apiVersion`, 'an API version such as "v1" or "networking.k8s.io/v1"', apiVersion);
  }
  return { apiVersion, kind: o.kind, name: o.name };
}

// Plain string code, no regexes, for values from props (the project's rule against backtracking regexes on input).
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = `${UPPER}abcdefghijklmnopqrstuvwxyz0123456789`;
const DIGITS = '0123456789';

/** An upper-case letter, then letters and digits ("Ingress", "HTTPRoute"). */
function isKindName(kind: unknown): boolean {
  return typeof kind === 'string' && kind.length > 0 && UPPER.includes(kind[0]) && [...kind].every((c) => ALNUM.includes(c));
}

/** "v1", "v2beta1" or "<group>/<version>" with a DNS-1123 subdomain as group. */
function isApiVersion(apiVersion: unknown): boolean {
  if (typeof apiVersion !== 'string') return false;
  const slash = apiVersion.indexOf('/');
  if (slash >= 0 && dns1123SubdomainError(apiVersion.slice(0, slash)) !== undefined) return false;
  const version = apiVersion.slice(slash + 1);
  if (!version.startsWith('v')) return false;
  let rest = version.slice(1);
  const digits = (s: string) => s.length > 0 && [...s].every((c) => DIGITS.includes(c));
  const stage = ['alpha', 'beta'].find((st) => rest.includes(st));
  if (stage === undefined) return digits(rest);
  const at = rest.indexOf(stage);
  rest = rest.slice(0, at) + ' ' + rest.slice(at + stage.length);
  const [major, minor] = rest.split(' ');
  return digits(major) && digits(minor);
}

/**
 * A HorizontalPodAutoscaler (autoscaling/v2) for a version's Deployment. The Deployment then carries no `replicas`,
 * so applying the manifests again does not reset what the autoscaler chose.
 */
export interface Autoscaling {
  /**
   * The fewest pods (at least 1: an empty DestinationRule subset answers 503).
   * @default 2 for stable, 1 for the canary
   */
  readonly minReplicas?: number;
  /** The most pods (at least `minReplicas`). */
  readonly maxReplicas: number;
  /**
   * Average CPU use, in percent of the containers' CPU request, that the autoscaler aims for (a CPU metric before
   * `metrics`).
   * @default 80 (Kubernetes' default) when `metrics` is not given, else no CPU metric of its own
   */
  readonly targetCpuUtilization?: number;
  /**
   * What the autoscaler scales on: memory, CPU as an average value, per-pod, object and external metrics.
   * @default - CPU only, at `targetCpuUtilization`
   */
  readonly metrics?: ScalingMetric[];
  /**
   * How long the autoscaler looks back before it scales down (it takes the highest recommendation of that window),
   * so a short dip does not remove pods that the next peak needs again. Whole seconds, 0 to 1 hour.
   * @default - Kubernetes' 300 seconds
   */
  readonly scaleDownStabilization?: Duration;
  /**
   * The same window before scaling up.
   * @default - Kubernetes' 0 seconds (scale up at once)
   */
  readonly scaleUpStabilization?: Duration;
}

/** The checked autoscaling settings of one version. */
export interface AutoscalingSettings {
  readonly minReplicas: number;
  readonly maxReplicas: number;
  readonly metrics: MetricJson[];
  readonly behavior?: HorizontalPodAutoscalerJson['spec']['behavior'];
}

export function checkAutoscaling(errors: PropErrors, prop: string, a: Autoscaling, defaultMin: number): AutoscalingSettings {
  if (typeof a !== 'object' || a === null) throw errors.mustBe(prop, 'an Autoscaling ({ minReplicas, maxReplicas, targetCpuUtilization })', a);
  const minReplicas = checkInteger(errors, `${prop}.minReplicas`, a.minReplicas ?? defaultMin, 1, 2147483647);
  const maxReplicas = checkInteger(errors, `${prop}.maxReplicas`, a.maxReplicas, 1, 2147483647);
  if (maxReplicas < minReplicas) throw errors.mustBe(`${prop}.maxReplicas`, `at least 'minReplicas' (${minReplicas})`, maxReplicas);
  const given = a.metrics ?? undefined;
  if (given !== undefined && (!Array.isArray(given) || given.length === 0)) {
    throw errors.mustBe(`${prop}.metrics`, 'a non-empty list of ScalingMetric (leave it out to scale on CPU)', given);
  }
  const cpuTarget = a.targetCpuUtilization ?? (given === undefined ? 80 : undefined);
  const metrics: MetricJson[] = [];
  const resources = new Set<string>();
  if (cpuTarget !== undefined) {
    const targetCpuUtilization = checkInteger(errors, `${prop}.targetCpuUtilization`, cpuTarget, 1, 2147483647);
    metrics.push({ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: targetCpuUtilization } } });
    resources.add('cpu');
  }
  (given ?? []).forEach((m, i) => {
    const at = `${prop}.metrics[${i}]`;
    if (!(m instanceof ScalingMetric)) throw errors.mustBe(at, 'a ScalingMetric (ScalingMetric.cpu, memory, pods, object or external)', m);
    const resource = m._resource;
    if (resource && resources.has(resource)) {
      throw errors.mustBe(at, `the only ${resource} metric${resource === 'cpu' && a.targetCpuUtilization !== undefined ? " (leave out 'targetCpuUtilization')" : ''}`, `ScalingMetric.${resource}`);
    }
    if (resource) resources.add(resource);
    metrics.push(m._toKube(errors, at));
  });
  const window = (key: 'scaleDownStabilization' | 'scaleUpStabilization') => {
    const d = a[key];
    if (d === undefined || d === null) return undefined;
    if (!(d instanceof Duration)) throw errors.mustBe(`${prop}.${key}`, 'a Duration (e.g. Duration.minutes(5))', d);
    return { stabilizationWindowSeconds: wholeSeconds(errors, `${prop}.${key}`, d, 0, 3600) };
  };
  const scaleDown = window('scaleDownStabilization');
  const scaleUp = window('scaleUpStabilization');
  const behavior = scaleDown || scaleUp ? { ...(scaleUp ? { scaleUp } : {}), ...(scaleDown ? { scaleDown } : {}) } : undefined;
  return { minReplicas, maxReplicas, metrics, ...(behavior ? { behavior } : {}) };
}
