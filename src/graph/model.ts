/**
 * The mesh graph as data: the one model the Mermaid, Graphviz/SVG and JSON renderings are all drawn from.
 * Built from manifests (see build-graph.ts), never from construct props, so it pictures any Istio or Gateway API YAML.
 */

/** How an element looks in a picture: findings decide it (an error makes an edge red; no route makes a version grey). */
export enum GraphStatus {
  OK = 'ok',
  /** An error finding concerns it, or it routes to a subset no DestinationRule defines. */
  BROKEN = 'broken',
  /** A version no route reaches. */
  UNREACHED = 'unreached',
}

export enum GraphNodeKind {
  SERVICE = 'service',
  VERSION = 'version',
  GATEWAY = 'gateway',
  WAYPOINT = 'waypoint',
  /** Diagrams above the node limit only (summary.ts): a whole namespace, its name saying what it holds. */
  SUMMARY = 'summary',
}

export enum GraphEdgeKind {
  ROUTE = 'route',
  MIRROR = 'mirror',
  /** A Service whose L7 traffic an ambient waypoint handles. */
  WAYPOINT = 'waypoint',
  /** Diagrams above the node limit only (summary.ts): the edges between two namespaces, counted in `match`. */
  SUMMARY = 'summary',
}

/** An analysis finding as the graph shows it. */
export interface GraphFinding {
  readonly severity: string;
  readonly code: string;
  readonly object: string;
  readonly path: string;
  readonly message: string;
}

/** An object (and field path inside it) a graph element was read from; findings attach through it. */
export interface GraphSource {
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly path: string;
}

/** An AuthorizationPolicy as a security fact of its namespace. */
export interface GraphPolicy {
  readonly name: string;
  /** ALLOW, DENY, AUDIT or CUSTOM (ALLOW when unset). */
  readonly action: string;
  /** The workloads it selects, e.g. `app=productpage`; `all workloads` without a selector. */
  readonly appliesTo: string;
  /** An ALLOW policy without rules: nothing is allowed (deny-by-default for what it selects). */
  readonly allowsNothing: boolean;
  /** Principals and namespaces its rules name as sources (`ns:billing`, `cluster.local/ns/x/sa/y`). */
  readonly callers: readonly string[];
}

export interface GraphNamespace {
  readonly name: string;
  /** sidecar, ambient, none, conflicting; `unknown` when the inputs lack the Namespace object. */
  readonly dataPlane: string;
  /** The mTLS mode in force: its own namespace-wide PeerAuthentication, else the mesh-wide one, else `UNSET`. */
  readonly mtls: string;
  /** Where the mode comes from: `namespace`, `mesh` (root namespace) or `default`. */
  readonly mtlsFrom: string;
  /** portLevelMtls of the namespace-wide PeerAuthentication, e.g. `8080: PERMISSIVE`. */
  readonly portExceptions: readonly string[];
  /** A namespace-wide ALLOW policy without rules: requests are denied unless another policy allows them. */
  readonly denyByDefault: boolean;
  readonly policies: readonly GraphPolicy[];
  readonly findings: GraphFinding[];
}

export interface GraphNode {
  readonly id: string;
  readonly kind: GraphNodeKind;
  /** undefined for hosts outside the cluster's service domain (ServiceEntry hosts, external names). */
  readonly namespace: string | undefined;
  /** Service FQDN, version (subset) name, or gateway name. */
  readonly name: string;
  /** For a version: the Service FQDN it is a version of. */
  readonly versionOf?: string;
  /** For an ingress gateway: the hosts it serves (listener hostnames, server hosts, its routes' hostnames). */
  readonly hosts?: string[];
  /** Whether the inputs hold the object (a Service, a DestinationRule subset, a Gateway) this node stands for. */
  readonly declared: boolean;
  status: GraphStatus;
  readonly sources: GraphSource[];
  readonly findings: GraphFinding[];
}

export interface GraphEdge {
  readonly id: string;
  readonly kind: GraphEdgeKind;
  readonly from: string;
  readonly to: string;
  /** Share of the rule's traffic, 0..1 (weights normalized over the rule's destinations); 1 for mirrors/waypoints. */
  readonly weight: number;
  /** Mirrors: the mirrored percentage (mirrorPercentage, 100 when unset). */
  readonly mirrorPercent?: number;
  /** The rule's match, e.g. `header x-user-region = oslo`; `any request` without matches. */
  readonly match: string;
  /** Position of the rule in its route (rules are tried in order). */
  readonly rule: number;
  /** `VirtualService billing/billing-service` or `HTTPRoute ledger/ledger-service`. */
  readonly via: string;
  status: GraphStatus;
  readonly sources: GraphSource[];
  readonly findings: GraphFinding[];
}

export interface GraphData {
  readonly namespaces: GraphNamespace[];
  readonly nodes: GraphNode[];
  readonly edges: GraphEdge[];
  /** Findings about objects or fields no node or edge stands for. */
  readonly findings: GraphFinding[];
}
