/**
 * WasmPlugin (extensions.istio.io/v1alpha1) and ProxyConfig (networking.istio.io/v1beta1), as istiod's
 * ValidateWasmPlugin / ValidateProxyConfig check them. Most of their rules are also CRD rules; these are the
 * webhook's own: target reference kinds, the plugin URL as Go's url package reads it, duplicate env names.
 */
import { validatePolicyTargets, validateWorkloadSelector } from './common';
import { CharClass } from '../util/chars';
import { urlScheme } from '../util/http';
import { int, isObj, list, num, Obj, obj, str } from '../util/plain-json';
import { WebhookReport } from './report';

const LOWER_HEX = new CharClass('a-f0-9');
const WASM_URL_SCHEMES = new Set(['oci', 'file', 'http', 'https']);

export function validateWasmPlugin(r: WebhookReport, spec: Obj): void {
  validatePolicyTargets(r, spec);
  validateWasmUrl(r, str(spec.url));
  const sha = str(spec.sha256);
  if (sha !== '' && (sha.length !== 64 || !LOWER_HEX.all(sha))) {
    r.error('spec.sha256', sha.length !== 64 ? 'sha256 field must be 64 characters long' : 'sha256 field must match [a-f0-9]{64} pattern');
  }
  if (str(spec.imagePullSecret).length > 253) r.error('spec.imagePullSecret', 'imagePullSecret field must be less than 253 characters long');
  if (str(spec.pluginName).length > 256) r.error('spec.pluginName', 'pluginName field must be less than 255 characters long');
  const names = new Set<string>();
  list(obj(spec.vmConfig).env).forEach((env, i) => {
    if (!isObj(env)) return;
    const name = str(env.name);
    if (name === '') r.error(`spec.vmConfig.env[${i}].name`, 'spec.vmConfig.env invalid: name is required');
    else if (names.has(name)) r.error(`spec.vmConfig.env[${i}].name`, `duplicate env "${name}"`);
    names.add(name);
  });
  list(spec.match).forEach((sel, i) => {
    list(obj(sel).ports).forEach((port, j) => {
      const n = int(obj(port).number) ?? 0;
      if (n <= 0 || n > 65535) r.error(`spec.match[${i}].ports[${j}].number`, `spec.Match[${i}].Ports[${j}] is out of range: ${n}`);
    });
  });
}

/**
 * istiod parses the URL with Go's url.ParseRequestURI and retries with `http://` when that fails, so a reference
 * without a scheme (`ghcr.io/x/y:v1`) is fine, but anything before a first `:` that reads as a scheme (also
 * `registry:5000/x`) must be one of the supported ones.
 */
function validateWasmUrl(r: WebhookReport, url: string): void {
  if (url === '') {
    r.error('spec.url', 'url field needs to be set');
    return;
  }
  const scheme = urlScheme(url)?.toLowerCase();
  if (scheme !== undefined && !WASM_URL_SCHEMES.has(scheme)) {
    r.error('spec.url', `url contains unsupported scheme: ${scheme} (use oci, file, http or https)`);
  }
}

export function validateProxyConfig(r: WebhookReport, spec: Obj): void {
  validateWorkloadSelector(r, 'spec.selector', spec.selector);
  const concurrency = num(spec.concurrency);
  if (concurrency !== undefined && concurrency < 0) {
    r.error('spec.concurrency', `concurrency must be greater than or equal to 0 (it has ${concurrency})`);
  }
}
