/**
 * The README shows docs/mesh.svg: a committed copy of the picture the example's synth draws (dist-graph/mesh.svg).
 * Stale when the example, the graph or its rendering changes; `npm run docs:picture` refreshes it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildMeshGraph } from '../../src/graph';
import { diagramView } from '../../src/graph/summary';
import { renderSvg } from '../../src/graph/svg';
import { exampleObjects } from './inputs';

test('docs/mesh.svg is the example mesh.svg as synth draws it now (else: npm run docs:picture)', () => {
  const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'mesh.svg'), 'utf8');
  const fresh = renderSvg(diagramView(buildMeshGraph(exampleObjects())).graph);
  expect({ file: 'docs/mesh.svg', fresh: committed === fresh }).toEqual({ file: 'docs/mesh.svg', fresh: true });
  expect(fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8'))
    .toContain('(https://raw.githubusercontent.com/cdk8s-istio/cdk8s-istio/main/docs/mesh.svg)');
});
