/**
 * mesh.svg: the DOT graph laid out and drawn by Graphviz compiled to WebAssembly (@viz-js/viz), so no browser,
 * no native binary and no download at install time are needed.
 */
import { renderDot } from './dot';
import { MeshGraph } from './model';

interface VizInstance {
  renderString(dot: string, options: { format: string }): string;
}

let viz: Promise<VizInstance> | undefined;

/** Graphviz is loaded on first use: the other commands never pay for its WebAssembly. */
function graphviz(): Promise<VizInstance> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  viz ??= (require('@viz-js/viz') as { instance(): Promise<VizInstance> }).instance();
  return viz;
}

export async function renderSvg(graph: MeshGraph): Promise<string> {
  return (await graphviz()).renderString(renderDot(graph), { format: 'svg' });
}
