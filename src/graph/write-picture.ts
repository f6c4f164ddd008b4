/**
 * Writes mesh.md and mesh.svg (and mesh.json on request) for a set of manifests: everything is rendered before
 * anything is written, and each file is written under a temporary name and renamed, so a failure never leaves half
 * a picture. The one drawing path of `cdk8s-istio graph` and of the MeshGraph construct (after IstioApp's synth).
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildMeshGraph } from './build-graph';
import { renderMarkdown } from './markdown';
import { GraphData } from './model';
import { DEFAULT_MAX_DIAGRAM_NODES, diagramView } from './summary';
import { renderSvg } from './svg';

export const PICTURE_FILES: readonly string[] = ['mesh.md', 'mesh.svg'];
export const JSON_FILE = 'mesh.json';

export interface PictureOptions {
  /** Also write mesh.json (the graph as data). */
  readonly json?: boolean;
  /** Above this many nodes the diagrams show one box per namespace (summary.ts). */
  readonly maxNodes?: number;
}

function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

/** Draws the graph of `objects` into `dir` (created when missing); returns the graph drawn. */
export function writeMeshPicture(objects: readonly object[], dir: string, options: PictureOptions = {}): GraphData {
  const graph = buildMeshGraph(objects);
  const maxNodes = options.maxNodes ?? DEFAULT_MAX_DIAGRAM_NODES;
  const files: Array<[string, string]> = [
    [PICTURE_FILES[0], renderMarkdown(graph, maxNodes)],
    [PICTURE_FILES[1], renderSvg(diagramView(graph, maxNodes).graph)],
  ];
  if (options.json === true) files.push([JSON_FILE, `${JSON.stringify(graph, undefined, 2)}\n`]);
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of files) writeAtomically(path.join(dir, name), text);
  return graph;
}
