/**
 * Job and CronJob (KUBERNETES-VALIDATION-RULES.md §8): counts, indexed completion, podFailurePolicy,
 * successPolicy, and the CronJob's schedule and time zone. Messages are the batch validation's.
 */
import { SchemaRun } from '../schema/run';
import { isSignedDigits } from '../util/chars';
import { labelKeyError } from '../util/names';
import { isObj, list, obj, Obj } from '../util/plain-json';
import { cronScheduleError, cronTimeZoneError } from './cron-schedule';
import { checkNonNegative, invalid, objectItems, REQUIRED } from './fields';
import { checkPodTemplate, RestartPolicyRule } from './pod-spec';
import { checkOptionalSelector } from './selectors';

const MAX_POLICY_RULES = 20;
const MAX_EXIT_CODES = 255;
const MAX_CONDITION_PATTERNS = 20;
const MAX_SUCCEEDED_INDEXES_LENGTH = 64 * 1024;
/** Indexed Jobs: limits on parallelism and failed indexes, and the completions above which they tighten. */
const INDEXED_LIMIT = 100_000;
const INDEXED_LIMIT_LARGE = 10_000;
const ACTIONS = ['Count', 'FailIndex', 'FailJob', 'Ignore'];
const CONDITION_STATUSES = ['False', 'True', 'Unknown'];

const quoted = (values: readonly string[]): string => `[${values.map((v) => JSON.stringify(v)).join(' ')}]`;
const tooMany = (n: number, max: number): string => `Too many: ${n}: must have at most ${max} items`;

/** The names a podFailurePolicy rule may give as `containerName`. */
function containerNames(spec: Obj): Set<string> {
  const pod = obj(obj(spec.template).spec);
  return new Set([...objectItems(pod.containers), ...objectItems(pod.initContainers)].map(([c]) => c.name).filter((n): n is string => typeof n === 'string'));
}

function checkOnExitCodes(e: Obj, at: string, run: SchemaRun, names: Set<string>): void {
  // Absent fields are the schema's finding (required); an empty string passes the schema's enum and lands here.
  if (e.operator === '') run.error(`${at}.operator`, `${REQUIRED}: valid values: ${quoted(['In', 'NotIn'])}`);
  if (typeof e.containerName === 'string' && !names.has(e.containerName)) {
    run.error(`${at}.containerName`, invalid(e.containerName, 'must be one of the container or initContainer names in the pod template'));
  }
  const values = list(e.values);
  if (values.length === 0) {
    run.error(`${at}.values`, invalid(values, 'at least one value is required'));
    return;
  }
  if (values.length > MAX_EXIT_CODES) {
    run.error(`${at}.values`, tooMany(values.length, MAX_EXIT_CODES));
    return;
  }
  const seen = new Set<unknown>();
  let ordered = true;
  values.forEach((v, j) => {
    if (e.operator === 'In' && v === 0) run.error(`${at}.values[${j}]`, invalid(v, 'must not be 0 for the In operator'));
    if (seen.has(v)) run.error(`${at}.values[${j}]`, `Duplicate value: ${String(v)}`);
    seen.add(v);
    if (j > 0 && Number(values[j - 1]) > Number(v)) ordered = false;
  });
  if (!ordered) run.error(`${at}.values`, invalid(values, 'must be ordered'));
}

function checkOnPodConditions(patterns: [Obj, number][], at: string, run: SchemaRun): void {
  if (patterns.length > MAX_CONDITION_PATTERNS) run.error(at, tooMany(patterns.length, MAX_CONDITION_PATTERNS));
  for (const [p, j] of patterns) {
    const keyErr = typeof p.type === 'string' ? labelKeyError(p.type) : undefined;
    if (keyErr) run.error(`${at}[${j}].type`, invalid(p.type, keyErr));
    if (p.status === '') run.error(`${at}[${j}].status`, `${REQUIRED}: valid values: ${quoted(CONDITION_STATUSES)}`);
  }
}

function checkPodFailurePolicy(spec: Obj, prefix: string, run: SchemaRun): void {
  const at = `${prefix}.podFailurePolicy`;
  const rules = objectItems(obj(spec.podFailurePolicy).rules);
  if (rules.length > MAX_POLICY_RULES) run.error(`${at}.rules`, tooMany(rules.length, MAX_POLICY_RULES));
  const names = containerNames(spec);
  for (const [rule, i] of rules) {
    const path = `${at}.rules[${i}]`;
    if (rule.action === '') run.error(`${path}.action`, `${REQUIRED}: valid values: ${quoted(ACTIONS)}`);
    else if (rule.action === 'FailIndex' && spec.backoffLimitPerIndex === undefined) {
      run.error(`${path}.action`, invalid(rule.action, 'requires the backoffLimitPerIndex to be set'));
    }
    const conditions = objectItems(rule.onPodConditions);
    if (isObj(rule.onExitCodes)) checkOnExitCodes(rule.onExitCodes, `${path}.onExitCodes`, run, names);
    if (conditions.length > 0) checkOnPodConditions(conditions, `${path}.onPodConditions`, run);
    if (isObj(rule.onExitCodes) && conditions.length > 0) run.error(path, 'Invalid value: specifying both OnExitCodes and OnPodConditions is not supported');
    if (!isObj(rule.onExitCodes) && conditions.length === 0) run.error(path, 'Invalid value: specifying one of OnExitCodes and OnPodConditions is required');
  }
  // Always (or none, defaulted to Always) is the pod template's own finding (valid values OnFailure and Never).
  const restart = obj(obj(spec.template).spec).restartPolicy;
  if (restart === 'OnFailure') {
    run.error(`${prefix}.template.spec.restartPolicy`, invalid(restart, 'only "Never" is supported when podFailurePolicy is specified'));
  }
}

/**
 * A succeededIndexes list ("1,3-5,7"): increasing intervals below `completions`. Returns the number of indexes
 * it names, or the parse error (the batch validation's texts).
 */
export function parseIndexes(indexes: string, completions: number): number | Error {
  if (indexes === '') return 0;
  let last: number | undefined;
  let total = 0;
  const int = (s: string): number | Error => (isSignedDigits(s) ? Number(s) : new Error(`cannot convert string to integer for index: ${JSON.stringify(s)}`));
  for (const interval of indexes.split(',')) {
    const limits = interval.split('-');
    if (limits.length > 2) return new Error(`the fragment ${JSON.stringify(interval)} violates the requirement that an index interval can have at most two parts separated by '-'`);
    const x = int(limits[0]);
    if (x instanceof Error) return x;
    if (x >= completions) return new Error(`too large index: ${JSON.stringify(limits[0])}`);
    if (last !== undefined && last >= x) return new Error(`non-increasing order, previous: ${last}, current: ${x}`);
    total++;
    last = x;
    if (limits.length === 2) {
      const y = int(limits[1]);
      if (y instanceof Error) return y;
      if (y >= completions) return new Error(`too large index: ${JSON.stringify(limits[1])}`);
      if (last >= y) return new Error(`non-increasing order, previous: ${last}, current: ${y}`);
      total += y - x;
      last = y;
    }
  }
  return total;
}

function checkSuccessPolicy(spec: Obj, at: string, run: SchemaRun): void {
  const rules = objectItems(obj(spec.successPolicy).rules);
  if (rules.length === 0) run.error(`${at}.rules`, `${REQUIRED}: at least one rules must be specified when the successPolicy is specified`);
  if (rules.length > MAX_POLICY_RULES) run.error(`${at}.rules`, tooMany(rules.length, MAX_POLICY_RULES));
  const completions = typeof spec.completions === 'number' ? spec.completions : 0;
  for (const [rule, i] of rules) {
    const path = `${at}.rules[${i}]`;
    let total = 0;
    if (typeof rule.succeededIndexes === 'string') {
      if (rule.succeededIndexes.length > MAX_SUCCEEDED_INDEXES_LENGTH) {
        run.error(`${path}.succeededIndexes`, `Too long: may not be more than ${MAX_SUCCEEDED_INDEXES_LENGTH} bytes`);
      }
      const parsed = parseIndexes(rule.succeededIndexes, completions);
      if (parsed instanceof Error) run.error(`${path}.succeededIndexes`, invalid(rule.succeededIndexes, `error parsing succeededIndexes: ${parsed.message}`));
      else total = parsed;
    }
    const count = rule.succeededCount;
    if (typeof count === 'number') {
      if (count < 0) run.error(`${path}.succeededCount`, invalid(count, 'must be greater than or equal to 0'));
      if (count > completions) run.error(`${path}.succeededCount`, invalid(count, `must be less than or equal to ${completions} (the number of specified completions)`));
      if (typeof rule.succeededIndexes === 'string' && count > total) {
        run.error(`${path}.succeededCount`, invalid(count, `must be less than or equal to ${total} (the number of indexes in the specified succeededIndexes field)`));
      }
    }
    if (rule.succeededCount === undefined && rule.succeededIndexes === undefined) {
      run.error(path, `${REQUIRED}: at least one of succeededCount or succeededIndexes must be specified`);
    }
  }
}

/** completionMode Indexed: completions required, and the per-index backoff fields' limits. */
function checkCompletionMode(spec: Obj, prefix: string, run: SchemaRun): void {
  const indexed = spec.completionMode === 'Indexed';
  const completions = typeof spec.completions === 'number' ? spec.completions : undefined;
  if (spec.maxFailedIndexes !== undefined && spec.backoffLimitPerIndex === undefined) {
    run.error(`${prefix}.backoffLimitPerIndex`, `${REQUIRED}: when maxFailedIndexes is specified`);
  }
  if (!indexed) {
    for (const f of ['backoffLimitPerIndex', 'maxFailedIndexes', 'successPolicy']) {
      if (spec[f] !== undefined) run.error(`${prefix}.${f}`, invalid(isObj(spec[f]) ? 'object' : spec[f], 'requires indexed completion mode'));
    }
    return;
  }
  if (completions === undefined) {
    run.error(`${prefix}.completions`, `${REQUIRED}: when completion mode is Indexed`);
    return;
  }
  const large = completions > INDEXED_LIMIT && spec.backoffLimitPerIndex !== undefined;
  const parallelismLimit = large ? INDEXED_LIMIT_LARGE : INDEXED_LIMIT;
  if (typeof spec.parallelism === 'number' && spec.parallelism > parallelismLimit) {
    run.error(`${prefix}.parallelism`, invalid(spec.parallelism, `must be less than or equal to ${parallelismLimit} when completion mode is Indexed`));
  }
  if (large && spec.maxFailedIndexes === undefined) {
    run.error(`${prefix}.maxFailedIndexes`, `${REQUIRED}: must be specified when completions is above ${INDEXED_LIMIT}`);
  }
  if (typeof spec.maxFailedIndexes === 'number') {
    const limit = large ? INDEXED_LIMIT_LARGE : INDEXED_LIMIT;
    if (spec.maxFailedIndexes > limit) {
      run.error(`${prefix}.maxFailedIndexes`, invalid(spec.maxFailedIndexes, `must be less than or equal to ${limit}`));
    }
    if (spec.maxFailedIndexes > completions) run.error(`${prefix}.maxFailedIndexes`, invalid(spec.maxFailedIndexes, 'must be less than or equal to completions'));
  }
  if (isObj(spec.successPolicy)) checkSuccessPolicy(spec, `${prefix}.successPolicy`, run);
}

function checkJobSpec(spec: Obj, run: SchemaRun, prefix: string): void {
  for (const f of ['parallelism', 'completions', 'activeDeadlineSeconds', 'backoffLimit', 'ttlSecondsAfterFinished', 'backoffLimitPerIndex', 'maxFailedIndexes']) {
    checkNonNegative(run, `${prefix}.${f}`, spec[f]);
  }
  checkCompletionMode(spec, prefix, run);
  if (isObj(spec.podFailurePolicy)) checkPodFailurePolicy(spec, prefix, run);
  if (isObj(spec.podFailurePolicy) && spec.podReplacementPolicy !== undefined && spec.podReplacementPolicy !== 'Failed') {
    run.error(`${prefix}.podReplacementPolicy`, `Unsupported value: ${JSON.stringify(spec.podReplacementPolicy)}: supported values: "Failed"`);
  }
  checkPodTemplate(spec, run, RestartPolicyRule.ON_FAILURE_OR_NEVER, `${prefix}.template`);
}

export function checkJob(o: Obj, run: SchemaRun): void {
  const spec = obj(o.spec);
  checkOptionalSelector(spec, run);
  checkJobSpec(spec, run, 'spec');
}

/** The CronJob controller appends an 11-character suffix to name its Jobs. */
const MAX_CRONJOB_NAME = 52;

export function checkCronJob(o: Obj, run: SchemaRun): void {
  const spec = obj(o.spec);
  const name = obj(o.metadata).name;
  if (typeof name === 'string' && name.length > MAX_CRONJOB_NAME) run.error('metadata.name', invalid(name, `must be no more than ${MAX_CRONJOB_NAME} characters`));
  const schedule = spec.schedule;
  if (typeof schedule !== 'string' || schedule === '') run.error('spec.schedule', REQUIRED);
  else {
    const err = cronScheduleError(schedule);
    if (err) run.error('spec.schedule', invalid(schedule, err));
    if (schedule.includes('TZ')) run.error('spec.schedule', invalid(schedule, 'cannot use TZ or CRON_TZ in schedule, use timeZone field instead'));
  }
  if (typeof spec.timeZone === 'string') {
    const err = cronTimeZoneError(spec.timeZone);
    if (err) run.error('spec.timeZone', invalid(spec.timeZone, err));
  }
  for (const f of ['startingDeadlineSeconds', 'successfulJobsHistoryLimit', 'failedJobsHistoryLimit']) checkNonNegative(run, `spec.${f}`, spec[f]);
  const jobSpec = obj(obj(spec.jobTemplate).spec);
  if (isObj(jobSpec.selector)) run.error('spec.jobTemplate.spec.selector', 'Invalid value: "object": `selector` will be auto-generated');
  if (jobSpec.manualSelector === true) run.error('spec.jobTemplate.spec.manualSelector', 'Unsupported value: true: supported values: "nil", "false"');
  checkJobSpec(jobSpec, run, 'spec.jobTemplate.spec');
}
