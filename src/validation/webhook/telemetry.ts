/** Telemetry (telemetry.istio.io, any served version): targets, providers, access-log filters, metrics, tracing. */
import { celSyntaxError } from '../cel';
import { presentMessage, validatePolicyTargets, wrappedNumber } from './common';
import { entries, isObj, keyPath, list, obj, Obj, str } from '../util/plain-json';
import { WebhookReport } from './report';

export function validateTelemetry(r: WebhookReport, spec: Obj): void {
  validatePolicyTargets(r, spec);
  validateMetrics(r, spec.metrics);
  validateTracing(r, spec.tracing);
  validateAccessLogging(r, spec.accessLogging);
}

/** Every provider reference names a provider (istiod reports the first empty one per entry). */
function validateProviders(r: WebhookReport, path: string, providers: unknown): void {
  const items = list(providers);
  for (let i = 0; i < items.length; i++) {
    if (items[i] === null || (isObj(items[i]) && str(obj(items[i]).name) === '')) {
      r.error(`${path}[${i}].name`, 'providers.name may not be empty');
      return;
    }
  }
}

function validateAccessLogging(r: WebhookReport, logging: unknown): void {
  list(logging).forEach((entry, i) => {
    if (!isObj(entry)) return;
    const p = `spec.accessLogging[${i}]`;
    if (isObj(entry.filter)) {
      const expression = str(entry.filter.expression);
      const err = celSyntaxError(expression);
      if (err !== undefined) {
        r.error(`${p}.filter.expression`, `access log filter must be a valid CEL expression: ${err}`);
      }
    }
    validateProviders(r, `${p}.providers`, entry.providers);
  });
}

function validateMetrics(r: WebhookReport, metrics: unknown): void {
  list(metrics).forEach((entry, i) => {
    if (!isObj(entry)) return;
    const p = `spec.metrics[${i}]`;
    validateProviders(r, `${p}.providers`, entry.providers);
    list(entry.overrides).forEach((o, j) => {
      const op = `${p}.overrides[${j}]`;
      if (!presentMessage(r, op, o, 'tagOverrides may not be null')) return;
      for (const [tag, override] of entries(o.tagOverrides)) {
        const tp = keyPath(`${op}.tagOverrides`, tag);
        if (tag === '') r.warning(tp, 'tagOverrides.name may not be empty');
        if (!presentMessage(r, tp, override, 'tagOverrides may not be null')) continue;
        // UPSERT is the default operation.
        const operation = str(override.operation) || 'UPSERT';
        const value = str(override.value);
        if (operation === 'UPSERT' && value === '') r.error(`${tp}.value`, `tagOverrides.value must be set when operation is UPSERT (tag "${tag}")`);
        if (operation === 'REMOVE' && value !== '') {
          r.error(`${tp}.value`, `tagOverrides.value may only be set when operation is UPSERT (tag "${tag}" has operation REMOVE)`);
        }
      }
      const match = obj(o.match);
      if (match.customMetric === '') r.error(`${op}.match.customMetric`, 'customMetric may not be empty');
    });
  });
}

function validateTracing(r: WebhookReport, tracing: unknown): void {
  const items = list(tracing);
  if (items.length > 1) r.warning('spec.tracing', 'multiple tracing is not currently supported');
  items.forEach((entry, i) => {
    if (!isObj(entry)) return;
    const p = `spec.tracing[${i}]`;
    if (list(entry.providers).length > 1) r.warning(`${p}.providers`, 'multiple providers is not currently supported');
    validateProviders(r, `${p}.providers`, entry.providers);
    const sampling = wrappedNumber(entry.randomSamplingPercentage);
    if (sampling !== undefined && (sampling < 0 || sampling > 100)) {
      r.error(`${p}.randomSamplingPercentage`, `randomSamplingPercentage ${sampling} must be in range [0.0, 100.0]`);
    }
    for (const [name, tag] of entries(entry.customTags)) {
      const tp = keyPath(`${p}.customTags`, name);
      if (name === '') r.error(tp, 'tag name may not be empty');
      if (!presentMessage(r, tp, tag, `tag '${name}' may not have a nil value`)) continue;
      if (isObj(tag.literal) && str(tag.literal.value) === '') r.error(`${tp}.literal.value`, 'literal tag value may not be empty');
      if (isObj(tag.header) && str(tag.header.name) === '') r.error(`${tp}.header.name`, 'header tag name may not be empty');
      if (isObj(tag.environment) && str(tag.environment.name) === '') {
        r.error(`${tp}.environment.name`, 'environment tag name may not be empty');
      }
    }
  });
}
