/** DestinationRule (networking.istio.io, any served version): host, subsets, traffic policies, exportTo, selector. */
import { presentMessage, validateExportTo, validateLabels, validateWorkloadSelector } from './common';
import { subsetNameError } from './destination';
import { wildcardDomainError } from './hosts';
import { isObj, list, Obj } from '../util/plain-json';
import { WebhookReport } from './report';
import { validateTrafficPolicy, warnFailoverWithoutOutlierDetection } from './traffic-policy';

export function validateDestinationRule(r: WebhookReport, spec: Obj): void {
  if (typeof spec.host === 'string' || spec.host === undefined) {
    r.errorIf('spec.host', wildcardDomainError(typeof spec.host === 'string' ? spec.host : ''));
  }
  validateSubsets(r, spec.subsets);
  const hasSelector = isObj(spec.workloadSelector);
  validateExportTo(r, spec.exportTo, false, hasSelector);
  validateWorkloadSelector(r, 'spec.workloadSelector', spec.workloadSelector);
  validateTrafficPolicy(r, 'spec.trafficPolicy', spec.trafficPolicy);
  // istiod keeps warnings of the top-level policy only (subset and port-level ones are dropped).
  warnFailoverWithoutOutlierDetection(r, 'spec.trafficPolicy', spec.trafficPolicy);
}

function validateSubsets(r: WebhookReport, subsets: unknown): void {
  const names = new Set<string>();
  list(subsets).forEach((subset, i) => {
    const p = `spec.subsets[${i}]`;
    if (!presentMessage(r, p, subset, 'subset may not be null')) return;
    const name = typeof subset.name === 'string' ? subset.name : '';
    if (names.has(name)) r.error(`${p}.name`, `duplicate subset names: ${name}`);
    names.add(name);
    r.errorIf(`${p}.name`, subsetNameError(name));
    validateLabels(r, `${p}.labels`, subset.labels);
    validateTrafficPolicy(r, `${p}.trafficPolicy`, subset.trafficPolicy);
  });
}
