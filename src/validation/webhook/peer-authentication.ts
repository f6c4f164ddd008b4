/** PeerAuthentication (security.istio.io, any served version): selector and port-level mTLS. */
import { isDigits } from '../util/chars';
import { validateWorkloadSelector } from './common';
import { entries, isObj, keyPath, obj, Obj } from '../util/plain-json';
import { WebhookReport } from './report';

export function validatePeerAuthentication(r: WebhookReport, spec: Obj): void {
  const selectorLabels = entries(obj(spec.selector).matchLabels);
  const ports = entries(spec.portLevelMtls);
  if (selectorLabels.length === 0 && ports.length > 0) {
    r.error('spec.portLevelMtls', 'mesh/namespace peer authentication cannot have port level mTLS (add a selector with matchLabels)');
  }
  if (isObj(spec.portLevelMtls) && ports.length === 0) {
    r.error('spec.portLevelMtls', 'port level mTLS, if defined, must have at least one element');
  }
  for (const [key] of ports) {
    // Non-numeric keys cannot be decoded at all; the schema layer reports those.
    if (!isDigits(key)) continue;
    const port = Number(key);
    if (port < 1 || port > 65535) r.error(keyPath('spec.portLevelMtls', key), `port ${key} must be in range 1..65535`);
  }
  validateWorkloadSelector(r, 'spec.selector', spec.selector);
}
