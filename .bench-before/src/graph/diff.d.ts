import { MeshGraph } from './model';
export interface GraphChange {
    /** `routing` or `security`. */
    readonly area: string;
    /** The route or namespace fact that changed. */
    readonly subject: string;
    /** undefined when the subject is new. */
    readonly before: string | undefined;
    /** undefined when the subject is gone. */
    readonly after: string | undefined;
}
export declare function diffGraphs(before: MeshGraph, after: MeshGraph): GraphChange[];
/** The changes as a Markdown table, followed by both diagrams. */
export declare function renderDiffMarkdown(before: MeshGraph, after: MeshGraph): string;
