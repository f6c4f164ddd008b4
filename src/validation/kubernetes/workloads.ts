/**
 * Deployment, StatefulSet, DaemonSet and Pod: the controller-specific rules on top of the pod spec
 * (KUBERNETES-VALIDATION-RULES.md §5-§7, §9; Job and CronJob are in job.ts).
 */
import { SchemaRun } from '../schema/run';
import { dns1123LabelError } from '../util/names';
import { isObj, obj, Obj } from '../util/plain-json';
import { checkIntOrPercent, checkNonNegative, invalid, REQUIRED } from './fields';
import { checkPodSpec, checkPodTemplate, RestartPolicyRule } from './pod-spec';
import { checkWorkloadSelector } from './selectors';


export function checkDeployment(o: Obj, run: SchemaRun): void {
  const spec = obj(o.spec);
  for (const f of ['replicas', 'minReadySeconds', 'revisionHistoryLimit', 'progressDeadlineSeconds']) checkNonNegative(run, `spec.${f}`, spec[f]);
  const progress = typeof spec.progressDeadlineSeconds === 'number' ? spec.progressDeadlineSeconds : 600;
  if (typeof spec.minReadySeconds === 'number' && progress <= spec.minReadySeconds) {
    run.error('spec.progressDeadlineSeconds', invalid(progress, 'must be greater than minReadySeconds'));
  }
  checkWorkloadSelector(spec, run, 'deployment');
  checkPodTemplate(spec, run, RestartPolicyRule.ALWAYS);
  const strategy = obj(spec.strategy);
  if (strategy.type === 'Recreate' && isObj(strategy.rollingUpdate)) {
    run.error('spec.strategy.rollingUpdate', "Forbidden: may not be specified when strategy `type` is 'Recreate'");
  }
  const rolling = obj(strategy.rollingUpdate);
  const unavailablePercent = checkIntOrPercent(run, 'spec.strategy.rollingUpdate.maxUnavailable', rolling.maxUnavailable);
  checkIntOrPercent(run, 'spec.strategy.rollingUpdate.maxSurge', rolling.maxSurge);
  if (unavailablePercent !== undefined && unavailablePercent > 100) {
    run.error('spec.strategy.rollingUpdate.maxUnavailable', invalid(rolling.maxUnavailable, 'must not be greater than 100%'));
  }
  const isZero = (v: unknown): boolean => v === 0 || v === '0%';
  if (isZero(rolling.maxUnavailable) && isZero(rolling.maxSurge)) {
    run.error('spec.strategy.rollingUpdate.maxUnavailable', invalid(rolling.maxUnavailable, 'may not be 0 when `maxSurge` is 0'));
  }
}

export function checkStatefulSet(o: Obj, run: SchemaRun): void {
  const spec = obj(o.spec);
  for (const f of ['replicas', 'minReadySeconds']) checkNonNegative(run, `spec.${f}`, spec[f]);
  if (typeof spec.serviceName === 'string' && spec.serviceName !== '') {
    const err = dns1123LabelError(spec.serviceName);
    if (err) run.error('spec.serviceName', invalid(spec.serviceName, err));
  }
  checkWorkloadSelector(spec, run, 'statefulset');
  // The API server does not validate a StatefulSet's pod template beyond labels and restartPolicy (§7): a bad
  // container surfaces later as FailedCreate events. Checking it here catches that before apply.
  checkPodTemplate(spec, run, RestartPolicyRule.ALWAYS);
}

export function checkDaemonSet(o: Obj, run: SchemaRun): void {
  const spec = obj(o.spec);
  for (const f of ['minReadySeconds', 'revisionHistoryLimit']) checkNonNegative(run, `spec.${f}`, spec[f]);
  checkWorkloadSelector(spec, run, 'daemonset');
  checkPodTemplate(spec, run, RestartPolicyRule.ALWAYS);
  const rolling = obj(obj(spec.updateStrategy).rollingUpdate);
  // maxUnavailable defaults to 1, maxSurge to 0: exactly one of them must be non-zero.
  const unavailable = rolling.maxUnavailable ?? 1;
  const surge = rolling.maxSurge ?? 0;
  checkIntOrPercent(run, 'spec.updateStrategy.rollingUpdate.maxUnavailable', rolling.maxUnavailable);
  checkIntOrPercent(run, 'spec.updateStrategy.rollingUpdate.maxSurge', rolling.maxSurge);
  const zero = (v: unknown): boolean => v === 0 || v === '0%';
  if (!zero(unavailable) && !zero(surge)) {
    run.error('spec.updateStrategy.rollingUpdate.maxSurge', invalid(surge, 'may not be set when maxUnavailable is non-zero'));
  } else if (zero(unavailable) && zero(surge)) {
    run.error('spec.updateStrategy.rollingUpdate.maxUnavailable', `${REQUIRED}: cannot be 0 when maxSurge is 0`);
  }
}

export function checkPod(o: Obj, run: SchemaRun): void {
  checkPodSpec(obj(o.spec), 'spec', run, RestartPolicyRule.ANY);
}
