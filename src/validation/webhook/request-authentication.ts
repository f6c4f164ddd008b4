/** RequestAuthentication (security.istio.io, any served version): targets and JWT rules. */
import { hasWhitespace, isDigits } from '../util/chars';
import { urlScheme } from '../util/http';
import { presentMessage, validatePolicyTargets } from './common';
import { headerNameError } from './http-names';
import { isObj, list, Obj, str } from '../util/plain-json';
import { WebhookReport } from './report';

export function validateRequestAuthentication(r: WebhookReport, spec: Obj): void {
  validatePolicyTargets(r, spec);
  list(spec.jwtRules).forEach((rule, i) => {
    if (isObj(rule)) validateJwtRule(r, `spec.jwtRules[${i}]`, rule);
  });
}

/** The `host:port` part of `scheme://host:port/path` (up to the first '/', '?' or '#'), or '' when there is no `//`. */
function urlAuthority(uri: string): string {
  const colon = uri.indexOf(':');
  if (colon < 1 || !uri.startsWith('//', colon + 1)) return '';
  let end = colon + 3;
  while (end < uri.length && uri[end] !== '/' && uri[end] !== '?' && uri[end] !== '#') end++;
  return uri.slice(colon + 3, end);
}

/** istiod's ParseJwksURI: an http(s) URL with an optional numeric port. */
function jwksUriError(uri: string): string | undefined {
  const scheme = urlScheme(uri)?.toLowerCase() ?? '';
  if (scheme !== 'http' && scheme !== 'https') return `URI scheme "${scheme}" is not supported (jwksUri "${uri}" must use http or https)`;
  if (hasWhitespace(uri)) return `jwksUri "${uri}" is not a valid URL`;
  const authority = urlAuthority(uri);
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
  const afterHost = hostPort.startsWith('[') ? hostPort.slice(hostPort.indexOf(']') + 1) : hostPort;
  const colon = afterHost.lastIndexOf(':');
  const port = colon < 0 ? '' : afterHost.slice(colon + 1);
  if ((port !== '' && !isDigits(port)) || (hostPort.startsWith('[') && colon > 0)) return `jwksUri "${uri}" has an invalid port "${port}"`;
  return undefined;
}

function validateJwtRule(r: WebhookReport, path: string, rule: Obj): void {
  // The issuer may be left out when the keys come from jwksUri (istiod then accepts any issuer).
  if (str(rule.issuer) === '' && str(rule.jwksUri) === '') r.error(`${path}.issuer`, 'issuer or jwksUri must be non-empty string');
  list(rule.audiences).forEach((a, i) => {
    if (a === '') r.error(`${path}.audiences[${i}]`, 'audience must be non-empty string');
  });
  const jwksUri = str(rule.jwksUri);
  if (jwksUri !== '') r.errorIf(`${path}.jwksUri`, jwksUriError(jwksUri));
  const jwks = str(rule.jwks);
  if (jwks !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(jwks);
    } catch (e) {
      parsed = undefined;
      r.error(`${path}.jwks`, `jwks parse error: ${(e as Error).message}`);
    }
    if (parsed !== undefined && !isObj(parsed)) r.error(`${path}.jwks`, 'jwks parse error: expected a JSON object (a JWK or a JWK set)');
    else if (isObj(parsed)) warnPrivateKeys(r, `${path}.jwks`, parsed);
  }
  list(rule.fromHeaders).forEach((h, i) => {
    if (h === null) r.error(`${path}.fromHeaders[${i}]`, 'location header name must be non-null');
    else if (isObj(h) && str(h.name) === '') r.error(`${path}.fromHeaders[${i}].name`, 'location header name must be non-empty string');
  });
  list(rule.fromParams).forEach((q, i) => {
    if (q === '') r.error(`${path}.fromParams[${i}]`, 'location query must be non-empty string');
  });
  list(rule.fromCookies).forEach((c, i) => {
    if (c === '') r.error(`${path}.fromCookies[${i}]`, 'cookie name must be non-empty string');
  });
  list(rule.outputClaimToHeaders).forEach((o, i) => {
    const p = `${path}.outputClaimToHeaders[${i}]`;
    if (!presentMessage(r, p, o, 'outputClaimToHeaders must not be null')) return;
    if (str(o.claim) === '' || str(o.header) === '') {
      r.error(p, 'outputClaimToHeaders header and claim value must be non-empty string');
      return;
    }
    r.errorIf(`${p}.header`, headerNameError(str(o.header)));
  });
}

// JWK members that only private (asymmetric) or secret (symmetric `oct`) keys carry (RFC 7518 §6).
const PRIVATE_KEY_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'];

/** A JWK set (or single JWK) handing out private key material: a leak, since only public keys verify tokens. */
function warnPrivateKeys(r: WebhookReport, path: string, jwks: Obj): void {
  const keys = Array.isArray(jwks.keys) ? jwks.keys : [jwks];
  keys.forEach((key, i) => {
    if (isObj(key) && PRIVATE_KEY_MEMBERS.some((m) => key[m] !== undefined)) {
      r.warning(path, `jwks key at index ${i} contains private key material; only public keys are used for verification`);
    }
  });
}
