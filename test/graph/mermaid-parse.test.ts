/**
 * Every Mermaid diagram we write parses with the `mermaid` package's own parser (what GitHub renders mesh.md with):
 * the example's mesh.md, the bookinfo-like inputs (with findings: red edges, grey versions; and the Gateway API one), a summarized diagram,
 * and both diagrams of a `graph --diff`. mermaid is ESM-only and needs a DOM, so tools/mermaid-parse.mjs runs it in
 * a child process under jsdom; a diagram broken on purpose must fail there, or the check checks nothing.
 */
import { execFileSync } from 'child_process';
import * as path from 'path';
import { Testing } from 'cdk8s';
import { buildMeshGraph, renderDiffMarkdown, renderMarkdown } from '../../src/graph';
import { BILLING_SERVICE, buildExampleMesh } from '../../src/main';
import { bookinfoGatewayApiObjects, bookinfoObjects, exampleObjects } from './inputs';

interface Parsed {
  readonly name: string;
  readonly ok: boolean;
  readonly type?: string;
  readonly error?: string;
}

const PARSER = path.join(__dirname, 'tools', 'mermaid-parse.mjs');

function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]);
}

function parseAll(diagrams: Array<{ name: string; text: string }>): Parsed[] {
  const out = execFileSync(process.execPath, [PARSER], { input: JSON.stringify(diagrams), encoding: 'utf8', timeout: 60_000 });
  return JSON.parse(out) as Parsed[];
}

function releasedWithWeight(canaryWeight: number): object[] {
  const app = Testing.app();
  buildExampleMesh(app, { ...BILLING_SERVICE, canaryWeight });
  return app.charts.flatMap((c) => c.toJson());
}

test('every diagram we write parses with mermaid.parse, and a broken one does not', () => {
  const example = renderMarkdown(buildMeshGraph(exampleObjects()));
  const bookinfo = renderMarkdown(buildMeshGraph(bookinfoObjects()));
  const gatewayApi = renderMarkdown(buildMeshGraph(bookinfoGatewayApiObjects()));
  const summarized = renderMarkdown(buildMeshGraph(exampleObjects()), 4);
  const diff = renderDiffMarkdown(buildMeshGraph(releasedWithWeight(10)), buildMeshGraph(releasedWithWeight(50)));
  expect(diff).toContain('| routing | VirtualService billing/billing-service: billing-service → billing-service v2 (any request) | 10% | 50% |');
  expect(summarized).toContain('more than the diagram limit of 4 nodes');
  const diagrams = [
    { name: 'example', text: mermaidBlocks(example) },
    { name: 'bookinfo', text: mermaidBlocks(bookinfo) },
    { name: 'summarized', text: mermaidBlocks(summarized) },
    { name: 'bookinfo Gateway API', text: mermaidBlocks(gatewayApi) },
    { name: 'diff', text: mermaidBlocks(diff) },
  ].flatMap(({ name, text }) => text.map((t, i) => ({ name: `${name} #${i + 1}`, text: t })));
  expect(diagrams.map((d) => d.name)).toEqual(['example #1', 'bookinfo #1', 'summarized #1', 'bookinfo Gateway API #1', 'diff #1', 'diff #2']);
  // The bookinfo diagram marks findings (classes and a red linkStyle), the parts a hand check would miss.
  expect(diagrams[1].text).toMatch(/\n {2}class .* broken\n/);
  expect(diagrams[1].text).toMatch(/\n {2}linkStyle \d+(,\d+)* stroke:#cc0000/);

  // Broken on purpose: an unbalanced quote in a label, and a linkStyle for an edge that does not exist.
  const broken = [
    { name: 'unbalanced quote', text: diagrams[0].text.replace('"', '') },
    { name: 'linkStyle out of range', text: `${diagrams[0].text}  linkStyle 999 stroke:#cc0000\n` },
  ];
  const results = parseAll([...diagrams, ...broken]);
  expect(results.slice(0, diagrams.length)).toEqual(diagrams.map((d) => ({ name: d.name, ok: true, type: 'flowchart-v2' })));
  expect(results.slice(diagrams.length).map((r) => [r.name, r.ok])).toEqual([['unbalanced quote', false], ['linkStyle out of range', false]]);
  expect(results[diagrams.length].error).toContain('Parse error on line 2');
});
