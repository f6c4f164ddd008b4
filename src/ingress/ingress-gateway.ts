import { ApiObject, Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { AllowedRoutes } from './allowed-routes';
import {
  GATEWAY_API_GROUP, GATEWAY_GVK, GatewaySpecJson, ListenerJson, REFERENCE_GRANT_GVK, ReferenceGrantSpecJson,
  SecretObjectReferenceJson,
} from './gateway-api-json';
import { CertificateSecret, GatewayListener, ListenerProtocol } from './gateway-listener';
import { ISTIO_RESERVED_PORTS } from '../canary/version-workload';
import { GatewayParentRef, IIngressGateway, IngressGatewayRef } from '../routing/ingress-attachment';
import { enumChoices, isEnumValue } from '../shared/enum-check';
import { checkInteger, PropErrors } from '../shared/prop-errors';
import { plainApiObject } from '../shared/plain-api-object';
import { MeshValidation } from '../synth/mesh-validation';
import { GATEWAY_SERVICE_TYPE_ANNOTATION } from '../validation/util/istio-names';
import { dns1123LabelError, dns1123SubdomainError, isDns1035Label, isWildcardHostname, labelKeyError, labelMapErrors } from '../validation/util/names';

/** The type of the Service istiod creates for the gateway. */
export enum GatewayServiceType {
  /** An external load balancer (Istio's default). */
  LOAD_BALANCER = 'LoadBalancer',
  /** A port on every node. */
  NODE_PORT = 'NodePort',
  /** Reachable inside the cluster only (e.g. behind another load balancer or ingress). */
  CLUSTER_IP = 'ClusterIP',
}

/** Props of an IngressGateway. */
export interface IngressGatewayProps {
  /**
   * The Gateway's name. istiod deploys the gateway as Deployment and Service `<name>-istio`, so it must be a
   * DNS-1035 label of at most 57 characters.
   */
  readonly name: string;
  /**
   * The namespace of the Gateway (and of the gateway pods istiod deploys).
   * @default - the chart's namespace, else "default"
   */
  readonly namespace?: string;
  /**
   * The ports the gateway listens on.
   * @default - one HTTP listener on port 80 (`GatewayListener.http()`)
   */
  readonly listeners?: GatewayListener[];
  /**
   * Which namespaces may attach routes, for every listener that does not set its own.
   * @default AllowedRoutes.sameNamespace()
   */
  readonly allowedRoutes?: AllowedRoutes;
  /**
   * The type of the gateway's Service (the `networking.istio.io/service-type` annotation istiod reads).
   * @default - LoadBalancer (istiod's default)
   */
  readonly serviceType?: GatewayServiceType;
  /**
   * Labels for the Deployment, Service and ServiceAccount istiod creates (`spec.infrastructure.labels`, at most 8).
   * When set, they replace the labels istiod would otherwise copy from the Gateway.
   * @default - none
   */
  readonly infrastructureLabels?: { [key: string]: string };
  /**
   * Annotations for the Deployment, Service and ServiceAccount istiod creates (`spec.infrastructure.annotations`, at
   * most 8): cloud load balancer settings go here. When set, they replace the annotations istiod would otherwise copy
   * from the Gateway.
   * @default - none
   */
  readonly infrastructureAnnotations?: { [key: string]: string };
}

/** Gateway class whose gateways istiod deploys and programs. */
export const ISTIO_GATEWAY_CLASS = 'istio';
/** Suffix istiod appends to the Gateway name for the Deployment and Service it creates (`<name>-<class>`). */
const DEPLOYED_SUFFIX = `-${ISTIO_GATEWAY_CLASS}`;
const MAX_LISTENERS = 64;
const MAX_CERTIFICATES = 2;
const MAX_INFRASTRUCTURE_ENTRIES = 8;
const MAX_ANNOTATION_VALUE = 4096;
const DEFAULT_NAMESPACE = 'default';

/**
 * An ingress gateway that istiod deploys: a Gateway API `Gateway` of class `istio` with HTTP and HTTPS listeners.
 * Routes attach to it with a parentRef (`CanaryService.exposeVia`). A certificate Secret in another namespace gets
 * a ReferenceGrant there (without one istiod refuses the reference).
 */
export class IngressGateway extends Construct implements IIngressGateway {
  /**
   * An Istio `Gateway` (networking.istio.io) that exists already, e.g. the `istio-ingressgateway` installation's
   * (`'istio-ingress/public'`). Nothing is emitted for it; a CanaryService exposed through it binds its
   * VirtualService to `['<namespace>/<name>', 'mesh']`, so in-mesh routing stays as it was.
   */
  public static fromIstioGateway(qualifiedName: string): IIngressGateway {
    return IngressGatewayRef._fromIstioGateway(qualifiedName, 'IngressGateway.fromIstioGateway');
  }

  /** The Gateway's name. */
  public readonly name: string;
  /** The Gateway's namespace. */
  public readonly namespace: string;
  /** Name of the Deployment and Service istiod creates for this gateway. */
  public readonly deployedName: string;
  /** The listener names, in order. */
  public readonly listenerNames: string[];
  /** The emitted Gateway. */
  public readonly gateway: ApiObject;
  /** One ReferenceGrant per other namespace holding certificate Secrets. */
  public readonly referenceGrants: ApiObject[];

  public constructor(scope: Construct, id: string, props: IngressGatewayProps) {
    super(scope, id);
    MeshValidation.enable(this);
    const name = props?.name;
    const errors = PropErrors.forConstruct('IngressGateway', id);
    if (typeof name !== 'string' || !isDns1035Label(name) || name.length > 63 - DEPLOYED_SUFFIX.length) {
      throw errors.mustBe('name', `a DNS-1035 label of at most ${63 - DEPLOYED_SUFFIX.length} characters (istiod names ` +
        `the gateway's Service "<name>${DEPLOYED_SUFFIX}")`, name);
    }
    this.name = name;
    this.deployedName = `${name}${DEPLOYED_SUFFIX}`;
    if (props.namespace !== undefined) {
      const nsError = typeof props.namespace === 'string' ? dns1123LabelError(props.namespace) : 'must be a string';
      if (nsError) throw errors.invalid('namespace', nsError);
    }
    this.namespace = props.namespace ?? Chart.of(this).namespace ?? DEFAULT_NAMESPACE;

    const allowedRoutes = props.allowedRoutes ?? AllowedRoutes.sameNamespace();
    checkAllowedRoutes(errors, 'allowedRoutes', allowedRoutes);
    const listeners = props.listeners ?? [GatewayListener.http()];
    if (!Array.isArray(listeners) || listeners.length === 0 || listeners.length > MAX_LISTENERS) {
      throw errors.mustBe('listeners', `a list of 1 to ${MAX_LISTENERS} GatewayListener`, listeners);
    }
    const rendered = listeners.map((l, i) => renderListener(errors, `listeners[${i}]`, l, allowedRoutes, this.namespace));
    checkListenerSet(errors, rendered);
    this.listenerNames = rendered.map((l) => l.name);

    if (props.serviceType !== undefined && !isEnumValue(GatewayServiceType, props.serviceType)) {
      throw errors.mustBe('serviceType', enumChoices('GatewayServiceType', GatewayServiceType), props.serviceType);
    }
    const labels = checkInfrastructure(errors, 'infrastructureLabels', props.infrastructureLabels, true);
    const annotations = checkInfrastructure(errors, 'infrastructureAnnotations', props.infrastructureAnnotations, false);

    const spec: GatewaySpecJson = {
      gatewayClassName: ISTIO_GATEWAY_CLASS,
      listeners: rendered,
      ...(labels || annotations ? { infrastructure: { ...(labels ? { labels } : {}), ...(annotations ? { annotations } : {}) } } : {}),
    };
    this.gateway = plainApiObject(this, 'Gateway', GATEWAY_GVK, {
      metadata: {
        name,
        namespace: this.namespace,
        ...(props.serviceType ? { annotations: { [GATEWAY_SERVICE_TYPE_ANNOTATION]: props.serviceType } } : {}),
      },
      spec,
    });
    this.referenceGrants = this.renderReferenceGrants(rendered);
  }

  /** Routes attach to a Gateway API gateway by parentRef (the routing interface of `CanaryService.exposeVia`). */
  public gatewayApiParentRef(): GatewayParentRef | undefined {
    return { name: this.name, namespace: this.namespace };
  }

  /** Not an Istio `Gateway`. */
  public istioGatewayName(): string | undefined {
    return undefined;
  }

  private renderReferenceGrants(listeners: readonly ListenerJson[]): ApiObject[] {
    const byNamespace = new Map<string, Set<string>>();
    for (const l of listeners) {
      for (const ref of l.tls?.certificateRefs ?? []) {
        if (ref.namespace === undefined || ref.namespace === this.namespace) continue;
        let names = byNamespace.get(ref.namespace);
        if (!names) byNamespace.set(ref.namespace, names = new Set());
        names.add(ref.name);
      }
    }
    return [...byNamespace].map(([namespace, names]) => {
      const spec: ReferenceGrantSpecJson = {
        from: [{ group: GATEWAY_API_GROUP, kind: GATEWAY_GVK.kind, namespace: this.namespace }],
        to: [...names].sort().map((n) => ({ group: '', kind: 'Secret', name: n })),
      };
      return plainApiObject(this, `ReferenceGrant-${namespace}`, REFERENCE_GRANT_GVK, {
        metadata: { name: `${this.name}-certificates-${this.namespace}`.slice(0, 253), namespace },
        spec,
      });
    });
  }
}

function checkAllowedRoutes(errors: PropErrors, prop: string, value: unknown): void {
  if (!(value instanceof AllowedRoutes)) {
    throw errors.mustBe(prop, 'an AllowedRoutes (e.g. AllowedRoutes.allNamespaces())', value);
  }
  const error = value._error();
  if (error) throw errors.invalid(prop, error);
}

function renderListener(errors: PropErrors, prop: string, listener: unknown, gatewayRoutes: AllowedRoutes,
  gatewayNamespace: string): ListenerJson {
  if (!(listener instanceof GatewayListener)) {
    throw errors.mustBe(prop, 'a GatewayListener (GatewayListener.http() or GatewayListener.https({...}))', listener);
  }
  const https = listener.protocol === ListenerProtocol.HTTPS;
  const o = listener._options;
  const name = o.name ?? (https ? 'https' : 'http');
  const nameError = typeof name === 'string' ? dns1123SubdomainError(name) : 'must be a string';
  if (nameError) throw errors.invalid(`${prop}.name`, nameError);
  const port = checkInteger(errors, `${prop}.port`, o.port ?? (https ? 443 : 80), 1, 65535);
  if (ISTIO_RESERVED_PORTS.includes(port)) {
    throw errors.mustBe(`${prop}.port`, `a port the gateway's proxy does not use itself (not ${ISTIO_RESERVED_PORTS.join(', ')})`, port);
  }
  if (o.hostname !== undefined && (typeof o.hostname !== 'string' || o.hostname.length > 253 || !isWildcardHostname(o.hostname))) {
    throw errors.mustBe(`${prop}.hostname`, 'a lower-case DNS name, optionally starting with "*." (e.g. "billing.example.com")', o.hostname);
  }
  const routes = o.allowedRoutes ?? gatewayRoutes;
  checkAllowedRoutes(errors, `${prop}.allowedRoutes`, routes);
  return {
    name,
    port,
    protocol: listener.protocol,
    ...(o.hostname !== undefined ? { hostname: o.hostname } : {}),
    ...(https ? { tls: { mode: 'Terminate', certificateRefs: certificateRefs(errors, `${prop}.certificates`, listener._certificates, gatewayNamespace) } } : {}),
    allowedRoutes: routes._toJson(),
  };
}

function certificateRefs(errors: PropErrors, prop: string, value: unknown, gatewayNamespace: string): SecretObjectReferenceJson[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_CERTIFICATES) {
    throw errors.mustBe(prop, `a list of 1 or ${MAX_CERTIFICATES} certificate Secrets (Istio takes at most two, of different key types)`, value);
  }
  return value.map((c: CertificateSecret, i) => {
    const name = c?.name;
    const nameError = typeof name === 'string' ? dns1123SubdomainError(name) : 'must be a string';
    if (nameError) throw errors.invalid(`${prop}[${i}].name`, nameError);
    const ns = c.namespace;
    if (ns !== undefined) {
      const nsError = typeof ns === 'string' ? dns1123LabelError(ns) : 'must be a string';
      if (nsError) throw errors.invalid(`${prop}[${i}].namespace`, nsError);
    }
    return { group: '', kind: 'Secret', name, ...(ns !== undefined && ns !== gatewayNamespace ? { namespace: ns } : {}) };
  });
}

/** The Gateway API's rules across listeners (CRD CEL and the ProtocolConflict condition). */
function checkListenerSet(errors: PropErrors, listeners: readonly ListenerJson[]): void {
  const names = new Set<string>();
  const bindings = new Set<string>();
  const protocolOfPort = new Map<number, string>();
  listeners.forEach((l, i) => {
    if (names.has(l.name)) throw errors.mustBe(`listeners[${i}].name`, 'unique among the listeners (routes attach to a listener by name)', l.name);
    names.add(l.name);
    const binding = `${l.port}/${l.protocol}/${l.hostname ?? ''}`;
    if (bindings.has(binding)) {
      throw errors.about(`listeners[${i}]`, `repeats port ${l.port}, protocol ${l.protocol} and hostname ` +
        `${JSON.stringify(l.hostname ?? '*')} of an earlier listener; each combination must be unique`);
    }
    bindings.add(binding);
    const other = protocolOfPort.get(l.port);
    if (other !== undefined && other !== l.protocol) {
      throw errors.about(`listeners[${i}]`, `puts ${l.protocol} on port ${l.port}, which an earlier listener uses for ` +
        `${other}; listeners sharing a port must share the protocol (else the Gateway reports ProtocolConflict)`);
    }
    protocolOfPort.set(l.port, l.protocol);
  });
}

function checkInfrastructure(errors: PropErrors, prop: string, value: unknown, labels: boolean): { [key: string]: string } | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw errors.mustBe(prop, 'a map of strings', value);
  const map = value as { [key: string]: string };
  const keys = Object.keys(map);
  if (keys.length > MAX_INFRASTRUCTURE_ENTRIES) {
    throw errors.mustBe(prop, `at most ${MAX_INFRASTRUCTURE_ENTRIES} entries (Gateway API's limit)`, `${keys.length} entries`);
  }
  if (labels) {
    const problems = labelMapErrors(map);
    if (problems.length > 0) throw errors.invalid(prop, problems.join('; '));
  } else {
    for (const key of keys) {
      const keyError = labelKeyError(key);
      if (keyError) throw errors.invalid(prop, keyError);
      if (typeof map[key] !== 'string' || map[key].length > MAX_ANNOTATION_VALUE) {
        throw errors.mustBe(`${prop}["${key}"]`, `a string of at most ${MAX_ANNOTATION_VALUE} characters`, map[key]);
      }
    }
  }
  return keys.length > 0 ? { ...map } : undefined;
}
