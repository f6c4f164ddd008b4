"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateGatewayNames = validateGatewayNames;
/** Gateway references of a VirtualService (`spec.gateways`, `match[].gateways`). */
const names_1 = require("../util/names");
const hosts_1 = require("./hosts");
const plain_json_1 = require("../util/plain-json");
/**
 * `<namespace>/<name>` (both DNS-1123 labels), or a legacy name (`mesh`, `name`, `name.namespace` with a
 * warning). Like istiod, checking stops at the first legacy-style name.
 */
function validateGatewayNames(r, path, gateways) {
    const names = (0, plain_json_1.list)(gateways);
    for (let i = 0; i < names.length; i++) {
        const name = names[i];
        if (typeof name !== 'string')
            continue;
        const p = `${path}[${i}]`;
        const slash = name.indexOf('/');
        if (slash < 0) {
            if (name.includes('.')) {
                const parts = name.split('.');
                r.warning(p, `using legacy gatewayName format "${name}"; prefer the <namespace>/<name> format: "${parts[1]}/${parts[0]}"`);
            }
            r.errorIf(p, (0, hosts_1.fqdnError)(name));
            return;
        }
        const ns = name.slice(0, slash);
        const gw = name.slice(slash + 1);
        if (ns === '' || gw === '')
            r.error(p, `config namespace and gateway name cannot be empty (in "${name}")`);
        if (!(0, names_1.isIstioLabelName)(ns))
            r.error(p, `invalid value for namespace: "${ns}" (in gateway "${name}")`);
        if (!(0, names_1.isIstioLabelName)(gw))
            r.error(p, `invalid value for gateway name: "${gw}" (in gateway "${name}")`);
    }
}
//# sourceMappingURL=virtual-service-gateways.js.map