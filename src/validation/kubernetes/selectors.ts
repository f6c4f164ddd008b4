/**
 * Label selectors (metav1.LabelSelector) and the workload rule that the selector must match the pod template's
 * labels (KUBERNETES-VALIDATION-RULES.md §3).
 */
import { SchemaRun } from '../schema/run';
import { labelKeyError, labelValueError } from '../util/names';
import { entries, isObj, list, obj, Obj, str } from '../util/plain-json';
import { invalid, objectItems, REQUIRED } from './fields';

/** Label keys and values of a map (selector matchLabels, pod template labels), reported on the map's path. */
export function checkLabelMap(labels: unknown, path: string, run: SchemaRun): void {
  for (const [key, value] of entries(labels)) {
    const keyErr = labelKeyError(key);
    if (keyErr) run.error(path, invalid(key, keyErr));
    const valueErr = typeof value === 'string' ? labelValueError(value) : undefined;
    if (valueErr) run.error(path, invalid(value, valueErr));
  }
}

export function checkLabelSelector(selector: Obj, path: string, run: SchemaRun): void {
  checkLabelMap(selector.matchLabels, `${path}.matchLabels`, run);
  for (const [e, i] of objectItems(selector.matchExpressions)) {
    const at = `${path}.matchExpressions[${i}]`;
    const keyErr = labelKeyError(str(e.key));
    if (keyErr) run.error(`${at}.key`, invalid(e.key, keyErr));
    const values = list(e.values);
    switch (e.operator) {
      case 'In':
      case 'NotIn':
        if (values.length === 0) run.error(`${at}.values`, `${REQUIRED}: must be specified when \`operator\` is 'In' or 'NotIn'`);
        break;
      case 'Exists':
      case 'DoesNotExist':
        if (values.length > 0) run.error(`${at}.values`, "Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'");
        break;
      default:
        run.error(`${at}.operator`, invalid(e.operator, 'not a valid selector operator'));
    }
  }
}

function matches(selector: Obj, labels: Obj): boolean {
  for (const [k, v] of entries(selector.matchLabels)) if (labels[k] !== v) return false;
  for (const [e] of objectItems(selector.matchExpressions)) {
    const key = str(e.key);
    const has = Object.prototype.hasOwnProperty.call(labels, key);
    const values = list(e.values);
    switch (e.operator) {
      case 'In': if (!has || !values.includes(labels[key])) return false; break;
      case 'NotIn': if (has && values.includes(labels[key])) return false; break;
      case 'Exists': if (!has) return false; break;
      case 'DoesNotExist': if (has) return false; break;
      default: return false;
    }
  }
  return true;
}

function isEmptySelector(selector: Obj): boolean {
  return entries(selector.matchLabels).length === 0 && list(selector.matchExpressions).length === 0;
}

/**
 * A workload's `spec.selector`: required, not empty, and matching `spec.template.metadata.labels`. `what` names the
 * kind in the API server's message ("deployment", "statefulset", "daemonset").
 */
export function checkWorkloadSelector(spec: Obj, run: SchemaRun, what: string): void {
  if (!isObj(spec.selector)) {
    run.error('spec.selector', REQUIRED);
    return;
  }
  const selector = spec.selector;
  if (isEmptySelector(selector)) {
    run.error('spec.selector', invalid('object', `empty selector is invalid for ${what}`));
    return;
  }
  checkLabelSelector(selector, 'spec.selector', run);
  const labels = obj(obj(obj(spec.template).metadata).labels);
  if (!matches(selector, labels)) {
    run.error('spec.template.metadata.labels', invalid(labels, '`selector` does not match template `labels`'));
  }
}

/** Job: the selector is optional (generated), but one that is given must match the template. */
export function checkOptionalSelector(spec: Obj, run: SchemaRun): void {
  if (!isObj(spec.selector)) return;
  checkLabelSelector(spec.selector, 'spec.selector', run);
  const labels = obj(obj(obj(spec.template).metadata).labels);
  if (!isEmptySelector(spec.selector) && !matches(spec.selector, labels)) {
    run.error('spec.template.metadata.labels', invalid(labels, '`selector` does not match template `labels`'));
  }
}
