/** The picture on disk: both files replaced whole, no temporary file left behind (synth and the CLI write it). */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeMeshPicture } from '../../src/graph';
import { exampleObjects, svgTexts } from './inputs';

test('writeMeshPicture creates the directory, replaces an older picture and leaves only mesh.md and mesh.svg', () => {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-istio-graph-')), 'dist-graph');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'mesh.md'), 'an older picture');
  const graph = writeMeshPicture(exampleObjects(), dir);
  expect(fs.readdirSync(dir).sort()).toEqual(['mesh.md', 'mesh.svg']);
  const md = fs.readFileSync(path.join(dir, 'mesh.md'), 'utf8');
  expect(md).not.toContain('an older picture');
  expect(md).toContain('| ledger-service | 1 | any request | ledger-service v3 | 80% | HTTPRoute ledger/ledger-service | ok |');
  expect(svgTexts(fs.readFileSync(path.join(dir, 'mesh.svg'), 'utf8'))).toContain('billing-service v2');
  expect(graph.edges.length).toBeGreaterThan(0);
});
