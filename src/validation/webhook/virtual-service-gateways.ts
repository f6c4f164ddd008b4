/** Gateway references of a VirtualService (`spec.gateways`, `match[].gateways`). */
import { isIstioLabelName } from '../util/names';
import { fqdnError } from './hosts';
import { list } from '../util/plain-json';
import { WebhookReport } from './report';

/**
 * `<namespace>/<name>` (both DNS-1123 labels), or a legacy name (`mesh`, `name`, `name.namespace` with a
 * warning). Like istiod, checking stops at the first legacy-style name.
 */
export function validateGatewayNames(r: WebhookReport, path: string, gateways: unknown): void {
  const names = list(gateways);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (typeof name !== 'string') continue;
    const p = `${path}[${i}]`;
    const slash = name.indexOf('/');
    if (slash < 0) {
      if (name.includes('.')) {
        const parts = name.split('.');
        r.warning(p, `using legacy gatewayName format "${name}"; prefer the <namespace>/<name> format: "${parts[1]}/${parts[0]}"`);
      }
      r.errorIf(p, fqdnError(name));
      return;
    }
    const ns = name.slice(0, slash);
    const gw = name.slice(slash + 1);
    if (ns === '' || gw === '') r.error(p, `config namespace and gateway name cannot be empty (in "${name}")`);
    if (!isIstioLabelName(ns)) r.error(p, `invalid value for namespace: "${ns}" (in gateway "${name}")`);
    if (!isIstioLabelName(gw)) r.error(p, `invalid value for gateway name: "${gw}" (in gateway "${name}")`);
  }
}
