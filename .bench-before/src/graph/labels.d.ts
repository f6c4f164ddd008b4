/**
 * The words every rendering of the graph uses for its nodes, edges and namespaces, so that the Mermaid diagram,
 * the SVG and the table say the same thing.
 */
import { GraphEdge, GraphNamespace, GraphNode, GraphPolicy } from './model';
/** A fraction as a percentage with at most two decimals: 0.9 → `90%`, 1/3 → `33.33%`. */
export declare function percent(fraction: number): string;
/** A Service FQDN as people say it: `reviews` for `reviews.default.svc.cluster.local`. */
export declare function shortHost(fqdn: string): string;
export declare function nodeLabel(node: GraphNode): string;
export declare function edgeLabel(edge: GraphEdge): string;
export declare function mtlsLabel(ns: GraphNamespace): string;
export declare function namespaceTitle(ns: GraphNamespace): string;
export declare function policyLabel(p: GraphPolicy): string;
