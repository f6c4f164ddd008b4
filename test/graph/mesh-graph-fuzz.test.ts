/**
 * MeshGraph given hostile props from plain JavaScript (the shared hostile values of test/fuzz/prop-fuzz.ts): either
 * a clear Error naming MeshGraph and the prop, or the value kept as a well-formed setting. The shared harness builds
 * in a plain App, which MeshGraph refuses as a whole, so this property builds in one IstioApp (MeshGraph records no
 * app-wide claims, so the runs do not interfere).
 */
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { IstioApp, MeshGraph, MeshGraphProps } from '../../src';
import { hostileValue } from '../fuzz/prop-fuzz';

const RUNS = Number(process.env.FUZZ_RUNS ?? 5000);
const PROPS = ['outdir', 'json', 'maxNodes'] as const;

test(`MeshGraph: ${RUNS} hostile prop sets`, () => {
  const app = new IstioApp({ outdir: path.join(os.tmpdir(), 'cdk8s-istio-fuzz', 'dist') });
  let run = 0;
  const drawn = fc.array(fc.tuple(fc.constantFrom(...PROPS), hostileValue), { minLength: 1, maxLength: 2 });
  fc.assert(fc.property(drawn, (changes) => {
    const props: Record<string, unknown> = {};
    for (const [prop, value] of changes) props[prop] ??= value;
    const id = `p${run++}`;
    let graph: MeshGraph;
    try {
      graph = new MeshGraph(app, id, props as MeshGraphProps);
    } catch (e) {
      expect(e).toBeInstanceOf(Error);
      const named = Object.keys(props).some((p) => (e as Error).message.startsWith(`MeshGraph '${id}': '${p}' `));
      expect({ props: Object.keys(props), message: (e as Error).message, named }).toEqual(expect.objectContaining({ named: true }));
      return;
    }
    expect(typeof graph.outdir === 'string' && graph.outdir.trim() !== '').toBe(true);
    expect(typeof graph.json).toBe('boolean');
    expect(Number.isInteger(graph.maxNodes) && graph.maxNodes >= 1 && graph.maxNodes <= 100_000).toBe(true);
    if (props.json !== undefined) expect(graph.json).toBe(props.json);
    if (props.maxNodes !== undefined) expect(graph.maxNodes).toBe(props.maxNodes);
  }), { numRuns: RUNS });
});
