import { MeshGraph } from './model';
/** A DOT double-quoted string. */
export declare function dotString(text: string): string;
export declare function renderDot(graph: MeshGraph): string;
