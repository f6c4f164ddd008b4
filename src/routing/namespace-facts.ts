/**
 * Per-namespace mesh facts the routing needs, kept in the app's MeshState: the data plane (recorded there by
 * StrictMtlsNamespace), the waypoint of the namespace's services (recorded there by Waypoint), and two routing
 * details MeshState does not model (which construct declared the data plane, for messages; whether the Namespace
 * itself carries `istio.io/use-waypoint`), kept in a MeshState slot.
 */
import { IConstruct } from 'constructs';
import { DataplaneMode } from '../shared/dataplane-mode';
import { MeshState } from '../shared/mesh-state';

export interface NamespaceFacts {
  /** The data plane, when a construct of the app labels the namespace. */
  readonly dataplane?: DataplaneMode;
  /** Path of the construct that declared the data plane (for messages). */
  readonly dataplaneSource?: string;
  /** The waypoint (Gateway name) that the namespace's services use, when one is in the app. */
  readonly waypoint?: string;
  /** Whether the Namespace itself carries `istio.io/use-waypoint` (otherwise Services must be labelled). */
  readonly namespaceUsesWaypoint?: boolean;
}

/** Versioned, so that two copies of the package in one app agree on the slot's shape. */
const ROUTING_FACTS = Symbol.for('cdk8s-istio.routing.namespace-facts.v1');

type RoutingDetails = Map<string, { dataplaneSource?: string; namespaceUsesWaypoint?: boolean }>;

function details(state: MeshState): RoutingDetails {
  return state._slot(ROUTING_FACTS, () => new Map()) as RoutingDetails;
}

/** Adds facts about a namespace (MeshState refuses a second, different data plane or waypoint for it). */
export function recordNamespaceFacts(scope: IConstruct, namespace: string, facts: NamespaceFacts): void {
  const state = MeshState.of(scope);
  if (facts.dataplane !== undefined || facts.waypoint !== undefined) {
    state.recordNamespace(namespace, {
      ...(facts.dataplane !== undefined ? { dataplane: facts.dataplane } : {}),
      ...(facts.waypoint !== undefined ? { waypoint: facts.waypoint } : {}),
    }, scope);
  }
  const own = details(state);
  const known = own.get(namespace) ?? {};
  own.set(namespace, {
    ...known,
    ...(facts.dataplaneSource !== undefined ? { dataplaneSource: facts.dataplaneSource } : {}),
    ...(facts.namespaceUsesWaypoint !== undefined ? { namespaceUsesWaypoint: facts.namespaceUsesWaypoint } : {}),
  });
}

/** What the app's constructs say about a namespace so far. */
export function namespaceFacts(scope: IConstruct, namespace: string): NamespaceFacts {
  const state = MeshState.find(scope);
  if (state === undefined) return {};
  const shared = state.namespaceFacts(namespace);
  const own = (state._peek(ROUTING_FACTS) as RoutingDetails | undefined)?.get(namespace);
  return {
    ...(shared?.dataplane !== undefined ? { dataplane: shared.dataplane } : {}),
    ...(shared?.waypoint !== undefined ? { waypoint: shared.waypoint } : {}),
    ...own,
  };
}
