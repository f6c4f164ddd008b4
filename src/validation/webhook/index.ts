/**
 * The webhook layer: the rules istiod's validating admission webhook (pkg/config/validation) enforces,
 * one module per kind. Runs on every served version of a kind (the rules do not differ between versions)
 * and never throws on malformed input: what cannot be read is the schema layer's to report.
 */
import { Finding } from '../finding';
import { validateAuthorizationPolicy } from './authorization-policy';
import { validateDestinationRule } from './destination-rule';
import { validateEnvoyFilter } from './envoy-filter';
import { validateProxyConfig, validateWasmPlugin } from './extensions';
import { validateGateway } from './gateway';
import { validatePeerAuthentication } from './peer-authentication';
import { isObj, Obj, str } from '../util/plain-json';
import { validateMetadata } from './metadata';
import { WebhookReport } from './report';
import { validateRequestAuthentication } from './request-authentication';
import { validateServiceEntry } from './service-entry';
import { validateSidecar } from './sidecar';
import { validateTelemetry } from './telemetry';
import { validateVirtualService } from './virtual-service';
import { validateWorkloadEntry, validateWorkloadGroup } from './workload-entry';

type KindValidator = (r: WebhookReport, spec: Obj) => void;

interface KindRules {
  /** `<group>/`: the apiVersion prefix every served version of the kind shares. */
  readonly groupPrefix: string;
  readonly validate: KindValidator;
}

function rules(group: string, validate: KindValidator): KindRules {
  return { groupPrefix: `${group}/`, validate };
}

const VALIDATORS: ReadonlyMap<string, KindRules> = new Map([
  ['VirtualService', rules('networking.istio.io', validateVirtualService)],
  ['DestinationRule', rules('networking.istio.io', validateDestinationRule)],
  ['Sidecar', rules('networking.istio.io', validateSidecar)],
  ['Gateway', rules('networking.istio.io', validateGateway)],
  ['ServiceEntry', rules('networking.istio.io', validateServiceEntry)],
  ['WorkloadEntry', rules('networking.istio.io', validateWorkloadEntry)],
  ['WorkloadGroup', rules('networking.istio.io', validateWorkloadGroup)],
  ['EnvoyFilter', rules('networking.istio.io', validateEnvoyFilter)],
  ['ProxyConfig', rules('networking.istio.io', validateProxyConfig)],
  ['PeerAuthentication', rules('security.istio.io', validatePeerAuthentication)],
  ['AuthorizationPolicy', rules('security.istio.io', validateAuthorizationPolicy)],
  ['RequestAuthentication', rules('security.istio.io', validateRequestAuthentication)],
  ['Telemetry', rules('telemetry.istio.io', validateTelemetry)],
  ['WasmPlugin', rules('extensions.istio.io', validateWasmPlugin)],
]);

const NO_SPEC: Obj = Object.freeze({});

/** Webhook findings for one object; [] for kinds the webhook layer does not cover. */
export function validateWebhook(obj: object): Finding[] {
  if (!isObj(obj)) return [];
  const apiVersion = obj.apiVersion;
  const kind = obj.kind;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return [];
  const kindRules = VALIDATORS.get(kind);
  if (kindRules === undefined || !apiVersion.startsWith(kindRules.groupPrefix)) return [];
  // A missing spec decodes as an empty one, as istiod sees it; a spec of another type is the schema's to report.
  const spec = obj.spec === undefined || obj.spec === null ? NO_SPEC : obj.spec;
  if (!isObj(spec)) return [];
  const report = new WebhookReport(obj);
  if (validateMetadata(report, kind, str(spec.action) || 'ALLOW')) kindRules.validate(report, spec);
  return report.findings;
}
