"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateHttpRoute = validateHttpRoute;
/**
 * One `spec.http[]` rule of a VirtualService: what it does (route / redirect / directResponse / delegate),
 * its matches, header operations, CORS, fault injection, mirroring, retries, rewrite and timeout.
 */
const http_1 = require("../util/http");
const duration_1 = require("../util/duration");
const names_1 = require("../util/names");
const common_1 = require("./common");
const destination_1 = require("./destination");
const http_names_1 = require("./http-names");
const net_1 = require("./net");
const plain_json_1 = require("../util/plain-json");
const virtual_service_gateways_1 = require("./virtual-service-gateways");
function validateHttpRoute(r, path, http, ctx) {
    validateRouteKind(r, path, http, ctx);
    validateMatches(r, path, http, ctx);
    const rewrite = (0, plain_json_1.obj)(http.rewrite);
    // Paths are only built for the fields a rule sets: most rules set few of them.
    if (http.headers !== undefined)
        (0, http_names_1.validateHeaderOperations)(r, `${path}.headers`, http.headers, (0, plain_json_1.str)(rewrite.authority));
    if (http.corsPolicy !== undefined)
        validateCorsPolicy(r, `${path}.corsPolicy`, http.corsPolicy);
    if (http.fault !== undefined)
        validateFault(r, `${path}.fault`, http.fault);
    validateMirroring(r, path, http);
    if (http.redirect !== undefined)
        validateRedirect(r, `${path}.redirect`, http.redirect);
    if (http.directResponse !== undefined)
        validateDirectResponse(r, `${path}.directResponse`, http.directResponse);
    if (http.retries !== undefined)
        validateRetries(r, `${path}.retries`, http.retries);
    if (http.rewrite !== undefined)
        validateRewrite(r, `${path}.rewrite`, http.rewrite);
    if (http.route !== undefined)
        (0, destination_1.validateRouteDestinations)(r, `${path}.route`, http.route, true);
    if ((0, plain_json_1.present)(http.timeout))
        (0, common_1.validateDuration)(r, `${path}.timeout`, http.timeout);
}
/** Exactly one of route / redirect / directResponse / delegate, and what each excludes. */
function validateRouteKind(r, path, http, ctx) {
    const hasRoute = (0, plain_json_1.nonEmptyList)(http.route);
    const hasRedirect = (0, plain_json_1.hasObj)(http, 'redirect');
    const hasDirect = (0, plain_json_1.hasObj)(http, 'directResponse');
    const hasFault = (0, plain_json_1.hasObj)(http, 'fault');
    const hasRewrite = (0, plain_json_1.hasObj)(http, 'rewrite');
    if ((0, plain_json_1.hasObj)(http, 'mirror') && (0, plain_json_1.nonEmptyList)(http.mirrors))
        r.error(path, 'HTTP route cannot contain both mirror and mirrors');
    if ((0, plain_json_1.hasObj)(http, 'delegate')) {
        validateDelegate(r, `${path}.delegate`, (0, plain_json_1.obj)(http.delegate), ctx);
        if (hasRoute)
            r.error(path, 'HTTP route cannot contain both route and delegate');
        if (hasRedirect)
            r.error(path, 'HTTP route cannot contain both redirect and delegate');
        if (hasDirect)
            r.error(path, 'HTTP route cannot contain both direct_response and delegate');
        return;
    }
    if (hasRedirect) {
        if (hasRoute)
            r.error(path, 'HTTP route cannot contain both route and redirect');
        if (hasFault)
            r.error(path, 'HTTP route cannot contain both fault and redirect');
        if (hasRewrite)
            r.error(path, 'HTTP route rule cannot contain both rewrite and redirect');
        if (hasDirect)
            r.error(path, 'HTTP route cannot contain both redirect and direct_response');
    }
    else if (hasDirect) {
        if (hasRoute)
            r.error(path, 'HTTP route cannot contain both route and direct_response');
        if (hasFault)
            r.error(path, 'HTTP route cannot contain both fault and direct_response');
        if (hasRewrite)
            r.error(path, 'HTTP route rule cannot contain both rewrite and direct_response');
    }
    else if (!hasRoute) {
        r.error(path, 'HTTP route, redirect or direct_response is required');
    }
}
function validateDelegate(r, path, delegate, ctx) {
    if (ctx.delegate)
        r.error(path, 'http delegate only applies to root virtual service (one level of delegation is supported)');
    if ((0, plain_json_1.str)(delegate.name) === '')
        r.error(`${path}.name`, 'delegate name must be set');
    const ns = (0, plain_json_1.str)(delegate.namespace);
    if (ns !== '' && !(0, names_1.isIstioLabelName)(ns))
        r.error(`${path}.namespace`, `delegate namespace "${ns}" is not a valid DNS-1123 label`);
}
function validateHeaderMatches(r, path, headers, field, ctx) {
    if (!(0, plain_json_1.isObj)(headers))
        return;
    for (const name in headers) {
        const sm = headers[name];
        if (sm === null)
            r.error((0, plain_json_1.keyPath)(path, name), `${field} match ${name} cannot be null`);
        const nameError = (0, http_names_1.matchHeaderNameError)(name);
        if (nameError !== undefined)
            r.error((0, plain_json_1.keyPath)(path, name), nameError);
        if (!ctx.boundToGateway && (0, http_names_1.isJwtClaimRoute)(name)) {
            r.error((0, plain_json_1.keyPath)(path, name), `JWT claim based routing (key: ${name}) is only supported for gateway, found no gateways`);
        }
        // In withoutHeaders, regex `*` means "header present" and is not a regular expression.
        if (!(0, plain_json_1.isObj)(sm) || (field === 'withoutHeaders' && sm.regex === '*'))
            continue;
        if (sm.prefix !== undefined || sm.regex !== undefined)
            (0, http_names_1.validateStringMatch)(r, (0, plain_json_1.keyPath)(path, name), sm, field);
    }
}
function validateMatches(r, path, http, ctx) {
    (0, plain_json_1.list)(http.match).forEach((m, i) => {
        if (!(0, plain_json_1.isObj)(m))
            return;
        const p = `${path}.match[${i}]`;
        if (m.headers !== undefined)
            validateHeaderMatches(r, `${p}.headers`, m.headers, 'headers', ctx);
        if (m.withoutHeaders !== undefined)
            validateHeaderMatches(r, `${p}.withoutHeaders`, m.withoutHeaders, 'withoutHeaders', ctx);
        // Envoy accepts an empty uri prefix (match everything) but not for scheme/method/authority.
        if (m.uri !== undefined)
            (0, http_names_1.validateStringMatchRegex)(r, `${p}.uri`, m.uri, 'uri');
        if (m.scheme !== undefined)
            (0, http_names_1.validateStringMatch)(r, `${p}.scheme`, m.scheme, 'scheme');
        if (m.method !== undefined)
            (0, http_names_1.validateStringMatch)(r, `${p}.method`, m.method, 'method');
        if (m.authority !== undefined)
            (0, http_names_1.validateStringMatch)(r, `${p}.authority`, m.authority, 'authority');
        for (const [name, sm] of (0, plain_json_1.entries)(m.queryParams))
            (0, http_names_1.validateStringMatch)(r, (0, plain_json_1.keyPath)(`${p}.queryParams`, name), sm, 'queryParams');
        const port = (0, plain_json_1.int)(m.port);
        if (port !== undefined && port !== 0)
            r.errorIf(`${p}.port`, (0, net_1.portError)(port));
        if (m.sourceLabels !== undefined)
            (0, common_1.validateLabels)(r, `${p}.sourceLabels`, m.sourceLabels);
        if (m.gateways !== undefined)
            (0, virtual_service_gateways_1.validateGatewayNames)(r, `${p}.gateways`, m.gateways);
        const sourceNamespace = (0, plain_json_1.str)(m.sourceNamespace);
        if (sourceNamespace !== '' && !(0, names_1.isIstioLabelName)(sourceNamespace)) {
            r.error(`${p}.sourceNamespace`, `sourceNamespace "${sourceNamespace}" must be a valid DNS-1123 label (a namespace name)`);
        }
    });
}
const CORS_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH', '*']);
function validateCorsPolicy(r, path, cors) {
    if (!(0, plain_json_1.isObj)(cors))
        return;
    (0, plain_json_1.list)(cors.allowOrigins).forEach((origin, i) => {
        if (!(0, plain_json_1.isObj)(origin))
            return;
        const p = `${path}.allowOrigins[${i}]`;
        const value = (0, plain_json_1.str)(origin.exact) || (0, plain_json_1.str)(origin.prefix) || (0, plain_json_1.str)(origin.regex);
        if (value === '') {
            r.error(p, `'' is not a valid match type for CORS allow origins: set a non-empty exact, prefix or regex`);
            return;
        }
        (0, http_names_1.validateStringMatchRegex)(r, p, origin, 'corsPolicy.allowOrigins');
    });
    (0, plain_json_1.list)(cors.allowMethods).forEach((m, i) => {
        if (typeof m === 'string' && !CORS_METHODS.has(m)) {
            r.error(`${path}.allowMethods[${i}]`, `"${m}" is not a supported HTTP method (use GET, HEAD, POST, PUT, DELETE, CONNECT, OPTIONS, TRACE or PATCH)`);
        }
    });
    for (const field of ['allowHeaders', 'exposeHeaders']) {
        (0, plain_json_1.list)(cors[field]).forEach((h, i) => {
            if (typeof h === 'string')
                r.errorIf(`${path}.${field}[${i}]`, (0, http_names_1.headerNameError)(h));
        });
    }
    if (typeof cors.maxAge === 'string') {
        (0, common_1.validateDuration)(r, `${path}.maxAge`, cors.maxAge);
        const nanos = (0, duration_1.parseGoDuration)(cors.maxAge);
        if (nanos !== undefined && nanos % 1000000000n !== 0n) {
            r.error(`${path}.maxAge`, `max_age duration "${cors.maxAge}" is accurate only to seconds precision`);
        }
    }
}
const GRPC_STATUS = new Set([
    'OK', 'CANCELLED', 'UNKNOWN', 'INVALID_ARGUMENT', 'DEADLINE_EXCEEDED', 'NOT_FOUND', 'ALREADY_EXISTS',
    'PERMISSION_DENIED', 'RESOURCE_EXHAUSTED', 'FAILED_PRECONDITION', 'ABORTED', 'OUT_OF_RANGE', 'UNIMPLEMENTED',
    'INTERNAL', 'UNAVAILABLE', 'DATA_LOSS', 'UNAUTHENTICATED',
]);
function httpStatusError(status) {
    return status >= 200 && status <= 600 ? undefined : `HTTP status ${status} is not in range 200-599`;
}
/** Fault percentages: 0, or within [0.0001, 100]. */
function validateFaultPercentage(r, path, fault) {
    const value = (0, plain_json_1.num)((0, plain_json_1.obj)(fault.percentage).value);
    if (value !== undefined && (value < 0 || value > 100 || (value > 0 && value < 0.0001))) {
        r.error(`${path}.percentage.value`, `percentage ${value} is neither 0.0, nor in range [0.0001, 100.0]`);
    }
    const legacy = (0, plain_json_1.int)(fault.percent);
    if (legacy !== undefined && (legacy < 0 || legacy > 100))
        r.error(`${path}.percent`, `percentage ${legacy} is not in range 0..100`);
}
function validateFault(r, path, fault) {
    if (!(0, plain_json_1.isObj)(fault))
        return;
    const abort = fault.abort;
    const delay = fault.delay;
    if (!(0, plain_json_1.isObj)(abort) && !(0, plain_json_1.isObj)(delay))
        r.error(path, 'HTTP fault injection must have an abort and/or a delay');
    if ((0, plain_json_1.isObj)(abort)) {
        const p = `${path}.abort`;
        validateFaultPercentage(r, p, abort);
        if ((0, plain_json_1.present)(abort.grpcStatus)) {
            const status = abort.grpcStatus;
            if (typeof status === 'string' && !GRPC_STATUS.has(status)) {
                r.error(`${p}.grpcStatus`, `gRPC status "${status}" is not supported. See https://github.com/grpc/grpc/blob/master/doc/statuscodes.md ` +
                    "for a list of supported codes, for example 'NOT_FOUND'");
            }
        }
        else if ((0, plain_json_1.present)(abort.http2Error)) {
            r.error(`${p}.http2Error`, 'HTTP/2 abort fault injection not supported yet');
        }
        else if ((0, plain_json_1.present)(abort.httpStatus)) {
            const status = (0, plain_json_1.int)(abort.httpStatus);
            if (status !== undefined)
                r.errorIf(`${p}.httpStatus`, httpStatusError(status));
        }
        else {
            r.warning(p, 'abort configured, but error type not set');
        }
    }
    if ((0, plain_json_1.isObj)(delay)) {
        const p = `${path}.delay`;
        validateFaultPercentage(r, p, delay);
        if ((0, plain_json_1.present)(delay.fixedDelay))
            (0, common_1.validateDuration)(r, `${p}.fixedDelay`, delay.fixedDelay);
        if ((0, plain_json_1.present)(delay.exponentialDelay)) {
            (0, common_1.validateDuration)(r, `${p}.exponentialDelay`, delay.exponentialDelay);
            r.error(`${p}.exponentialDelay`, 'exponentialDelay not supported yet');
        }
    }
}
function validateMirroring(r, path, http) {
    if ((0, plain_json_1.present)(http.mirrorPercent)) {
        const value = (0, common_1.wrappedNumber)(http.mirrorPercent);
        if (value !== undefined && value > 100)
            r.error(`${path}.mirrorPercent`, `mirror_percent must have a max value of 100 (it has ${value})`);
        r.warning(`${path}.mirrorPercent`, 'using deprecated setting "mirrorPercent", use "mirrorPercentage" instead');
    }
    const value = (0, plain_json_1.num)((0, plain_json_1.obj)(http.mirrorPercentage).value);
    if (value !== undefined) {
        if (value > 100)
            r.error(`${path}.mirrorPercentage.value`, `mirror_percentage must have a max value of 100 (it has ${value})`);
        if (value < 0)
            r.error(`${path}.mirrorPercentage.value`, `mirror_percentage must have a min value of 0 (it has ${value})`);
    }
    if (http.mirror !== undefined)
        (0, destination_1.validateDestination)(r, `${path}.mirror`, http.mirror);
    if (http.mirrors !== undefined)
        (0, destination_1.validateMirrors)(r, `${path}.mirrors`, http.mirrors);
}
function validateRedirect(r, path, redirect) {
    if (!(0, plain_json_1.isObj)(redirect))
        return;
    if ((0, plain_json_1.str)(redirect.uri) === '' && (0, plain_json_1.str)(redirect.authority) === '' && (0, plain_json_1.str)(redirect.scheme) === '' &&
        !(0, plain_json_1.present)(redirect.port) && !(0, plain_json_1.present)(redirect.derivePort)) {
        r.error(path, 'redirect must specify URI, authority, scheme, or port');
        return;
    }
    const code = (0, plain_json_1.int)(redirect.redirectCode);
    if (code !== undefined && code !== 0 && (code < 300 || code > 399)) {
        r.error(`${path}.redirectCode`, `${code} is not a valid redirect code, must be 3xx`);
        return;
    }
    const scheme = (0, plain_json_1.str)(redirect.scheme);
    if (scheme !== '' && scheme !== 'http' && scheme !== 'https') {
        r.error(`${path}.scheme`, `invalid redirect scheme "${scheme}", must be "http" or "https"`);
        return;
    }
    const port = (0, plain_json_1.int)(redirect.port);
    if (port !== undefined && port > 0)
        r.errorIf(`${path}.port`, (0, net_1.portError)(port));
}
const KB = 1024;
const MB = 1024 * KB;
/** Base64 text without its trailing `=` padding (string code: `/=+$/` backtracks quadratically on many `=`). */
function withoutPadding(b64) {
    let end = b64.length;
    while (end > 0 && b64.charCodeAt(end - 1) === 0x3d)
        end--;
    return b64.slice(0, end);
}
function validateDirectResponse(r, path, direct) {
    if (!(0, plain_json_1.isObj)(direct))
        return;
    const body = (0, plain_json_1.obj)(direct.body);
    let size = 0;
    if (typeof body.string === 'string')
        size = Buffer.byteLength(body.string, 'utf8');
    else if (typeof body.bytes === 'string')
        size = Math.floor((withoutPadding(body.bytes).length * 3) / 4);
    if (size > MB) {
        r.error(`${path}.body`, `large direct_responses may impact control plane performance, must be less than 1MB (it has ${size} bytes)`);
    }
    else if (size > 100 * KB) {
        r.warning(`${path}.body`, `large direct_responses may impact control plane performance (it has ${size} bytes)`);
    }
    const status = direct.status === undefined ? 0 : (0, plain_json_1.int)(direct.status);
    if (status !== undefined)
        r.errorIf(`${path}.status`, httpStatusError(status));
}
function validateRetries(r, path, retries) {
    if (!(0, plain_json_1.isObj)(retries))
        return;
    const attempts = retries.attempts === undefined || retries.attempts === null ? 0 : (0, plain_json_1.int)(retries.attempts);
    if (attempts !== undefined && attempts < 0)
        r.error(`${path}.attempts`, `attempts cannot be negative (it has ${attempts})`);
    const retryOn = (0, plain_json_1.str)(retries.retryOn);
    if (attempts === 0 && ((0, plain_json_1.present)(retries.perTryTimeout) || retryOn !== '' || (0, plain_json_1.present)(retries.retryRemoteLocalities))) {
        r.error(path, 'http retry policy configured when attempts are set to 0 (disabled): set attempts above 0 or remove the other retry fields');
    }
    if ((0, plain_json_1.present)(retries.perTryTimeout))
        (0, common_1.validateDuration)(r, `${path}.perTryTimeout`, retries.perTryTimeout);
    if ((0, plain_json_1.present)(retries.backoff))
        (0, common_1.validateDuration)(r, `${path}.backoff`, retries.backoff);
    if (retryOn !== '') {
        for (const token of retryOn.split(',')) {
            if (!(0, http_1.isRetryOnToken)(token))
                r.error(`${path}.retryOn`, `"${token}" is not a valid retryOn policy`);
        }
    }
}
function validateRewrite(r, path, rewrite) {
    if (!(0, plain_json_1.isObj)(rewrite))
        return;
    const uri = (0, plain_json_1.str)(rewrite.uri);
    const regexRewrite = rewrite.uriRegexRewrite;
    if (uri !== '' && (0, plain_json_1.isObj)(regexRewrite)) {
        r.error(path, 'rewrite may only contain one of URI or UriRegexRewrite');
        return;
    }
    if (uri === '' && !(0, plain_json_1.isObj)(regexRewrite) && (0, plain_json_1.str)(rewrite.authority) === '') {
        r.error(path, 'rewrite must specify at least one of URI, UriRegexRewrite, or authority. Only one of URI or UriRegexRewrite may be specified');
        return;
    }
    if ((0, plain_json_1.isObj)(regexRewrite)) {
        const match = (0, plain_json_1.str)(regexRewrite.match);
        if (match === '' || (0, plain_json_1.str)(regexRewrite.rewrite) === '') {
            r.error(`${path}.uriRegexRewrite`, 'UriRegexRewrite requires both Rewrite and Match fields to be specified');
            return;
        }
        r.errorIf(`${path}.uriRegexRewrite.match`, (0, http_names_1.regexError)('HTTPRewrite.UriRegexRewrite.Match', match));
    }
}
//# sourceMappingURL=virtual-service-http.js.map