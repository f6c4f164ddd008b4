/** PodDisruptionBudget policy/v1 and HorizontalPodAutoscaler autoscaling/v2 (KUBERNETES-VALIDATION-RULES.md §11-§12). */
import { SchemaRun } from '../schema/run';
import { isObj, obj, Obj } from '../util/plain-json';
import { checkEnum, checkIntOrPercent, invalid, objectItems, REQUIRED } from './fields';
import { checkLabelSelector } from './selectors';

export function checkPodDisruptionBudget(o: Obj, run: SchemaRun): void {
  const spec = obj(o.spec);
  if (spec.minAvailable !== undefined && spec.maxUnavailable !== undefined) {
    run.error('spec', 'Invalid value: "object": minAvailable and maxUnavailable cannot be both set');
  }
  for (const f of ['minAvailable', 'maxUnavailable']) {
    const percent = checkIntOrPercent(run, `spec.${f}`, spec[f]);
    if (percent !== undefined && percent > 100) run.error(`spec.${f}`, invalid(spec[f], 'must not be greater than 100%'));
  }
  if (isObj(spec.selector)) checkLabelSelector(spec.selector, 'spec.selector', run);
}

const METRIC_SOURCES: { readonly [type: string]: string } = {
  Object: 'object', Pods: 'pods', Resource: 'resource', ContainerResource: 'containerResource', External: 'external',
};

export function checkHorizontalPodAutoscaler(o: Obj, run: SchemaRun): void {
  const spec = obj(o.spec);
  const min = typeof spec.minReplicas === 'number' ? spec.minReplicas : 1;
  if (min < 1) run.error('spec.minReplicas', invalid(min, 'must be greater than or equal to 1'));
  if (typeof spec.maxReplicas !== 'number') run.error('spec.maxReplicas', REQUIRED);
  else if (spec.maxReplicas < 1) run.error('spec.maxReplicas', invalid(spec.maxReplicas, 'must be greater than 0'));
  else if (spec.maxReplicas < min) run.error('spec.maxReplicas', invalid(spec.maxReplicas, 'must be greater than or equal to `minReplicas`'));
  const target = obj(spec.scaleTargetRef);
  if (typeof target.kind !== 'string' || target.kind === '') run.error('spec.scaleTargetRef.kind', REQUIRED);
  if (typeof target.name !== 'string' || target.name === '') run.error('spec.scaleTargetRef.name', REQUIRED);
  for (const [m, i] of objectItems(spec.metrics)) {
    const path = `spec.metrics[${i}]`;
    const source = typeof m.type === 'string' ? METRIC_SOURCES[m.type] : undefined;
    if (source === undefined) {
      run.error(`${path}.type`, `Unsupported value: ${JSON.stringify(m.type)}: supported values: ${Object.keys(METRIC_SOURCES).map((t) => JSON.stringify(t)).join(', ')}`);
      continue;
    }
    if (!isObj(m[source])) run.error(`${path}.${source}`, `${REQUIRED}: must populate information for the given metric source`);
    for (const other of Object.values(METRIC_SOURCES)) {
      if (other !== source && m[other] !== undefined) run.error(`${path}.${other}`, 'Forbidden: must populate the given metric source only');
    }
    const t = obj(obj(m[source]).target);
    if (isObj(obj(m[source]).target)) {
      checkEnum(run, `${path}.${source}.target.type`, t.type, ['Utilization', 'Value', 'AverageValue']);
      if (t.averageUtilization !== undefined && t.averageValue !== undefined) {
        run.error(`${path}.${source}.target`, 'Forbidden: may not set both a target raw value and a target utilization');
      }
      if (typeof t.averageUtilization === 'number' && t.averageUtilization <= 0) {
        run.error(`${path}.${source}.target.averageUtilization`, invalid(t.averageUtilization, 'must be greater than 0'));
      }
    }
  }
  const behavior = obj(spec.behavior);
  for (const direction of ['scaleUp', 'scaleDown']) {
    const rules = obj(behavior[direction]);
    if (!isObj(behavior[direction])) continue;
    const path = `spec.behavior.${direction}`;
    const window = rules.stabilizationWindowSeconds;
    if (typeof window === 'number' && (window < 0 || window > 3600)) {
      run.error(`${path}.stabilizationWindowSeconds`, invalid(window, 'must be less than or equal to 3600'));
    }
    checkEnum(run, `${path}.selectPolicy`, rules.selectPolicy, ['Max', 'Min', 'Disabled']);
    if (Array.isArray(rules.policies) && rules.policies.length === 0) run.error(`${path}.policies`, `${REQUIRED}: must specify at least one Policy`);
    for (const [p, i] of objectItems(rules.policies)) {
      checkEnum(run, `${path}.policies[${i}].type`, p.type, ['Pods', 'Percent']);
      if (typeof p.value === 'number' && p.value <= 0) run.error(`${path}.policies[${i}].value`, invalid(p.value, 'must be greater than zero'));
      if (typeof p.periodSeconds === 'number' && (p.periodSeconds <= 0 || p.periodSeconds > 1800)) {
        run.error(`${path}.policies[${i}].periodSeconds`, invalid(p.periodSeconds, 'must be greater than zero and less than or equal to 1800'));
      }
    }
  }
}
