/**
 * What istiod 1.30 refuses or ignores in Gateway API objects that the CRDs accept (GATEWAY-API-FACTS.md §1.2,
 * §1.5, §1.6, §3.1, §4). The cluster stores these objects, but Istio does not program them: the route or listener
 * gets a False status condition, or a parentRef is silently skipped. Reported as webhook-layer findings because,
 * like istiod's admission rules, they come from Istio rather than from the API server.
 */
import { FindingCollector } from '../finding-collector';
import { GATEWAY_API_REJECTED_BY_ISTIO } from '../finding-codes';
import { isObj, list, obj, Obj, str } from '../util/plain-json';
import { GATEWAY_API_GROUP } from '../kinds';

export const WAYPOINT_CLASS = 'istio-waypoint';
const HBONE = 'HBONE';
const HBONE_PORT = 15008;
/** Istio serves at most two certificates per listener (e.g. one RSA and one ECDSA). */
const MAX_CERTIFICATE_REFS = 2;
/** Listener protocols istiod programs (HBONE only on waypoints; TCP only behind an alpha flag). */
const ISTIO_LISTENER_PROTOCOLS: ReadonlySet<string> = new Set(['HTTP', 'HTTPS', 'TLS', HBONE]);
const ISTIO_GATEWAY_CLASSES: ReadonlySet<string> = new Set(['istio', WAYPOINT_CLASS]);
/** Parent kinds istiod attaches routes to, by group. */
const PARENT_KINDS: { readonly [kind: string]: string } = {
  Gateway: GATEWAY_API_GROUP,
  ListenerSet: GATEWAY_API_GROUP,
  Service: '',
  ServiceEntry: 'networking.istio.io',
};
/** The only backendRef filters istiod accepts. */
const BACKEND_FILTERS: ReadonlySet<string> = new Set(['RequestHeaderModifier', 'ResponseHeaderModifier']);

export function checkIstioRefusals(kind: string, o: Obj, out: FindingCollector): void {
  const spec = obj(o.spec);
  switch (kind) {
    case 'HTTPRoute':
    case 'GRPCRoute':
      checkParentRefs(spec, out);
      checkRules(kind, spec, out);
      checkHostnamesOnServiceParents(spec, out);
      break;
    case 'Gateway':
      checkGateway(o, spec, out);
      break;
    case 'GatewayClass':
      checkGatewayClass(o, out);
      break;
    default:
      break;
  }
}

function refused(out: FindingCollector, path: string, message: string): void {
  out.error(GATEWAY_API_REJECTED_BY_ISTIO, path, message);
}

/** A parentRef's group and kind with the API's defaults (gateway.networking.k8s.io, Gateway). */
function parentGroupKind(ref: Obj): [string, string] {
  return [typeof ref.group === 'string' ? ref.group : GATEWAY_API_GROUP, typeof ref.kind === 'string' ? ref.kind : 'Gateway'];
}

function checkParentRefs(spec: Obj, out: FindingCollector): void {
  list(spec.parentRefs).forEach((raw, i) => {
    if (!isObj(raw)) return;
    const [group, kind] = parentGroupKind(raw);
    const path = `spec.parentRefs[${i}]`;
    const expected = PARENT_KINDS[kind];
    if (expected === undefined) {
      refused(out, `${path}.kind`, `Istio does not attach routes to a ${JSON.stringify(kind)} parent (allowed: ` +
        `${Object.keys(PARENT_KINDS).join(', ')}); the parentRef is skipped`);
    } else if (group !== expected) {
      const hint = kind === 'Service' ? ' (a Service parent needs group: "", the core group; "core" is not recognised)' : '';
      refused(out, `${path}.group`, `Istio looks up parent kind ${kind} in group ${JSON.stringify(expected)}, not ` +
        `${JSON.stringify(group)}${hint}: the parentRef is silently skipped and the route never applies`);
    }
  });
}

function checkRules(kind: string, spec: Obj, out: FindingCollector): void {
  list(spec.rules).forEach((rawRule, r) => {
    const rule = obj(rawRule);
    const rulePath = `spec.rules[${r}]`;
    list(rule.filters).forEach((f, i) => {
      if (obj(f).type === 'ExtensionRef') {
        refused(out, `${rulePath}.filters[${i}].type`, `Istio does not support ExtensionRef filters (InvalidFilter): ` +
          `the ${kind} is not programmed`);
      }
    });
    list(rule.backendRefs).forEach((rawRef, b) => {
      const ref = obj(rawRef);
      const refPath = `${rulePath}.backendRefs[${b}]`;
      const group = typeof ref.group === 'string' ? ref.group : '';
      const refKind = typeof ref.kind === 'string' ? ref.kind : 'Service';
      const name = str(ref.name);
      if (group === '' && refKind === 'Service' && name.includes('.')) {
        refused(out, `${refPath}.name`, `service name ${JSON.stringify(name)} contains '.': Istio refuses a backendRef ` +
          'hostname (use the Service name, not the hostname); a hard error drops every rule of the route');
      }
      list(ref.filters).forEach((f, i) => {
        const type = str(obj(f).type);
        if (type !== '' && !BACKEND_FILTERS.has(type)) {
          refused(out, `${refPath}.filters[${i}].type`, `Istio supports only RequestHeaderModifier and ` +
            `ResponseHeaderModifier filters on a backendRef, not ${JSON.stringify(type)} (InvalidFilter)`);
        }
      });
    });
  });
}

function isServiceParent(ref: unknown): boolean {
  const [group, kind] = parentGroupKind(obj(ref));
  return group === '' && kind === 'Service';
}

function checkHostnamesOnServiceParents(spec: Obj, out: FindingCollector): void {
  const parents = list(spec.parentRefs);
  if (list(spec.hostnames).length === 0 || parents.length === 0 || !parents.every(isServiceParent)) return;
  out.warning(GATEWAY_API_REJECTED_BY_ISTIO, 'spec.hostnames', 'Istio ignores hostnames on a route whose parents are ' +
    "all Services (mesh routes match the Service's own host): remove them or add a Gateway parent");
}

function checkGateway(o: Obj, spec: Obj, out: FindingCollector): void {
  const className = str(spec.gatewayClassName);
  const waypoint = className === WAYPOINT_CLASS;
  if (waypoint && str(obj(o.metadata).name) === 'none') {
    refused(out, 'metadata.name', 'the waypoint name "none" is reserved (istio.io/use-waypoint: none opts out of waypoints)');
  }
  list(spec.listeners).forEach((raw, i) => {
    const l = obj(raw);
    const path = `spec.listeners[${i}]`;
    const protocol = str(l.protocol);
    if (waypoint) {
      if (protocol !== HBONE || l.port !== HBONE_PORT) {
        refused(out, path, `a waypoint (class ${WAYPOINT_CLASS}) serves only port ${HBONE_PORT} with protocol HBONE; ` +
          `Istio does not accept listener port ${JSON.stringify(l.port)} protocol ${JSON.stringify(protocol)}`);
      }
      return;
    }
    if (!ISTIO_GATEWAY_CLASSES.has(className)) return;
    if (protocol === HBONE) {
      refused(out, `${path}.protocol`, `protocol HBONE is only for waypoints (gatewayClassName: ${WAYPOINT_CLASS}), ` +
        `not class ${JSON.stringify(className)}`);
    } else if (protocol === 'TCP') {
      out.warning(GATEWAY_API_REJECTED_BY_ISTIO, `${path}.protocol`, 'Istio programs TCP listeners only when istiod runs ' +
        'with PILOT_ENABLE_ALPHA_GATEWAY_API=true');
    } else if (protocol !== '' && !ISTIO_LISTENER_PROTOCOLS.has(protocol)) {
      refused(out, `${path}.protocol`, `Istio does not support listener protocol ${JSON.stringify(protocol)} ` +
        '(supported: HTTP, HTTPS, TLS)');
    }
    checkCertificateRefs(obj(l.tls), `${path}.tls`, out);
  });
}

function checkCertificateRefs(tls: Obj, path: string, out: FindingCollector): void {
  const refs = list(tls.certificateRefs);
  if (refs.length > MAX_CERTIFICATE_REFS) {
    refused(out, `${path}.certificateRefs`, `Istio accepts at most ${MAX_CERTIFICATE_REFS} certificateRefs per listener ` +
      `(e.g. one RSA and one ECDSA certificate), got ${refs.length}`);
  }
  refs.forEach((raw, i) => {
    const ref = obj(raw);
    const group = typeof ref.group === 'string' ? ref.group : '';
    const kind = typeof ref.kind === 'string' ? ref.kind : 'Secret';
    if (group !== '' || kind !== 'Secret') {
      refused(out, `${path}.certificateRefs[${i}]`, `Istio reads certificates only from Secrets (group "", kind Secret), ` +
        `not ${JSON.stringify(group === '' ? kind : `${kind}.${group}`)} (InvalidCertificateRef)`);
    }
  });
}

function checkGatewayClass(o: Obj, out: FindingCollector): void {
  const name = str(obj(o.metadata).name);
  if (ISTIO_GATEWAY_CLASSES.has(name)) {
    out.warning(GATEWAY_API_REJECTED_BY_ISTIO, 'metadata.name', `istiod creates and owns GatewayClass ${JSON.stringify(name)} ` +
      'itself: do not emit it (your copy conflicts with the one istiod manages)');
  }
}
