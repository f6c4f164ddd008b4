/**
 * Which objects the validator checks, by kind family: Istio, Gateway API (v1.5.1 standard channel), the Kubernetes
 * core kinds, Flagger and Argo Rollouts. Everything else (other CRDs, other core kinds) is not validated.
 */
import { apiGroupOf, ISTIO_API_GROUPS } from './istio-kinds';

export enum KindFamily {
  ISTIO = 'istio',
  GATEWAY_API = 'gateway-api',
  KUBERNETES = 'kubernetes',
  FLAGGER = 'flagger',
  ARGO_ROLLOUTS = 'argo-rollouts',
}

export const GATEWAY_API_GROUP = 'gateway.networking.k8s.io';
export const FLAGGER_GROUP = 'flagger.app';
export const ARGO_GROUP = 'argoproj.io';

/** Groups whose every kind belongs to one family (an unknown kind there is an error the API server would give). */
const CLOSED_GROUPS: ReadonlyMap<string, KindFamily> = new Map([
  ...ISTIO_API_GROUPS.map((g): [string, KindFamily] => [g, KindFamily.ISTIO]),
  [GATEWAY_API_GROUP, KindFamily.GATEWAY_API],
  [FLAGGER_GROUP, KindFamily.FLAGGER],
]);

/**
 * Argo Rollouts shares argoproj.io with Argo CD and Argo Workflows, so only its own kinds are claimed.
 */
const ARGO_ROLLOUTS_KINDS: ReadonlySet<string> = new Set([
  'Rollout', 'AnalysisTemplate', 'ClusterAnalysisTemplate', 'AnalysisRun', 'Experiment',
]);

/** The Kubernetes core kinds validated, by apiVersion (the versions Kubernetes 1.33 serves for them). */
export const KUBERNETES_KINDS: { readonly [apiVersion: string]: readonly string[] } = {
  'v1': ['Pod', 'Service', 'ServiceAccount', 'Namespace', 'ConfigMap', 'Secret'],
  'apps/v1': ['Deployment', 'StatefulSet', 'DaemonSet'],
  'policy/v1': ['PodDisruptionBudget'],
  'autoscaling/v2': ['HorizontalPodAutoscaler'],
  'batch/v1': ['Job', 'CronJob'],
};

/** The family that validates a plain object, or undefined when none does. */
export function kindFamilyOf(obj: unknown): KindFamily | undefined {
  if (obj === null || typeof obj !== 'object') return undefined;
  const { apiVersion, kind } = obj as { apiVersion?: unknown; kind?: unknown };
  if (typeof apiVersion !== 'string') return undefined;
  const closed = CLOSED_GROUPS.get(apiGroupOf(apiVersion));
  if (closed) return closed;
  if (typeof kind !== 'string') return undefined;
  if (apiGroupOf(apiVersion) === ARGO_GROUP) return ARGO_ROLLOUTS_KINDS.has(kind) ? KindFamily.ARGO_ROLLOUTS : undefined;
  return KUBERNETES_KINDS[apiVersion]?.includes(kind) ? KindFamily.KUBERNETES : undefined;
}

/** True for the objects `validateObject` checks (the synth hook and the CLI count these as validated). */
export function isValidatedKind(obj: unknown): boolean {
  return kindFamilyOf(obj) !== undefined;
}
