/**
 * Deployment, StatefulSet, DaemonSet, Job, CronJob and Pod: the controller-specific rules on top of the pod spec
 * (KUBERNETES-VALIDATION-RULES.md §5-§9).
 */
import { SchemaRun } from '../schema/run';
import { dns1123LabelError } from '../util/names';
import { isWhitespace } from '../util/chars';
import { isObj, obj, Obj } from '../util/plain-json';
import { checkEnum, checkIntOrPercent, checkNonNegative, invalid, REQUIRED } from './fields';
import { checkPodSpec, RestartPolicyRule } from './pod-spec';
import { checkLabelMap, checkOptionalSelector, checkWorkloadSelector } from './selectors';

function checkTemplate(spec: Obj, run: SchemaRun, restart: RestartPolicyRule, path = 'spec.template'): void {
  const template = obj(spec.template);
  if (!isObj(spec.template)) {
    run.error(path, REQUIRED);
    return;
  }
  // The template's labels follow the label rules; the API server reports them under `<template>.labels`.
  checkLabelMap(obj(template.metadata).labels, `${path}.labels`, run);
  checkPodSpec(obj(template.spec), `${path}.spec`, run, restart);
}

export function checkDeployment(o: Obj, run: SchemaRun): void {
  const spec = obj(o.spec);
  for (const f of ['replicas', 'minReadySeconds', 'revisionHistoryLimit', 'progressDeadlineSeconds']) checkNonNegative(run, `spec.${f}`, spec[f]);
  const progress = typeof spec.progressDeadlineSeconds === 'number' ? spec.progressDeadlineSeconds : 600;
  if (typeof spec.minReadySeconds === 'number' && progress <= spec.minReadySeconds) {
    run.error('spec.progressDeadlineSeconds', invalid(progress, 'must be greater than minReadySeconds'));
  }
  checkWorkloadSelector(spec, run, 'deployment');
  checkTemplate(spec, run, RestartPolicyRule.ALWAYS);
  const strategy = obj(spec.strategy);
  checkEnum(run, 'spec.strategy.type', strategy.type, ['Recreate', 'RollingUpdate']);
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
  checkEnum(run, 'spec.podManagementPolicy', spec.podManagementPolicy, ['OrderedReady', 'Parallel']);
  if (typeof spec.serviceName === 'string' && spec.serviceName !== '') {
    const err = dns1123LabelError(spec.serviceName);
    if (err) run.error('spec.serviceName', invalid(spec.serviceName, err));
  }
  checkWorkloadSelector(spec, run, 'statefulset');
  // The API server does not validate a StatefulSet's pod template beyond labels and restartPolicy (§7): a bad
  // container surfaces later as FailedCreate events. Checking it here catches that before apply.
  checkTemplate(spec, run, RestartPolicyRule.ALWAYS);
}

export function checkDaemonSet(o: Obj, run: SchemaRun): void {
  const spec = obj(o.spec);
  for (const f of ['minReadySeconds', 'revisionHistoryLimit']) checkNonNegative(run, `spec.${f}`, spec[f]);
  checkWorkloadSelector(spec, run, 'daemonset');
  checkTemplate(spec, run, RestartPolicyRule.ALWAYS);
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

function checkJobSpec(spec: Obj, run: SchemaRun, prefix: string): void {
  for (const f of ['parallelism', 'completions', 'activeDeadlineSeconds', 'backoffLimit', 'ttlSecondsAfterFinished']) {
    checkNonNegative(run, `${prefix}.${f}`, spec[f]);
  }
  checkEnum(run, `${prefix}.completionMode`, spec.completionMode, ['NonIndexed', 'Indexed']);
  if (spec.completionMode === 'Indexed' && spec.completions === undefined) {
    run.error(`${prefix}.completions`, `${REQUIRED}: when completion mode is Indexed`);
  }
  checkTemplate(spec, run, RestartPolicyRule.ON_FAILURE_OR_NEVER, `${prefix}.template`);
}

export function checkJob(o: Obj, run: SchemaRun): void {
  const spec = obj(o.spec);
  checkOptionalSelector(spec, run);
  checkJobSpec(spec, run, 'spec');
}

/** The number of white-space separated fields (`s.trim().split(/\s+/).length`: 1 for a blank string). */
function countFields(s: string): number {
  let fields = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isWhitespace(s.charCodeAt(i)) && (i === 0 || isWhitespace(s.charCodeAt(i - 1)))) fields++;
  }
  return Math.max(fields, 1);
}

export function checkCronJob(o: Obj, run: SchemaRun): void {
  const spec = obj(o.spec);
  const name = obj(o.metadata).name;
  // The CronJob controller appends an 11-character suffix to name its Jobs.
  if (typeof name === 'string' && name.length > 52) run.error('metadata.name', invalid(name, 'must be no more than 52 characters'));
  if (typeof spec.schedule !== 'string' || spec.schedule === '') run.error('spec.schedule', REQUIRED);
  else if (spec.schedule.includes('TZ')) {
    run.error('spec.schedule', invalid(spec.schedule, 'cannot use TZ or CRON_TZ in schedule, use timeZone field instead'));
  } else if (!spec.schedule.startsWith('@')) {
    const fields = countFields(spec.schedule);
    if (fields !== 5) run.error('spec.schedule', invalid(spec.schedule, `expected exactly 5 fields, found ${fields}: ${spec.schedule}`));
  }
  checkEnum(run, 'spec.concurrencyPolicy', spec.concurrencyPolicy, ['Allow', 'Forbid', 'Replace']);
  for (const f of ['startingDeadlineSeconds', 'successfulJobsHistoryLimit', 'failedJobsHistoryLimit']) checkNonNegative(run, `spec.${f}`, spec[f]);
  const jobSpec = obj(obj(spec.jobTemplate).spec);
  if (isObj(jobSpec.selector)) run.error('spec.jobTemplate.spec.selector', 'Invalid value: "object": `selector` will be auto-generated');
  checkJobSpec(jobSpec, run, 'spec.jobTemplate.spec');
}

export function checkPod(o: Obj, run: SchemaRun): void {
  checkPodSpec(obj(o.spec), 'spec', run, RestartPolicyRule.ANY);
}
