"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mergeProxyConfigAnnotation = mergeProxyConfigAnnotation;
const proxy_config_1 = require("../shared/proxy-config");
const lazy_modules_1 = require("../validation/util/lazy-modules");
/**
 * The `proxy.istio.io/config` value with `fields` merged over an existing value (YAML or JSON ProxyConfig
 * fragment), keeping every other field the workload already sets. Throws when the existing value is not a
 * YAML mapping, since overwriting it would silently drop the owner's settings.
 */
function mergeProxyConfigAnnotation(existing, fields) {
    if (existing === undefined || existing.trim() === '')
        return (0, proxy_config_1.renderProxyConfigAnnotation)(fields);
    let parsed;
    try {
        parsed = (0, lazy_modules_1.parseYamlText)(existing);
    }
    catch (e) {
        throw new Error(`the existing value ${JSON.stringify(existing)} is not valid YAML: ${e.message.split('\n')[0]}`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new Error(`the existing value ${JSON.stringify(existing)} is not a ProxyConfig mapping (e.g. '{"concurrency":2}')`);
    }
    return (0, proxy_config_1.renderProxyConfigAnnotation)({ ...parsed, ...fields });
}
//# sourceMappingURL=pod-proxy-config.js.map