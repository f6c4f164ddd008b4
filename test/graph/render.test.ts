/**
 * The renderings drawn from the graph: the Mermaid text passes a strict structural check of the flowchart grammar
 * we emit (fast, in-process; mermaid-parse.test.ts runs the `mermaid` package's own parser in a child process), the SVG
 * is well-formed XML holding the version labels and weights, and the Markdown table says the same facts.
 */
import { XMLValidator } from 'fast-xml-parser';
import { buildMeshGraph, renderMarkdown, renderMermaid, renderSvg } from '../../src/graph';
import { mermaidText } from '../../src/graph/mermaid';
import { layoutSvg } from '../../src/graph/svg';
import { bookinfoObjects, exampleObjects, svgTexts } from './inputs';

const LABEL = '"[^"]*"';
const ID = '[A-Za-z][A-Za-z0-9_]*';
const NODE = new RegExp(`^(${ID})(\\[${LABEL}\\]|\\(${LABEL}\\)|\\{\\{${LABEL}\\}\\}|\\[\\[${LABEL}\\]\\]|>${LABEL}\\])$`);
const EDGE = new RegExp(`^(${ID}) (-->|-\\.->)\\|${LABEL}\\| (${ID})$`);
const SUBGRAPH = new RegExp(`^subgraph (${ID})\\[${LABEL}\\]$`);

/**
 * Checks every line against the productions renderMermaid emits; returns the declared node ids and edge count.
 * Throws naming the first line that is not one of them.
 */
function checkMermaid(text: string): { nodes: Set<string>; edges: number } {
  const lines = text.trimEnd().split('\n');
  if (lines[0] !== 'flowchart LR') throw new Error(`first line is not 'flowchart LR': ${lines[0]}`);
  const nodes = new Set<string>();
  const classes = new Set<string>();
  let depth = 0;
  let edges = 0;
  for (const raw of lines.slice(1)) {
    const line = raw.trim();
    let m: RegExpExecArray | null;
    if ((m = SUBGRAPH.exec(line))) depth++;
    else if (line === 'end') { if (--depth < 0) throw new Error('end without subgraph'); }
    else if ((m = NODE.exec(line))) { if (nodes.has(m[1])) throw new Error(`node ${m[1]} declared twice`); nodes.add(m[1]); }
    else if ((m = EDGE.exec(line))) {
      for (const id of [m[1], m[3]]) if (!nodes.has(id)) throw new Error(`edge to undeclared node ${id}: ${line}`);
      edges++;
    } else if ((m = /^classDef (\w+) [\w:#,-]+$/.exec(line))) classes.add(m[1]);
    else if ((m = /^class ([\w,]+) (\w+)$/.exec(line))) {
      if (!classes.has(m[2])) throw new Error(`class ${m[2]} used before classDef`);
      for (const id of m[1].split(',')) if (!nodes.has(id)) throw new Error(`class on undeclared node ${id}`);
    } else if ((m = /^linkStyle ([\d,]+) [\w:#,-]+$/.exec(line))) {
      for (const i of m[1].split(',')) if (Number(i) >= edges) throw new Error(`linkStyle ${i} beyond ${edges} edges`);
    } else throw new Error(`not a flowchart line: ${line}`);
  }
  if (depth !== 0) throw new Error('subgraph without end');
  return { nodes, edges };
}

describe('Mermaid', () => {
  test.each([['example', exampleObjects], ['bookinfo', bookinfoObjects]])('the %s diagram is a well-formed flowchart', (_, objects) => {
    const graph = buildMeshGraph(objects());
    const text = renderMermaid(graph);
    const { edges } = checkMermaid(text);
    expect(edges).toBe(graph.edges.length);
    expect(text).toMatch(/subgraph ns\d+\["billing · sidecar · mTLS STRICT"\]|subgraph ns\d+\["default · unknown · mTLS STRICT \(mesh-wide\)"\]/);
  });

  test('the structural check rejects what Mermaid would reject', () => {
    expect(() => checkMermaid('flowchart LR\n  a["x"]\n  a --> b')).toThrow('not a flowchart line: a --> b');
    expect(() => checkMermaid('flowchart LR\n  a["x"]\n  a -->|"y"| b')).toThrow('edge to undeclared node b');
    expect(() => checkMermaid('flowchart LR\n  subgraph s["t"]')).toThrow('subgraph without end');
    expect(() => checkMermaid('flowchart LR\n  a["x "y""]')).toThrow('not a flowchart line');
  });

  test('labels escape what a quoted Mermaid label cannot hold', () => {
    expect(mermaidText('a "b" <c> #d')).toBe('a #quot;b#quot; #lt;c#gt; #35;d');
  });

  test('the bookinfo diagram greys unreached versions and draws broken routes red', () => {
    const text = renderMermaid(buildMeshGraph(bookinfoObjects()));
    expect(text).toMatch(/^ {2}class [n\d,]+ unreached$/m);
    expect(text).toMatch(/^ {2}linkStyle [\d,]+ stroke:#cc0000/m);
  });
});

describe('SVG', () => {
  test('the example picture is well-formed SVG with every version label and weight', () => {
    const svg = renderSvg(buildMeshGraph(exampleObjects()));
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('<svg');
    const texts = svgTexts(svg);
    for (const text of ['billing-service v1', 'billing-service v2', 'ledger-service v3', 'ledger-service v4',
      '90% · any request', '10% · any request', '80% · any request', '20% · any request',
      '100% · header x-user-region = oslo', 'waypoint', 'gateway public · billing.example.com', 'billing · sidecar · mTLS STRICT']) {
      expect(texts).toContain(text);
    }
  });

  test('the bookinfo picture is well-formed and draws the broken route red', () => {
    const svg = renderSvg(buildMeshGraph(bookinfoObjects()));
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['reviews v3', '50% · any request']));
    expect(svg).toContain('stroke="#cc0000"');
  });
});

describe('Markdown', () => {
  test('mesh.md holds the diagram, the namespace facts and the routes in rule order', () => {
    const md = renderMarkdown(buildMeshGraph(bookinfoObjects()));
    expect(md).toContain('```mermaid\nflowchart LR\n');
    expect(md).toContain('| default | unknown | STRICT (mesh-wide) | yes | allow-nothing: deny-by-default (all workloads); ' +
      'productpage-viewer: ALLOW app=productpage from cluster.local/ns/default/sa/bookinfo-gateway-istio |');
    expect(md).toContain('| reviews (not in inputs) | 0 | header end-user = jason | reviews v2 | 100% | VirtualService default/reviews | ok |');
    expect(md).toContain('| httpbin (not in inputs) | 0 | any request | httpbin v2 (not in inputs) ⚠ IST0101 | mirror 100% | VirtualService default/httpbin-mirror | broken |');
    expect(md).toContain('- error IST0101 VirtualService default/httpbin-mirror spec.http[0].route[0].destination.subset:');
  });
});

describe('layoutSvg (Graphviz in a worker, waited for synchronously)', () => {
  test('a DOT error comes back as an Error with Graphviz message', () => {
    expect(() => layoutSvg('digraph { a -> ')).toThrow('cdk8s-istio: Graphviz failed to draw mesh.svg: syntax error in line 1');
  });

  test('a layout that outlasts the timeout is an Error, not a hang', () => {
    expect(() => layoutSvg('digraph { a -> b }', 1)).toThrow('cdk8s-istio: Graphviz did not finish the layout within 0.001 s');
  });
});
