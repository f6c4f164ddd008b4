"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateRequestAuthentication = validateRequestAuthentication;
/** RequestAuthentication (security.istio.io, any served version): targets and JWT rules. */
const common_1 = require("./common");
const http_names_1 = require("./http-names");
const plain_json_1 = require("../util/plain-json");
function validateRequestAuthentication(r, spec) {
    (0, common_1.validatePolicyTargets)(r, spec);
    (0, plain_json_1.list)(spec.jwtRules).forEach((rule, i) => {
        if ((0, plain_json_1.isObj)(rule))
            validateJwtRule(r, `spec.jwtRules[${i}]`, rule);
    });
}
/** istiod's ParseJwksURI: an http(s) URL with an optional numeric port. */
function jwksUriError(uri) {
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(uri);
    const scheme = m ? m[1].toLowerCase() : '';
    if (scheme !== 'http' && scheme !== 'https')
        return `URI scheme "${scheme}" is not supported (jwksUri "${uri}" must use http or https)`;
    if (/\s/.test(uri))
        return `jwksUri "${uri}" is not a valid URL`;
    const authority = /^[^:]+:\/\/([^/?#]*)/.exec(uri)?.[1] ?? '';
    const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
    const afterHost = hostPort.startsWith('[') ? hostPort.slice(hostPort.indexOf(']') + 1) : hostPort;
    const colon = afterHost.lastIndexOf(':');
    const port = colon < 0 ? '' : afterHost.slice(colon + 1);
    if (!/^\d*$/.test(port) || (hostPort.startsWith('[') && colon > 0))
        return `jwksUri "${uri}" has an invalid port "${port}"`;
    return undefined;
}
function validateJwtRule(r, path, rule) {
    // The issuer may be left out when the keys come from jwksUri (istiod then accepts any issuer).
    if ((0, plain_json_1.str)(rule.issuer) === '' && (0, plain_json_1.str)(rule.jwksUri) === '')
        r.error(`${path}.issuer`, 'issuer or jwksUri must be non-empty string');
    (0, plain_json_1.list)(rule.audiences).forEach((a, i) => {
        if (a === '')
            r.error(`${path}.audiences[${i}]`, 'audience must be non-empty string');
    });
    const jwksUri = (0, plain_json_1.str)(rule.jwksUri);
    if (jwksUri !== '')
        r.errorIf(`${path}.jwksUri`, jwksUriError(jwksUri));
    const jwks = (0, plain_json_1.str)(rule.jwks);
    if (jwks !== '') {
        let parsed;
        try {
            parsed = JSON.parse(jwks);
        }
        catch (e) {
            parsed = undefined;
            r.error(`${path}.jwks`, `jwks parse error: ${e.message}`);
        }
        if (parsed !== undefined && !(0, plain_json_1.isObj)(parsed))
            r.error(`${path}.jwks`, 'jwks parse error: expected a JSON object (a JWK or a JWK set)');
        else if ((0, plain_json_1.isObj)(parsed))
            warnPrivateKeys(r, `${path}.jwks`, parsed);
    }
    (0, plain_json_1.list)(rule.fromHeaders).forEach((h, i) => {
        if (h === null)
            r.error(`${path}.fromHeaders[${i}]`, 'location header name must be non-null');
        else if ((0, plain_json_1.isObj)(h) && (0, plain_json_1.str)(h.name) === '')
            r.error(`${path}.fromHeaders[${i}].name`, 'location header name must be non-empty string');
    });
    (0, plain_json_1.list)(rule.fromParams).forEach((q, i) => {
        if (q === '')
            r.error(`${path}.fromParams[${i}]`, 'location query must be non-empty string');
    });
    (0, plain_json_1.list)(rule.fromCookies).forEach((c, i) => {
        if (c === '')
            r.error(`${path}.fromCookies[${i}]`, 'cookie name must be non-empty string');
    });
    (0, plain_json_1.list)(rule.outputClaimToHeaders).forEach((o, i) => {
        const p = `${path}.outputClaimToHeaders[${i}]`;
        if (o === null) {
            r.error(p, 'outputClaimToHeaders must not be null');
            return;
        }
        if (!(0, plain_json_1.isObj)(o))
            return;
        if ((0, plain_json_1.str)(o.claim) === '' || (0, plain_json_1.str)(o.header) === '') {
            r.error(p, 'outputClaimToHeaders header and claim value must be non-empty string');
            return;
        }
        r.errorIf(`${p}.header`, (0, http_names_1.headerNameError)((0, plain_json_1.str)(o.header)));
    });
}
// JWK members that only private (asymmetric) or secret (symmetric `oct`) keys carry (RFC 7518 §6).
const PRIVATE_KEY_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'];
/** A JWK set (or single JWK) handing out private key material: a leak, since only public keys verify tokens. */
function warnPrivateKeys(r, path, jwks) {
    const keys = Array.isArray(jwks.keys) ? jwks.keys : [jwks];
    keys.forEach((key, i) => {
        if ((0, plain_json_1.isObj)(key) && PRIVATE_KEY_MEMBERS.some((m) => key[m] !== undefined)) {
            r.warning(path, `jwks key at index ${i} contains private key material; only public keys are used for verification`);
        }
    });
}
//# sourceMappingURL=request-authentication.js.map