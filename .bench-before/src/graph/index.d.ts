/** The mesh graph: built from manifests, rendered as Mermaid/Markdown, Graphviz SVG or JSON. */
export { buildMeshGraph } from './build-graph';
export { renderMarkdown } from './markdown';
export { renderMermaid } from './mermaid';
export { renderDot } from './dot';
export { renderSvg } from './svg';
export * from './model';
export { writeMeshPicture, PICTURE_FILES } from './write-picture';
export { diffGraphs, renderDiffMarkdown } from './diff';
export type { GraphChange } from './diff';
