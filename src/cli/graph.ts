/**
 * `cdk8s-istio graph <inputs>`: the mesh as a picture for review. Writes mesh.md (Mermaid + tables) and mesh.svg
 * (Graphviz) into `--out` (default: the current directory), or the graph as JSON to stdout with `--format json`.
 * Exit 1 when analysis found errors (the picture is still written: it shows them).
 */
import * as path from 'path';
import { buildMeshGraph, MeshGraph } from '../graph';
import { PICTURE_FILES, writeMeshPicture } from '../graph/write-picture';
import { Severity } from '../validation/finding';
import { OutputFormat } from './args';
import { InputFile } from './inputs';
import { Writer } from './report';

function hasErrors(graph: MeshGraph): boolean {
  const holders = [graph, ...graph.namespaces, ...graph.nodes, ...graph.edges];
  return holders.some((h) => h.findings.some((f) => f.severity === Severity.ERROR));
}

/** Builds and writes the graph; resolves to true when analysis found errors. */
export async function writeGraph(format: OutputFormat, outDir: string, inputs: readonly InputFile[],
  stdout: Writer): Promise<boolean> {
  const objects: object[] = [];
  for (const input of inputs) for (const doc of input.documents) objects.push(doc.object);
  if (format === OutputFormat.JSON) {
    const graph = buildMeshGraph(objects);
    stdout.write(`${JSON.stringify(graph, undefined, 2)}\n`);
    return hasErrors(graph);
  }
  const graph = await writeMeshPicture(objects, outDir);
  stdout.write(`wrote ${PICTURE_FILES.map((f) => path.join(outDir, f)).join(' and ')}: ` +
    `${graph.nodes.length} nodes, ${graph.edges.length} edges in ${graph.namespaces.length} namespaces\n`);
  return hasErrors(graph);
}
