"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateWasmPlugin = validateWasmPlugin;
exports.validateProxyConfig = validateProxyConfig;
/**
 * WasmPlugin (extensions.istio.io/v1alpha1) and ProxyConfig (networking.istio.io/v1beta1), as istiod's
 * ValidateWasmPlugin / ValidateProxyConfig check them. Most of their rules are also CRD rules; these are the
 * webhook's own: target reference kinds, the plugin URL as Go's url package reads it, duplicate env names.
 */
const common_1 = require("./common");
const plain_json_1 = require("../util/plain-json");
const WASM_URL_SCHEMES = new Set(['oci', 'file', 'http', 'https']);
// A URL scheme as Go's url package finds it: a letter, then letters, digits, '+', '-' or '.', up to the first ':'.
const URL_SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
function validateWasmPlugin(r, spec) {
    (0, common_1.validatePolicyTargets)(r, spec);
    validateWasmUrl(r, (0, plain_json_1.str)(spec.url));
    const sha = (0, plain_json_1.str)(spec.sha256);
    if (sha !== '' && !/^[a-f0-9]{64}$/.test(sha)) {
        r.error('spec.sha256', sha.length !== 64 ? 'sha256 field must be 64 characters long' : 'sha256 field must match [a-f0-9]{64} pattern');
    }
    if ((0, plain_json_1.str)(spec.imagePullSecret).length > 253)
        r.error('spec.imagePullSecret', 'imagePullSecret field must be less than 253 characters long');
    if ((0, plain_json_1.str)(spec.pluginName).length > 256)
        r.error('spec.pluginName', 'pluginName field must be less than 255 characters long');
    const names = new Set();
    (0, plain_json_1.list)((0, plain_json_1.obj)(spec.vmConfig).env).forEach((env, i) => {
        if (!(0, plain_json_1.isObj)(env))
            return;
        const name = (0, plain_json_1.str)(env.name);
        if (name === '')
            r.error(`spec.vmConfig.env[${i}].name`, 'spec.vmConfig.env invalid: name is required');
        else if (names.has(name))
            r.error(`spec.vmConfig.env[${i}].name`, `duplicate env "${name}"`);
        names.add(name);
    });
    (0, plain_json_1.list)(spec.match).forEach((sel, i) => {
        (0, plain_json_1.list)((0, plain_json_1.obj)(sel).ports).forEach((port, j) => {
            const n = (0, plain_json_1.int)((0, plain_json_1.obj)(port).number) ?? 0;
            if (n <= 0 || n > 65535)
                r.error(`spec.match[${i}].ports[${j}].number`, `spec.Match[${i}].Ports[${j}] is out of range: ${n}`);
        });
    });
}
/**
 * istiod parses the URL with Go's url.ParseRequestURI and retries with `http://` when that fails, so a reference
 * without a scheme (`ghcr.io/x/y:v1`) is fine, but anything before a first `:` that reads as a scheme (also
 * `registry:5000/x`) must be one of the supported ones.
 */
function validateWasmUrl(r, url) {
    if (url === '') {
        r.error('spec.url', 'url field needs to be set');
        return;
    }
    const scheme = URL_SCHEME.exec(url)?.[1]?.toLowerCase();
    if (scheme !== undefined && !WASM_URL_SCHEMES.has(scheme)) {
        r.error('spec.url', `url contains unsupported scheme: ${scheme} (use oci, file, http or https)`);
    }
}
function validateProxyConfig(r, spec) {
    (0, common_1.validateWorkloadSelector)(r, 'spec.selector', spec.selector);
    const concurrency = (0, plain_json_1.num)(spec.concurrency);
    if (concurrency !== undefined && concurrency < 0) {
        r.error('spec.concurrency', `concurrency must be greater than or equal to 0 (it has ${concurrency})`);
    }
}
//# sourceMappingURL=extensions.js.map