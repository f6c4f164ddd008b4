/**
 * EnvoyFilter (networking.istio.io/v1alpha3), as istiod's ValidateEnvoyFilter checks it: every patch needs applyTo,
 * an operation and (unless REMOVE) a value; the match must be of the class of the object patched; filter and
 * sub-filter matches need names; the proxy version is an RE2 regex; and typed configs must name xDS v3 types.
 * The patch values themselves are Envoy protos: only what can be judged without Envoy's schemas is checked.
 */
import { re2Error, re2Pattern } from '../util/re2';
import { presentMessage, validatePolicyTargetRef, validateWorkloadSelector } from './common';
import { isObj, list, Obj, obj, str } from '../util/plain-json';
import { WebhookReport } from './report';

const LISTENER_CLASS = new Set(['LISTENER', 'FILTER_CHAIN', 'NETWORK_FILTER', 'HTTP_FILTER']);
const ROUTE_CLASS = new Set(['ROUTE_CONFIGURATION', 'VIRTUAL_HOST', 'HTTP_ROUTE']);
// A `waypoint` match fits every applyTo, so it is not among the classes compared.
const MATCH_OBJECT_TYPES = ['listener', 'routeConfiguration', 'cluster'];
const HTTP_CONNECTION_MANAGERS = new Set(['envoy.filters.network.http_connection_manager', 'envoy.http_connection_manager']);

export function validateEnvoyFilter(r: WebhookReport, spec: Obj): void {
  if (isObj(spec.workloadSelector) && list(spec.targetRefs).length > 0) {
    r.error('spec', 'only one of targetRefs or workloadSelector can be set');
  }
  r.warning('spec', 'EnvoyFilter exposes internal implementation details that may change at any time. Prefer other ' +
    'APIs if possible, and exercise extreme caution, especially around upgrades.');
  validateWorkloadSelector(r, 'spec.workloadSelector', spec.workloadSelector, 'labels',
    'Envoy filter: workload selector specified without labels, will be applied to all services in namespace');
  list(spec.targetRefs).forEach((ref, i) => validatePolicyTargetRef(r, `spec.targetRefs[${i}]`, ref));
  list(spec.configPatches).forEach((cp, i) => {
    const path = `spec.configPatches[${i}]`;
    if (presentMessage(r, path, cp, 'Envoy filter: null config patch')) validatePatch(r, path, cp);
  });
}

function validatePatch(r: WebhookReport, path: string, cp: Obj): void {
  const applyTo = str(cp.applyTo);
  if (applyTo === '' || applyTo === 'INVALID') {
    r.error(`${path}.applyTo`, 'Envoy filter: missing applyTo');
    return;
  }
  if (!isObj(cp.patch)) {
    r.error(`${path}.patch`, 'Envoy filter: missing patch');
    return;
  }
  const operation = str(cp.patch.operation);
  if (operation === '' || operation === 'INVALID') {
    r.error(`${path}.patch.operation`, 'Envoy filter: missing patch operation');
    return;
  }
  const value = cp.patch.value;
  if (operation !== 'REMOVE' && !isObj(value)) {
    r.error(`${path}.patch.value`, 'Envoy filter: missing patch value for non-remove operation');
    return;
  }
  const match = obj(cp.match);
  const proxyVersion = str(obj(match.proxy).proxyVersion);
  if (proxyVersion !== '') {
    const err = re2Error(proxyVersion);
    if (err !== undefined) {
      r.error(`${path}.match.proxy.proxyVersion`, `Envoy filter: invalid regex for proxy version, [${err}]`);
      return;
    }
  }
  validateMatchClass(r, path, applyTo, match);
  if (isObj(value)) validatePatchValue(r, `${path}.patch.value`, applyTo, value);
}

/** The match's object type (listener / routeConfiguration / cluster) must fit what applyTo patches. */
function validateMatchClass(r: WebhookReport, path: string, applyTo: string, match: Obj): void {
  const objectType = MATCH_OBJECT_TYPES.find((t) => isObj(match[t]));
  if (objectType === undefined) return;
  const p = `${path}.match`;
  if (LISTENER_CLASS.has(applyTo)) {
    if (objectType !== 'listener') {
      r.error(p, 'Envoy filter: applyTo for listener class objects cannot have non listener match');
      return;
    }
    const filter = obj(obj(match.listener).filterChain).filter;
    if (isObj(filter)) validateFilterMatch(r, `${p}.listener.filterChain.filter`, applyTo, filter);
  } else if (ROUTE_CLASS.has(applyTo)) {
    if (objectType !== 'routeConfiguration') r.error(p, 'Envoy filter: applyTo for http route class objects cannot have non route configuration match');
  } else if (applyTo === 'CLUSTER') {
    if (objectType !== 'cluster') r.error(p, 'Envoy filter: applyTo for cluster class objects cannot have non cluster match');
  }
}

// Envoy's deprecated well-known filter names (removed from Envoy; a match on them finds nothing).
const DEPRECATED_FILTER_NAMES: ReadonlyMap<string, string> = new Map([
  ['envoy.buffer', 'envoy.filters.http.buffer'], ['envoy.cors', 'envoy.filters.http.cors'],
  ['envoy.csrf', 'envoy.filters.http.csrf'], ['envoy.ext_authz', 'envoy.filters.http.ext_authz'],
  ['envoy.fault', 'envoy.filters.http.fault'], ['envoy.grpc_http1_bridge', 'envoy.filters.http.grpc_http1_bridge'],
  ['envoy.grpc_json_transcoder', 'envoy.filters.http.grpc_json_transcoder'],
  ['envoy.grpc_web', 'envoy.filters.http.grpc_web'], ['envoy.gzip', 'envoy.filters.http.gzip'],
  ['envoy.health_check', 'envoy.filters.http.health_check'], ['envoy.ip_tagging', 'envoy.filters.http.ip_tagging'],
  ['envoy.lua', 'envoy.filters.http.lua'], ['envoy.rate_limit', 'envoy.filters.http.ratelimit'],
  ['envoy.router', 'envoy.filters.http.router'], ['envoy.squash', 'envoy.filters.http.squash'],
  ['envoy.client_ssl_auth', 'envoy.filters.network.client_ssl_auth'], ['envoy.echo', 'envoy.filters.network.echo'],
  ['envoy.http_connection_manager', 'envoy.filters.network.http_connection_manager'],
  ['envoy.mongo_proxy', 'envoy.filters.network.mongo_proxy'], ['envoy.ratelimit', 'envoy.filters.network.ratelimit'],
  ['envoy.redis_proxy', 'envoy.filters.network.redis_proxy'], ['envoy.tcp_proxy', 'envoy.filters.network.tcp_proxy'],
  ['envoy.listener.http_inspector', 'envoy.filters.listener.http_inspector'],
  ['envoy.listener.original_dst', 'envoy.filters.listener.original_dst'],
  ['envoy.listener.original_src', 'envoy.filters.listener.original_src'],
  ['envoy.listener.proxy_protocol', 'envoy.filters.listener.proxy_protocol'],
  ['envoy.listener.tls_inspector', 'envoy.filters.listener.tls_inspector'],
]);

function warnDeprecatedFilterName(r: WebhookReport, path: string, name: string): void {
  const replacement = DEPRECATED_FILTER_NAMES.get(name);
  if (replacement !== undefined) r.warning(path, `using deprecated filter name "${name}"; use "${replacement}" instead`);
}

function validateFilterMatch(r: WebhookReport, path: string, applyTo: string, filter: Obj): void {
  if (applyTo === 'LISTENER' || applyTo === 'FILTER_CHAIN') {
    r.warning(path, `Envoy filter: filter match has no effect when used with ${applyTo}`);
  }
  const name = str(filter.name);
  if (name === '') {
    r.error(`${path}.name`, 'Envoy filter: filter match has no name to match on');
    return;
  }
  warnDeprecatedFilterName(r, `${path}.name`, name);
  if (isObj(filter.subFilter)) warnDeprecatedFilterName(r, `${path}.subFilter.name`, str(filter.subFilter.name));
  if (!isObj(filter.subFilter)) return;
  if (applyTo !== 'HTTP_FILTER') {
    r.error(`${path}.subFilter`, 'Envoy filter: subfilter match can be used with applyTo HTTP_FILTER only');
  } else if (!HTTP_CONNECTION_MANAGERS.has(name)) {
    r.error(`${path}.subFilter`, 'Envoy filter: subfilter match requires filter match with envoy.filters.network.http_connection_manager');
  } else if (str(filter.subFilter.name) === '') {
    r.error(`${path}.subFilter.name`, 'Envoy filter: subfilter match has no name to match on');
  }
}

// xDS v2 packages (`envoy.api.v2.*`, `envoy.config.….v2.*`): removed from Envoy and from the proto registry istiod
// resolves `@type` against. (Some `v2alpha` packages survive, so only plain v2 is judged.)
const XDS_V2_TYPE = re2Pattern('^type\\.googleapis\\.com/envoy\\.(?:api\\.v2|config\\.[a-z0-9_.]*\\.v2)\\.');

/**
 * Every Envoy object patched has a string `name` (except the bootstrap), and every `@type` must resolve: v2
 * types no longer do. Other type errors need Envoy's proto schemas and are left to istiod.
 */
function validatePatchValue(r: WebhookReport, path: string, applyTo: string, value: Obj): void {
  if (applyTo !== 'BOOTSTRAP' && value.name !== undefined && value.name !== null && typeof value.name !== 'string') {
    r.error(`${path}.name`, `Envoy filter: name must be a string (it has ${JSON.stringify(value.name)})`);
  }
  walkTypes(value, path, (p, type) => {
    if (XDS_V2_TYPE.test(type)) {
      r.error(p, `Envoy filter: referenced type unknown (hint: try using the v3 XDS API): ${type}`);
    }
  });
}

function walkTypes(v: unknown, path: string, visit: (path: string, type: string) => void): void {
  if (Array.isArray(v)) {
    v.forEach((item, i) => walkTypes(item, `${path}[${i}]`, visit));
  } else if (isObj(v)) {
    for (const key in v) {
      const child = v[key];
      if (key === '@type' && typeof child === 'string') visit(`${path}["@type"]`, child);
      else walkTypes(child, `${path}.${key}`, visit);
    }
  }
}
