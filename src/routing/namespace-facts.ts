/**
 * Per-namespace mesh facts that constructs share: the data plane a StrictMtlsNamespace labels a namespace for,
 * and the waypoint that handles its services. StrictMtlsNamespace and Waypoint record them on the app root;
 * CanaryService reads them. (One small module so that the store can move into the app-wide mesh state construct
 * without touching its readers.)
 */
import { IConstruct } from 'constructs';
import { DataplaneMode } from '../security/modes';

export interface NamespaceFacts {
  /** The data plane, when a construct of the app labels the namespace. */
  readonly dataplane?: DataplaneMode;
  /** Path of the construct that declared the data plane (for messages). */
  readonly dataplaneSource?: string;
  /** The waypoint (Gateway name) that the namespace's services use, when one is in the app. */
  readonly waypoint?: string;
  /** Whether the Namespace itself carries `istio.io/use-waypoint` (otherwise Services must be labelled). */
  readonly namespaceUsesWaypoint?: boolean;
  /** The trust domain of the namespace's principals. */
  readonly trustDomain?: string;
}

const store = new WeakMap<IConstruct, Map<string, NamespaceFacts>>();

/** Adds facts about a namespace (later facts win field by field). */
export function recordNamespaceFacts(scope: IConstruct, namespace: string, facts: NamespaceFacts): void {
  const root = scope.node.root;
  let byNamespace = store.get(root);
  if (!byNamespace) store.set(root, byNamespace = new Map());
  byNamespace.set(namespace, { ...byNamespace.get(namespace), ...facts });
}

/** What the app's constructs say about a namespace so far. */
export function namespaceFacts(scope: IConstruct, namespace: string): NamespaceFacts {
  return store.get(scope.node.root)?.get(namespace) ?? {};
}
