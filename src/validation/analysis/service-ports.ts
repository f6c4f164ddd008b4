/**
 * IST0118: Service ports whose protocol Istio cannot tell from the name or appProtocol (it then sniffs the
 * protocol, which costs a round trip and breaks server-first protocols).
 */
import { Finding } from '../finding';
import { PORT_NAME_IS_NOT_UNDER_NAMING_CONVENTION } from '../finding-codes';
import { MeshModel } from './model';
import { isIstioControlPlane, isIgnoredNamespace } from './namespaces';
import { asArray, asObject, asString } from './resource';
import { toNumber } from '../util/plain-json';

const PROTOCOLS = new Set(['tcp', 'udp', 'grpc', 'grpc-web', 'http', 'http_proxy', 'http2', 'https', 'tls', 'mongo',
  'redis', 'mysql', 'hbone']);
/** `gateway.istio.io/managed` values of Services Istio's controllers create for gateways and waypoints. */
const GATEWAY_CONTROLLERS = new Set(['istio.io-gateway-controller', 'istio.io-mesh-controller', 'istio.io-eastwest-controller']);

/** A Service or Deployment Istio created for a gateway, waypoint or east-west gateway (its ports are Istio's). */
export function isGatewayManaged(labels: { readonly [key: string]: string }): boolean {
  return GATEWAY_CONTROLLERS.has(labels['gateway.istio.io/managed'] ?? '');
}
const APP_PROTOCOL_ALIASES = new Set(['kubernetes.io/h2c', 'kubernetes.io/ws', 'kubernetes.io/wss']);
// Ports Istio treats as TCP when the name says nothing (SMTP, DNS, MySQL, MongoDB).
const WELL_KNOWN_TCP_PORTS = new Set([25, 53, 3306, 27017]);

/** Istio's port protocol resolution (UDP, then appProtocol, then the name prefix); false = "unsupported". */
export function hasKnownProtocol(port: number, name: string, protocol: string, appProtocol: string | undefined): boolean {
  if (protocol === 'UDP') return true;
  let value = name;
  if (appProtocol !== undefined) {
    if (APP_PROTOCOL_ALIASES.has(appProtocol)) return true;
    value = appProtocol;
  }
  const lower = value.toLowerCase();
  if (lower.startsWith('grpc-web')) return true;
  const dash = lower.indexOf('-');
  if (PROTOCOLS.has(dash < 0 ? lower : lower.slice(0, dash))) return true;
  return WELL_KNOWN_TCP_PORTS.has(port);
}

export function analyzeServicePorts(model: MeshModel, out: Finding[]): void {
  for (const svc of model.services) {
    if (isIgnoredNamespace(svc.ns) || isIstioControlPlane(svc.labels) || isGatewayManaged(svc.labels)) continue;
    if (svc.spec.type === 'ExternalName') continue;
    asArray(svc.spec.ports).forEach((p, i) => {
      const port = asObject(p);
      const number = toNumber(port.port);
      const name = asString(port.name);
      const appProtocol = typeof port.appProtocol === 'string' ? port.appProtocol : undefined;
      if (hasKnownProtocol(number, name, asString(port.protocol) || 'TCP', appProtocol)) return;
      const shown = appProtocol !== undefined ? `appProtocol "${appProtocol}"` : name ? `name "${name}"` : 'no name';
      out.push(svc.finding(PORT_NAME_IS_NOT_UNDER_NAMING_CONVENTION, `spec.ports[${i}]`,
        `port ${number} has ${shown}, from which Istio cannot tell the protocol (it falls back to sniffing); ` +
        'set appProtocol (http, http2, grpc, tcp, tls, …) or name the port "<protocol>[-<suffix>]", e.g. "http-web"'));
    });
  }
}
