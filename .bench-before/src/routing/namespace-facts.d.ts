/**
 * Per-namespace mesh facts that constructs share: the data plane a StrictMtlsNamespace labels a namespace for,
 * and the waypoint that handles its services. StrictMtlsNamespace and Waypoint record them in the app's MeshState;
 * CanaryService reads them.
 */
import { IConstruct } from 'constructs';
import { NamespaceFacts } from '../shared/mesh-state';
export type { NamespaceFacts } from '../shared/mesh-state';
/** Adds facts about a namespace (later facts win field by field). */
export declare function recordNamespaceFacts(scope: IConstruct, namespace: string, facts: NamespaceFacts): void;
/** What the app's constructs say about a namespace so far. */
export declare function namespaceFacts(scope: IConstruct, namespace: string): NamespaceFacts;
