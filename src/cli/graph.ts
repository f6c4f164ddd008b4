/**
 * `cdk8s-istio graph <inputs>`: the mesh as a picture for review. Writes mesh.md (Mermaid + tables) and mesh.svg
 * (Graphviz) into `--out` (default: the current directory), or the graph as JSON to stdout with `--format json`.
 * `--diff <before> <after>` prints what changed in routing and security instead.
 * Exit 1 when analysis found errors (the picture is still written: it shows them).
 */
import * as path from 'path';
import { buildMeshGraph, diffGraphs, GraphData, renderDiffMarkdown } from '../graph';
import { PICTURE_FILES, writeMeshPicture } from '../graph/write-picture';
import { Severity } from '../validation/finding';
import { CliOptions, OutputFormat } from './args';
import { InputFile } from './inputs';
import { Writer } from './report';

function hasErrors(graph: GraphData): boolean {
  const holders = [graph, ...graph.namespaces, ...graph.nodes, ...graph.edges];
  return holders.some((h) => h.findings.some((f) => f.severity === Severity.ERROR));
}

function objectsOf(inputs: readonly InputFile[]): object[] {
  const objects: object[] = [];
  for (const input of inputs) for (const doc of input.documents) objects.push(doc.object);
  return objects;
}

/**
 * `graph --diff`: the changes from <before> to <after> as Markdown with both diagrams, or as a JSON array;
 * returns true when analysis finds errors in <after> (what would be applied).
 */
export function writeGraphDiff(options: CliOptions, before: readonly InputFile[], after: readonly InputFile[],
  stdout: Writer): boolean {
  const from = buildMeshGraph(objectsOf(before));
  const to = buildMeshGraph(objectsOf(after));
  stdout.write(options.format === OutputFormat.JSON ? `${JSON.stringify(diffGraphs(from, to), undefined, 2)}\n`
    : renderDiffMarkdown(from, to, options.maxNodes));
  return hasErrors(to);
}

/** Builds and writes the graph; returns true when analysis found errors. */
export function writeGraph(options: CliOptions, inputs: readonly InputFile[], stdout: Writer): boolean {
  const objects = objectsOf(inputs);
  const outDir = options.outDir;
  if (options.format === OutputFormat.JSON) {
    const graph = buildMeshGraph(objects);
    stdout.write(`${JSON.stringify(graph, undefined, 2)}\n`);
    return hasErrors(graph);
  }
  const graph = writeMeshPicture(objects, outDir, { maxNodes: options.maxNodes });
  stdout.write(`wrote ${PICTURE_FILES.map((f) => path.join(outDir, f)).join(' and ')}: ` +
    `${graph.nodes.length} nodes, ${graph.edges.length} edges in ${graph.namespaces.length} namespaces\n`);
  return hasErrors(graph);
}
