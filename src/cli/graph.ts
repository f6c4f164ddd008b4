/**
 * `cdk8s-istio graph <inputs>`: the mesh as a picture for review. Writes mesh.md (Mermaid + tables) and mesh.svg
 * (Graphviz) into `--out` (default: the current directory), or the graph as JSON to stdout with `--format json`.
 * Both files are rendered before either is written, and each is written to a temporary name and renamed, so a
 * failure never leaves half a picture. Exit 1 when analysis found errors (the picture is still written: it shows them).
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildMeshGraph, MeshGraph, renderMarkdown, renderSvg } from '../graph';
import { Severity } from '../validation/finding';
import { OutputFormat } from './args';
import { InputFile } from './inputs';
import { Writer } from './report';

export const GRAPH_FILES = ['mesh.md', 'mesh.svg'];

function hasErrors(graph: MeshGraph): boolean {
  const holders = [graph, ...graph.namespaces, ...graph.nodes, ...graph.edges];
  return holders.some((h) => h.findings.some((f) => f.severity === Severity.ERROR));
}

function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

/** Builds and writes the graph; resolves to true when analysis found errors. */
export async function writeGraph(format: OutputFormat, outDir: string, inputs: readonly InputFile[],
  stdout: Writer): Promise<boolean> {
  const objects: object[] = [];
  for (const input of inputs) for (const doc of input.documents) objects.push(doc.object);
  const graph = buildMeshGraph(objects);
  if (format === OutputFormat.JSON) {
    stdout.write(`${JSON.stringify(graph, undefined, 2)}\n`);
    return hasErrors(graph);
  }
  const markdown = renderMarkdown(graph);
  const svg = await renderSvg(graph);
  fs.mkdirSync(outDir, { recursive: true });
  writeAtomically(path.join(outDir, 'mesh.md'), markdown);
  writeAtomically(path.join(outDir, 'mesh.svg'), svg);
  stdout.write(`wrote ${GRAPH_FILES.map((f) => path.join(outDir, f)).join(' and ')}: ` +
    `${graph.nodes.length} nodes, ${graph.edges.length} edges in ${graph.namespaces.length} namespaces\n`);
  return hasErrors(graph);
}
