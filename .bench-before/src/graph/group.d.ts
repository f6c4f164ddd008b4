/** Nodes grouped by namespace once, so renderers stay linear in the graph (a filter per namespace would not). */
import { GraphNode, MeshGraph } from './model';
export declare function nodesByNamespace(graph: MeshGraph): Map<string | undefined, GraphNode[]>;
