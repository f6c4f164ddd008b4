import { MeshGraph } from './model';
/** Mermaid's entity codes for the characters a quoted label cannot hold. */
export declare function mermaidText(text: string): string;
export declare function renderMermaid(graph: MeshGraph): string;
