/**
 * Writes mesh.md and mesh.svg for a set of manifests: both are rendered before either is written, and each file is
 * written under a temporary name and renamed, so a failure never leaves half a picture. Used by `cdk8s-istio graph`
 * and by the example app's synth (next to dist/, not inside it, so `kubectl apply -f dist/` stays clean).
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildMeshGraph } from './build-graph';
import { renderMarkdown } from './markdown';
import { MeshGraph } from './model';
import { renderSvg } from './svg';

export const PICTURE_FILES: readonly string[] = ['mesh.md', 'mesh.svg'];

function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

/** Draws the graph into `dir` (created when missing); resolves to the graph drawn. */
export async function writeMeshPicture(objects: readonly object[], dir: string): Promise<MeshGraph> {
  const graph = buildMeshGraph(objects);
  const markdown = renderMarkdown(graph);
  const svg = await renderSvg(graph);
  fs.mkdirSync(dir, { recursive: true });
  writeAtomically(path.join(dir, PICTURE_FILES[0]), markdown);
  writeAtomically(path.join(dir, PICTURE_FILES[1]), svg);
  return graph;
}
