import { ApiObject, Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { GATEWAY_GVK, GatewaySpecJson } from '../routing/gateway-api-json';
import { recordNamespaceFacts } from '../routing/namespace-facts';
import { enumChoices, isEnumValue } from '../shared/enum-check';
import { plainApiObject } from '../shared/plain-api-object';
import { PropErrors } from '../shared/prop-errors';
import { MeshValidation } from '../synth/mesh-validation';
import { WAYPOINT_FOR_LABEL, WAYPOINT_GATEWAY_CLASS } from '../validation/util/istio-names';
import { dns1123LabelError } from '../validation/util/names';

/** Which traffic a waypoint handles (`istio.io/waypoint-for`). */
export enum WaypointTrafficType {
  /** Traffic addressed to Services that use the waypoint (Istio's default). */
  SERVICE = 'service',
  /** Traffic addressed to pods that use the waypoint directly. */
  WORKLOAD = 'workload',
  /** Both. */
  ALL = 'all',
}

/** Props of a Waypoint. */
export interface WaypointProps {
  /**
   * The Gateway's name; istiod names the waypoint's Deployment, Service and ServiceAccount the same.
   * @default 'waypoint'
   */
  readonly name?: string;
  /**
   * The namespace the waypoint runs in.
   * @default - the chart's namespace
   */
  readonly namespace?: string;
  /**
   * Which traffic the waypoint handles.
   * @default WaypointTrafficType.SERVICE
   */
  readonly trafficType?: WaypointTrafficType;
}

/** Istio's default waypoint name (`istioctl waypoint generate`). */
const DEFAULT_WAYPOINT_NAME = 'waypoint';
/** The HBONE listener every waypoint has; istiod refuses any other. */
const HBONE_LISTENER = { name: 'mesh', port: 15008, protocol: 'HBONE' };

/**
 * An ambient-mode waypoint: the L7 proxy (a Gateway of class `istio-waypoint`, deployed by istiod) that applies
 * HTTP routes and L7 policies for the services that use it. Services use it through the `istio.io/use-waypoint`
 * label on themselves or their Namespace (`StrictMtlsNamespace` with `waypoint: true` does both in one go).
 * A CanaryService created after this in the same namespace labels its Services when the Namespace does not.
 */
export class Waypoint extends Construct {
  /** The Gateway's (and the waypoint workload's) name. */
  public readonly name: string;
  /** The namespace the waypoint runs in. */
  public readonly namespace: string;
  public readonly trafficType: WaypointTrafficType;
  /** The Gateway object. */
  public readonly gateway: ApiObject;

  public constructor(scope: Construct, id: string, props: WaypointProps = {}) {
    super(scope, id);
    MeshValidation.enable(this);
    this.name = props.name ?? DEFAULT_WAYPOINT_NAME;
    const errors = PropErrors.forConstruct('Waypoint', id);
    const nameError = typeof this.name === 'string' ? dns1123LabelError(this.name) : 'must be a string';
    if (nameError) throw errors.invalid('name', nameError);
    if (this.name === 'none') throw errors.mustBe('name', "a name other than 'none' (Istio reserves it for opting out)", this.name);
    const namespace = props.namespace ?? Chart.of(this).namespace;
    if (namespace === undefined) throw errors.mustBe('namespace', "set (the chart has no namespace)", namespace);
    const nsError = typeof namespace === 'string' ? dns1123LabelError(namespace) : 'must be a string';
    if (nsError) throw errors.invalid('namespace', nsError);
    this.namespace = namespace;
    this.trafficType = props.trafficType ?? WaypointTrafficType.SERVICE;
    if (!isEnumValue(WaypointTrafficType, this.trafficType)) {
      throw errors.mustBe('trafficType', enumChoices('WaypointTrafficType', WaypointTrafficType), this.trafficType);
    }
    const spec: GatewaySpecJson = { gatewayClassName: WAYPOINT_GATEWAY_CLASS, listeners: [{ ...HBONE_LISTENER }] };
    this.gateway = plainApiObject(this, 'Gateway', GATEWAY_GVK, {
      metadata: { name: this.name, namespace: this.namespace, labels: { [WAYPOINT_FOR_LABEL]: this.trafficType } },
      spec,
    });
    if (this.trafficType !== WaypointTrafficType.WORKLOAD) recordNamespaceFacts(this, this.namespace, { waypoint: this.name });
  }

  /** The waypoint's mTLS identity (its ServiceAccount is named like the Gateway). */
  public principal(trustDomain: string): string {
    return `${trustDomain}/ns/${this.namespace}/sa/${this.name}`;
  }
}
