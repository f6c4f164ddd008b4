/**
 * The webhook layer: the rules istiod's validating admission webhook (pkg/config/validation) enforces,
 * one module per kind. Runs on every served version of a kind (the rules do not differ between versions)
 * and never throws on malformed input: what cannot be read is the schema layer's to report.
 */
import { Finding } from '../finding';
import { apiGroupOf } from '../istio-kinds';
import { validateAuthorizationPolicy } from './authorization-policy';
import { validateDestinationRule } from './destination-rule';
import { validateGateway } from './gateway';
import { validatePeerAuthentication } from './peer-authentication';
import { isObj, Obj } from './read';
import { WebhookReport } from './report';
import { validateRequestAuthentication } from './request-authentication';
import { validateServiceEntry } from './service-entry';
import { validateSidecar } from './sidecar';
import { validateTelemetry } from './telemetry';
import { validateVirtualService } from './virtual-service';

type KindValidator = (r: WebhookReport, spec: Obj) => void;

const VALIDATORS: { readonly [groupKind: string]: KindValidator } = {
  'networking.istio.io/VirtualService': validateVirtualService,
  'networking.istio.io/DestinationRule': validateDestinationRule,
  'networking.istio.io/Sidecar': validateSidecar,
  'networking.istio.io/Gateway': validateGateway,
  'networking.istio.io/ServiceEntry': validateServiceEntry,
  'security.istio.io/PeerAuthentication': validatePeerAuthentication,
  'security.istio.io/AuthorizationPolicy': validateAuthorizationPolicy,
  'security.istio.io/RequestAuthentication': validateRequestAuthentication,
  'telemetry.istio.io/Telemetry': validateTelemetry,
};

const NO_SPEC: Obj = Object.freeze({});

/** Webhook findings for one object; [] for kinds the webhook layer does not cover. */
export function validateWebhook(obj: object): Finding[] {
  if (!isObj(obj)) return [];
  const apiVersion = obj.apiVersion;
  const kind = obj.kind;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return [];
  const validator = VALIDATORS[`${apiGroupOf(apiVersion)}/${kind}`];
  if (validator === undefined) return [];
  // A missing spec decodes as an empty one, as istiod sees it; a spec of another type is the schema's to report.
  const spec = obj.spec === undefined || obj.spec === null ? NO_SPEC : obj.spec;
  if (!isObj(spec)) return [];
  const report = new WebhookReport(obj);
  validator(report, spec);
  return report.findings;
}
