/**
 * Per-namespace mesh facts that constructs share: the data plane a StrictMtlsNamespace labels a namespace for,
 * and the waypoint that handles its services. StrictMtlsNamespace and Waypoint record them in the app's MeshState;
 * CanaryService reads them.
 */
import { IConstruct } from 'constructs';
import { MeshState, NamespaceFacts } from '../shared/mesh-state';

export type { NamespaceFacts } from '../shared/mesh-state';

/** Adds facts about a namespace (later facts win field by field). */
export function recordNamespaceFacts(scope: IConstruct, namespace: string, facts: NamespaceFacts): void {
  MeshState.of(scope).recordNamespace(namespace, facts);
}

/** What the app's constructs say about a namespace so far. */
export function namespaceFacts(scope: IConstruct, namespace: string): NamespaceFacts {
  return MeshState.find(scope)?.namespaceFacts(namespace) ?? {};
}
