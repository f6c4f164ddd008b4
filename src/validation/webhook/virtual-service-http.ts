/**
 * One `spec.http[]` rule of a VirtualService: what it does (route / redirect / directResponse / delegate),
 * its matches, header operations, CORS, fault injection, mirroring, retries, rewrite and timeout.
 */
import { isRetryOnToken } from '../util/http';
import { parseGoDuration } from '../util/duration';
import { isIstioLabelName } from '../util/names';
import { validateDuration, validateLabels, wrappedNumber } from './common';
import { validateDestination, validateMirrors, validateRouteDestinations } from './destination';
import {
  headerNameError, isJwtClaimRoute, matchHeaderNameError, regexError, validateHeaderOperations,
  validateStringMatch, validateStringMatchRegex,
} from './http-names';
import { portError } from './net';
import { entries, hasObj, int, isObj, keyPath, list, nonEmptyList, num, Obj, obj, present, str } from '../util/plain-json';
import { WebhookReport } from './report';
import { validateGatewayNames } from './virtual-service-gateways';

/** What the VirtualService as a whole contributes to the rules of one http route. */
export interface HttpRouteContext {
  /** The VirtualService has no hosts: it is a delegate. */
  readonly delegate: boolean;
  /** The VirtualService is bound to at least one gateway other than `mesh`. */
  readonly boundToGateway: boolean;
}

export function validateHttpRoute(r: WebhookReport, path: string, http: Obj, ctx: HttpRouteContext): void {
  validateRouteKind(r, path, http, ctx);
  validateMatches(r, path, http, ctx);
  const rewrite = obj(http.rewrite);
  // Paths are only built for the fields a rule sets: most rules set few of them.
  if (http.headers !== undefined) validateHeaderOperations(r, `${path}.headers`, http.headers, str(rewrite.authority));
  if (http.corsPolicy !== undefined) validateCorsPolicy(r, `${path}.corsPolicy`, http.corsPolicy);
  if (http.fault !== undefined) validateFault(r, `${path}.fault`, http.fault);
  validateMirroring(r, path, http);
  if (http.redirect !== undefined) validateRedirect(r, `${path}.redirect`, http.redirect);
  if (http.directResponse !== undefined) validateDirectResponse(r, `${path}.directResponse`, http.directResponse);
  if (http.retries !== undefined) validateRetries(r, `${path}.retries`, http.retries);
  if (http.rewrite !== undefined) validateRewrite(r, `${path}.rewrite`, http.rewrite);
  if (http.route !== undefined) validateRouteDestinations(r, `${path}.route`, http.route, true);
  if (present(http.timeout)) validateDuration(r, `${path}.timeout`, http.timeout);
}

/** Exactly one of route / redirect / directResponse / delegate, and what each excludes. */
function validateRouteKind(r: WebhookReport, path: string, http: Obj, ctx: HttpRouteContext): void {
  const hasRoute = nonEmptyList(http.route);
  const hasRedirect = hasObj(http, 'redirect');
  const hasDirect = hasObj(http, 'directResponse');
  const hasFault = hasObj(http, 'fault');
  const hasRewrite = hasObj(http, 'rewrite');
  if (hasObj(http, 'mirror') && nonEmptyList(http.mirrors)) r.error(path, 'HTTP route cannot contain both mirror and mirrors');
  if (hasObj(http, 'delegate')) {
    validateDelegate(r, `${path}.delegate`, obj(http.delegate), ctx);
    if (hasRoute) r.error(path, 'HTTP route cannot contain both route and delegate');
    if (hasRedirect) r.error(path, 'HTTP route cannot contain both redirect and delegate');
    if (hasDirect) r.error(path, 'HTTP route cannot contain both direct_response and delegate');
    return;
  }
  if (hasRedirect) {
    if (hasRoute) r.error(path, 'HTTP route cannot contain both route and redirect');
    if (hasFault) r.error(path, 'HTTP route cannot contain both fault and redirect');
    if (hasRewrite) r.error(path, 'HTTP route rule cannot contain both rewrite and redirect');
    if (hasDirect) r.error(path, 'HTTP route cannot contain both redirect and direct_response');
  } else if (hasDirect) {
    if (hasRoute) r.error(path, 'HTTP route cannot contain both route and direct_response');
    if (hasFault) r.error(path, 'HTTP route cannot contain both fault and direct_response');
    if (hasRewrite) r.error(path, 'HTTP route rule cannot contain both rewrite and direct_response');
  } else if (!hasRoute) {
    r.error(path, 'HTTP route, redirect or direct_response is required');
  }
}

function validateDelegate(r: WebhookReport, path: string, delegate: Obj, ctx: HttpRouteContext): void {
  if (ctx.delegate) r.error(path, 'http delegate only applies to root virtual service (one level of delegation is supported)');
  if (str(delegate.name) === '') r.error(`${path}.name`, 'delegate name must be set');
  const ns = str(delegate.namespace);
  if (ns !== '' && !isIstioLabelName(ns)) r.error(`${path}.namespace`, `delegate namespace "${ns}" is not a valid DNS-1123 label`);
}

function validateHeaderMatches(r: WebhookReport, path: string, headers: unknown, field: string, ctx: HttpRouteContext): void {
  if (!isObj(headers)) return;
  for (const name in headers) {
    const sm = headers[name];
    if (sm === null) r.error(keyPath(path, name), `${field} match ${name} cannot be null`);
    const nameError = matchHeaderNameError(name);
    if (nameError !== undefined) r.error(keyPath(path, name), nameError);
    if (!ctx.boundToGateway && isJwtClaimRoute(name)) {
      r.error(keyPath(path, name), `JWT claim based routing (key: ${name}) is only supported for gateway, found no gateways`);
    }
    // In withoutHeaders, regex `*` means "header present" and is not a regular expression.
    if (!isObj(sm) || (field === 'withoutHeaders' && sm.regex === '*')) continue;
    if (sm.prefix !== undefined || sm.regex !== undefined) validateStringMatch(r, keyPath(path, name), sm, field);
  }
}

function validateMatches(r: WebhookReport, path: string, http: Obj, ctx: HttpRouteContext): void {
  list(http.match).forEach((m, i) => {
    if (!isObj(m)) return;
    const p = `${path}.match[${i}]`;
    if (m.headers !== undefined) validateHeaderMatches(r, `${p}.headers`, m.headers, 'headers', ctx);
    if (m.withoutHeaders !== undefined) validateHeaderMatches(r, `${p}.withoutHeaders`, m.withoutHeaders, 'withoutHeaders', ctx);
    // Envoy accepts an empty uri prefix (match everything) but not for scheme/method/authority.
    if (m.uri !== undefined) validateStringMatchRegex(r, `${p}.uri`, m.uri, 'uri');
    if (m.scheme !== undefined) validateStringMatch(r, `${p}.scheme`, m.scheme, 'scheme');
    if (m.method !== undefined) validateStringMatch(r, `${p}.method`, m.method, 'method');
    if (m.authority !== undefined) validateStringMatch(r, `${p}.authority`, m.authority, 'authority');
    for (const [name, sm] of entries(m.queryParams)) validateStringMatch(r, keyPath(`${p}.queryParams`, name), sm, 'queryParams');
    const port = int(m.port);
    if (port !== undefined && port !== 0) r.errorIf(`${p}.port`, portError(port));
    if (m.sourceLabels !== undefined) validateLabels(r, `${p}.sourceLabels`, m.sourceLabels);
    if (m.gateways !== undefined) validateGatewayNames(r, `${p}.gateways`, m.gateways);
    const sourceNamespace = str(m.sourceNamespace);
    if (sourceNamespace !== '' && !isIstioLabelName(sourceNamespace)) {
      r.error(`${p}.sourceNamespace`, `sourceNamespace "${sourceNamespace}" must be a valid DNS-1123 label (a namespace name)`);
    }
  });
}

const CORS_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH', '*']);

function validateCorsPolicy(r: WebhookReport, path: string, cors: unknown): void {
  if (!isObj(cors)) return;
  list(cors.allowOrigins).forEach((origin, i) => {
    if (!isObj(origin)) return;
    const p = `${path}.allowOrigins[${i}]`;
    const value = str(origin.exact) || str(origin.prefix) || str(origin.regex);
    if (value === '') {
      r.error(p, `'' is not a valid match type for CORS allow origins: set a non-empty exact, prefix or regex`);
      return;
    }
    validateStringMatchRegex(r, p, origin, 'corsPolicy.allowOrigins');
  });
  list(cors.allowMethods).forEach((m, i) => {
    if (typeof m === 'string' && !CORS_METHODS.has(m)) {
      r.error(`${path}.allowMethods[${i}]`, `"${m}" is not a supported HTTP method (use GET, HEAD, POST, PUT, DELETE, CONNECT, OPTIONS, TRACE or PATCH)`);
    }
  });
  for (const field of ['allowHeaders', 'exposeHeaders'] as const) {
    list(cors[field]).forEach((h, i) => {
      if (typeof h === 'string') r.errorIf(`${path}.${field}[${i}]`, headerNameError(h));
    });
  }
  if (typeof cors.maxAge === 'string') {
    validateDuration(r, `${path}.maxAge`, cors.maxAge);
    const nanos = parseGoDuration(cors.maxAge);
    if (nanos !== undefined && nanos % 1_000_000_000n !== 0n) {
      r.error(`${path}.maxAge`, `max_age duration "${cors.maxAge}" is accurate only to seconds precision`);
    }
  }
}

const GRPC_STATUS = new Set([
  'OK', 'CANCELLED', 'UNKNOWN', 'INVALID_ARGUMENT', 'DEADLINE_EXCEEDED', 'NOT_FOUND', 'ALREADY_EXISTS',
  'PERMISSION_DENIED', 'RESOURCE_EXHAUSTED', 'FAILED_PRECONDITION', 'ABORTED', 'OUT_OF_RANGE', 'UNIMPLEMENTED',
  'INTERNAL', 'UNAVAILABLE', 'DATA_LOSS', 'UNAUTHENTICATED',
]);

function httpStatusError(status: number): string | undefined {
  return status >= 200 && status <= 600 ? undefined : `HTTP status ${status} is not in range 200-599`;
}

/** Fault percentages: 0, or within [0.0001, 100]. */
function validateFaultPercentage(r: WebhookReport, path: string, fault: Obj): void {
  const value = num(obj(fault.percentage).value);
  if (value !== undefined && (value < 0 || value > 100 || (value > 0 && value < 0.0001))) {
    r.error(`${path}.percentage.value`, `percentage ${value} is neither 0.0, nor in range [0.0001, 100.0]`);
  }
  const legacy = int(fault.percent);
  if (legacy !== undefined && (legacy < 0 || legacy > 100)) r.error(`${path}.percent`, `percentage ${legacy} is not in range 0..100`);
}

function validateFault(r: WebhookReport, path: string, fault: unknown): void {
  if (!isObj(fault)) return;
  const abort = fault.abort;
  const delay = fault.delay;
  if (!isObj(abort) && !isObj(delay)) r.error(path, 'HTTP fault injection must have an abort and/or a delay');
  if (isObj(abort)) {
    const p = `${path}.abort`;
    validateFaultPercentage(r, p, abort);
    if (present(abort.grpcStatus)) {
      const status = abort.grpcStatus;
      if (typeof status === 'string' && !GRPC_STATUS.has(status)) {
        r.error(`${p}.grpcStatus`, `gRPC status "${status}" is not supported. See https://github.com/grpc/grpc/blob/master/doc/statuscodes.md ` +
          "for a list of supported codes, for example 'NOT_FOUND'");
      }
    } else if (present(abort.http2Error)) {
      r.error(`${p}.http2Error`, 'HTTP/2 abort fault injection not supported yet');
    } else if (present(abort.httpStatus)) {
      const status = int(abort.httpStatus);
      if (status !== undefined) r.errorIf(`${p}.httpStatus`, httpStatusError(status));
    } else {
      r.warning(p, 'abort configured, but error type not set');
    }
  }
  if (isObj(delay)) {
    const p = `${path}.delay`;
    validateFaultPercentage(r, p, delay);
    if (present(delay.fixedDelay)) validateDuration(r, `${p}.fixedDelay`, delay.fixedDelay);
    if (present(delay.exponentialDelay)) {
      validateDuration(r, `${p}.exponentialDelay`, delay.exponentialDelay);
      r.error(`${p}.exponentialDelay`, 'exponentialDelay not supported yet');
    }
  }
}

function validateMirroring(r: WebhookReport, path: string, http: Obj): void {
  if (present(http.mirrorPercent)) {
    const value = wrappedNumber(http.mirrorPercent);
    if (value !== undefined && value > 100) r.error(`${path}.mirrorPercent`, `mirror_percent must have a max value of 100 (it has ${value})`);
    r.warning(`${path}.mirrorPercent`, 'using deprecated setting "mirrorPercent", use "mirrorPercentage" instead');
  }
  const value = num(obj(http.mirrorPercentage).value);
  if (value !== undefined) {
    if (value > 100) r.error(`${path}.mirrorPercentage.value`, `mirror_percentage must have a max value of 100 (it has ${value})`);
    if (value < 0) r.error(`${path}.mirrorPercentage.value`, `mirror_percentage must have a min value of 0 (it has ${value})`);
  }
  if (http.mirror !== undefined) validateDestination(r, `${path}.mirror`, http.mirror);
  if (http.mirrors !== undefined) validateMirrors(r, `${path}.mirrors`, http.mirrors);
}

function validateRedirect(r: WebhookReport, path: string, redirect: unknown): void {
  if (!isObj(redirect)) return;
  if (str(redirect.uri) === '' && str(redirect.authority) === '' && str(redirect.scheme) === '' &&
      !present(redirect.port) && !present(redirect.derivePort)) {
    r.error(path, 'redirect must specify URI, authority, scheme, or port');
    return;
  }
  const code = int(redirect.redirectCode);
  if (code !== undefined && code !== 0 && (code < 300 || code > 399)) {
    r.error(`${path}.redirectCode`, `${code} is not a valid redirect code, must be 3xx`);
    return;
  }
  const scheme = str(redirect.scheme);
  if (scheme !== '' && scheme !== 'http' && scheme !== 'https') {
    r.error(`${path}.scheme`, `invalid redirect scheme "${scheme}", must be "http" or "https"`);
    return;
  }
  const port = int(redirect.port);
  if (port !== undefined && port > 0) r.errorIf(`${path}.port`, portError(port));
}

const KB = 1024;
const MB = 1024 * KB;

/** Base64 text without its trailing `=` padding (string code: `/=+$/` backtracks quadratically on many `=`). */
function withoutPadding(b64: string): string {
  let end = b64.length;
  while (end > 0 && b64.charCodeAt(end - 1) === 0x3d) end--;
  return b64.slice(0, end);
}

function validateDirectResponse(r: WebhookReport, path: string, direct: unknown): void {
  if (!isObj(direct)) return;
  const body = obj(direct.body);
  let size = 0;
  if (typeof body.string === 'string') size = Buffer.byteLength(body.string, 'utf8');
  else if (typeof body.bytes === 'string') size = Math.floor((withoutPadding(body.bytes).length * 3) / 4);
  if (size > MB) {
    r.error(`${path}.body`, `large direct_responses may impact control plane performance, must be less than 1MB (it has ${size} bytes)`);
  } else if (size > 100 * KB) {
    r.warning(`${path}.body`, `large direct_responses may impact control plane performance (it has ${size} bytes)`);
  }
  const status = direct.status === undefined ? 0 : int(direct.status);
  if (status !== undefined) r.errorIf(`${path}.status`, httpStatusError(status));
}

function validateRetries(r: WebhookReport, path: string, retries: unknown): void {
  if (!isObj(retries)) return;
  const attempts = retries.attempts === undefined || retries.attempts === null ? 0 : int(retries.attempts);
  if (attempts !== undefined && attempts < 0) r.error(`${path}.attempts`, `attempts cannot be negative (it has ${attempts})`);
  const retryOn = str(retries.retryOn);
  if (attempts === 0 && (present(retries.perTryTimeout) || retryOn !== '' || present(retries.retryRemoteLocalities))) {
    r.error(path, 'http retry policy configured when attempts are set to 0 (disabled): set attempts above 0 or remove the other retry fields');
  }
  if (present(retries.perTryTimeout)) validateDuration(r, `${path}.perTryTimeout`, retries.perTryTimeout);
  if (present(retries.backoff)) validateDuration(r, `${path}.backoff`, retries.backoff);
  if (retryOn !== '') {
    for (const token of retryOn.split(',')) {
      if (!isRetryOnToken(token)) r.error(`${path}.retryOn`, `"${token}" is not a valid retryOn policy`);
    }
  }
}

function validateRewrite(r: WebhookReport, path: string, rewrite: unknown): void {
  if (!isObj(rewrite)) return;
  const uri = str(rewrite.uri);
  const regexRewrite = rewrite.uriRegexRewrite;
  if (uri !== '' && isObj(regexRewrite)) {
    r.error(path, 'rewrite may only contain one of URI or UriRegexRewrite');
    return;
  }
  if (uri === '' && !isObj(regexRewrite) && str(rewrite.authority) === '') {
    r.error(path, 'rewrite must specify at least one of URI, UriRegexRewrite, or authority. Only one of URI or UriRegexRewrite may be specified');
    return;
  }
  if (isObj(regexRewrite)) {
    const match = str(regexRewrite.match);
    if (match === '' || str(regexRewrite.rewrite) === '') {
      r.error(`${path}.uriRegexRewrite`, 'UriRegexRewrite requires both Rewrite and Match fields to be specified');
      return;
    }
    r.errorIf(`${path}.uriRegexRewrite.match`, regexError('HTTPRewrite.UriRegexRewrite.Match', match));
  }
}
