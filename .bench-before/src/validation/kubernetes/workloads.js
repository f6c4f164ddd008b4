"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkDeployment = checkDeployment;
exports.checkStatefulSet = checkStatefulSet;
exports.checkDaemonSet = checkDaemonSet;
exports.checkJob = checkJob;
exports.checkCronJob = checkCronJob;
exports.checkPod = checkPod;
const names_1 = require("../util/names");
const plain_json_1 = require("../util/plain-json");
const fields_1 = require("./fields");
const pod_spec_1 = require("./pod-spec");
const selectors_1 = require("./selectors");
function checkTemplate(spec, run, restart, path = 'spec.template') {
    const template = (0, plain_json_1.obj)(spec.template);
    if (!(0, plain_json_1.isObj)(spec.template)) {
        run.error(path, fields_1.REQUIRED);
        return;
    }
    // The template's labels follow the label rules; the API server reports them under `<template>.labels`.
    (0, selectors_1.checkLabelMap)((0, plain_json_1.obj)(template.metadata).labels, `${path}.labels`, run);
    (0, pod_spec_1.checkPodSpec)((0, plain_json_1.obj)(template.spec), `${path}.spec`, run, restart);
}
function checkDeployment(o, run) {
    const spec = (0, plain_json_1.obj)(o.spec);
    for (const f of ['replicas', 'minReadySeconds', 'revisionHistoryLimit', 'progressDeadlineSeconds'])
        (0, fields_1.checkNonNegative)(run, `spec.${f}`, spec[f]);
    const progress = typeof spec.progressDeadlineSeconds === 'number' ? spec.progressDeadlineSeconds : 600;
    if (typeof spec.minReadySeconds === 'number' && progress <= spec.minReadySeconds) {
        run.error('spec.progressDeadlineSeconds', (0, fields_1.invalid)(progress, 'must be greater than minReadySeconds'));
    }
    (0, selectors_1.checkWorkloadSelector)(spec, run, 'deployment');
    checkTemplate(spec, run, pod_spec_1.RestartPolicyRule.ALWAYS);
    const strategy = (0, plain_json_1.obj)(spec.strategy);
    (0, fields_1.checkEnum)(run, 'spec.strategy.type', strategy.type, ['Recreate', 'RollingUpdate']);
    if (strategy.type === 'Recreate' && (0, plain_json_1.isObj)(strategy.rollingUpdate)) {
        run.error('spec.strategy.rollingUpdate', "Forbidden: may not be specified when strategy `type` is 'Recreate'");
    }
    const rolling = (0, plain_json_1.obj)(strategy.rollingUpdate);
    const unavailablePercent = (0, fields_1.checkIntOrPercent)(run, 'spec.strategy.rollingUpdate.maxUnavailable', rolling.maxUnavailable);
    (0, fields_1.checkIntOrPercent)(run, 'spec.strategy.rollingUpdate.maxSurge', rolling.maxSurge);
    if (unavailablePercent !== undefined && unavailablePercent > 100) {
        run.error('spec.strategy.rollingUpdate.maxUnavailable', (0, fields_1.invalid)(rolling.maxUnavailable, 'must not be greater than 100%'));
    }
    const isZero = (v) => v === 0 || v === '0%';
    if (isZero(rolling.maxUnavailable) && isZero(rolling.maxSurge)) {
        run.error('spec.strategy.rollingUpdate.maxUnavailable', (0, fields_1.invalid)(rolling.maxUnavailable, 'may not be 0 when `maxSurge` is 0'));
    }
}
function checkStatefulSet(o, run) {
    const spec = (0, plain_json_1.obj)(o.spec);
    for (const f of ['replicas', 'minReadySeconds'])
        (0, fields_1.checkNonNegative)(run, `spec.${f}`, spec[f]);
    (0, fields_1.checkEnum)(run, 'spec.podManagementPolicy', spec.podManagementPolicy, ['OrderedReady', 'Parallel']);
    if (typeof spec.serviceName === 'string' && spec.serviceName !== '') {
        const err = (0, names_1.dns1123LabelError)(spec.serviceName);
        if (err)
            run.error('spec.serviceName', (0, fields_1.invalid)(spec.serviceName, err));
    }
    (0, selectors_1.checkWorkloadSelector)(spec, run, 'statefulset');
    // The API server does not validate a StatefulSet's pod template beyond labels and restartPolicy (§7): a bad
    // container surfaces later as FailedCreate events. Checking it here catches that before apply.
    checkTemplate(spec, run, pod_spec_1.RestartPolicyRule.ALWAYS);
}
function checkDaemonSet(o, run) {
    const spec = (0, plain_json_1.obj)(o.spec);
    for (const f of ['minReadySeconds', 'revisionHistoryLimit'])
        (0, fields_1.checkNonNegative)(run, `spec.${f}`, spec[f]);
    (0, selectors_1.checkWorkloadSelector)(spec, run, 'daemonset');
    checkTemplate(spec, run, pod_spec_1.RestartPolicyRule.ALWAYS);
    const rolling = (0, plain_json_1.obj)((0, plain_json_1.obj)(spec.updateStrategy).rollingUpdate);
    // maxUnavailable defaults to 1, maxSurge to 0: exactly one of them must be non-zero.
    const unavailable = rolling.maxUnavailable ?? 1;
    const surge = rolling.maxSurge ?? 0;
    (0, fields_1.checkIntOrPercent)(run, 'spec.updateStrategy.rollingUpdate.maxUnavailable', rolling.maxUnavailable);
    (0, fields_1.checkIntOrPercent)(run, 'spec.updateStrategy.rollingUpdate.maxSurge', rolling.maxSurge);
    const zero = (v) => v === 0 || v === '0%';
    if (!zero(unavailable) && !zero(surge)) {
        run.error('spec.updateStrategy.rollingUpdate.maxSurge', (0, fields_1.invalid)(surge, 'may not be set when maxUnavailable is non-zero'));
    }
    else if (zero(unavailable) && zero(surge)) {
        run.error('spec.updateStrategy.rollingUpdate.maxUnavailable', `${fields_1.REQUIRED}: cannot be 0 when maxSurge is 0`);
    }
}
function checkJobSpec(spec, run, prefix) {
    for (const f of ['parallelism', 'completions', 'activeDeadlineSeconds', 'backoffLimit', 'ttlSecondsAfterFinished']) {
        (0, fields_1.checkNonNegative)(run, `${prefix}.${f}`, spec[f]);
    }
    (0, fields_1.checkEnum)(run, `${prefix}.completionMode`, spec.completionMode, ['NonIndexed', 'Indexed']);
    if (spec.completionMode === 'Indexed' && spec.completions === undefined) {
        run.error(`${prefix}.completions`, `${fields_1.REQUIRED}: when completion mode is Indexed`);
    }
    checkTemplate(spec, run, pod_spec_1.RestartPolicyRule.ON_FAILURE_OR_NEVER, `${prefix}.template`);
}
function checkJob(o, run) {
    const spec = (0, plain_json_1.obj)(o.spec);
    (0, selectors_1.checkOptionalSelector)(spec, run);
    checkJobSpec(spec, run, 'spec');
}
function checkCronJob(o, run) {
    const spec = (0, plain_json_1.obj)(o.spec);
    const name = (0, plain_json_1.obj)(o.metadata).name;
    // The CronJob controller appends an 11-character suffix to name its Jobs.
    if (typeof name === 'string' && name.length > 52)
        run.error('metadata.name', (0, fields_1.invalid)(name, 'must be no more than 52 characters'));
    if (typeof spec.schedule !== 'string' || spec.schedule === '')
        run.error('spec.schedule', fields_1.REQUIRED);
    else if (spec.schedule.includes('TZ')) {
        run.error('spec.schedule', (0, fields_1.invalid)(spec.schedule, 'cannot use TZ or CRON_TZ in schedule, use timeZone field instead'));
    }
    else if (!spec.schedule.startsWith('@')) {
        const fields = spec.schedule.trim().split(/\s+/).length;
        if (fields !== 5)
            run.error('spec.schedule', (0, fields_1.invalid)(spec.schedule, `expected exactly 5 fields, found ${fields}: ${spec.schedule}`));
    }
    (0, fields_1.checkEnum)(run, 'spec.concurrencyPolicy', spec.concurrencyPolicy, ['Allow', 'Forbid', 'Replace']);
    for (const f of ['startingDeadlineSeconds', 'successfulJobsHistoryLimit', 'failedJobsHistoryLimit'])
        (0, fields_1.checkNonNegative)(run, `spec.${f}`, spec[f]);
    const jobSpec = (0, plain_json_1.obj)((0, plain_json_1.obj)(spec.jobTemplate).spec);
    if ((0, plain_json_1.isObj)(jobSpec.selector))
        run.error('spec.jobTemplate.spec.selector', 'Invalid value: "object": `selector` will be auto-generated');
    checkJobSpec(jobSpec, run, 'spec.jobTemplate.spec');
}
function checkPod(o, run) {
    (0, pod_spec_1.checkPodSpec)((0, plain_json_1.obj)(o.spec), 'spec', run, pod_spec_1.RestartPolicyRule.ANY);
}
//# sourceMappingURL=workloads.js.map