import { MeshGraph } from './model';
export declare function renderMarkdown(graph: MeshGraph): string;
