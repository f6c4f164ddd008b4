import { DEFAULT_ROOT_NAMESPACE } from '../validation/util/istio-names';
import { labelMapErrors } from '../validation/util/names';

/** Istio's default root namespace (`meshConfig.rootNamespace`): a selector-less config here is mesh-wide. */
export const ROOT_NAMESPACE = DEFAULT_ROOT_NAMESPACE;

/**
 * Why a workload selector is unusable, or undefined. Istio's CRD rejects empty keys and `*` anywhere; empty
 * values and an empty map are legal but select by accident (a label with no value, or every pod), so they are
 * rejected too: leave the selector out for a namespace-wide scope.
 */
export function selectorError(selector: { [key: string]: string }): string | undefined {
  const entries = Object.entries(selector);
  if (entries.length === 0) {
    return 'must name at least one label; leave \'selector\' out to cover the whole namespace';
  }
  for (const [key, value] of entries) {
    if (key === '') return 'must not have an empty label key';
    if (value === '') return `label "${key}" must have a non-empty value`;
    if (key.includes('*') || value.includes('*')) {
      return `label "${key}: ${value}" uses a wildcard ('*'), which Istio does not support in selectors; name exact labels (e.g. { app: 'billing' })`;
    }
  }
  const errors = labelMapErrors(selector);
  return errors.length > 0 ? errors.join('; ') : undefined;
}

/** True when every selector label is on the pod (Kubernetes matchLabels semantics). */
export function selectorMatches(selector: { [key: string]: string }, podLabels: { [key: string]: string }): boolean {
  for (const key of Object.keys(selector)) {
    if (podLabels[key] !== selector[key]) return false;
  }
  return true;
}
