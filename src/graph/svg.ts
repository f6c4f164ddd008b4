/**
 * mesh.svg: the DOT graph laid out and drawn by Graphviz compiled to WebAssembly (@viz-js/viz), so no browser,
 * no native binary and no download at install time are needed.
 *
 * Synchronous on purpose: cdk8s's synth is synchronous (MeshGraph draws inside `IstioApp.synth()`), while
 * @viz-js/viz only offers an asynchronous `instance()`. The layout therefore runs in a worker thread that the
 * calling thread waits for with `Atomics.wait`, then takes the SVG with `receiveMessageOnPort`: one code path for
 * synth and the CLI, and the WebAssembly is only loaded when something is drawn.
 */
import { MessageChannel, receiveMessageOnPort, Worker } from 'worker_threads';
import { renderDot } from './dot';
import { GraphData } from './model';

/** Far above the layout of any graph under the diagram node limit (the example takes well under a second). */
const LAYOUT_TIMEOUT_MS = 120_000;

/**
 * The worker: renders workerData.dot with Graphviz, posts `{ svg }` or `{ error }` on the port, then flags `done`.
 * Every path ends in the flag, so the waiting thread never waits for a worker that has given up.
 */
const WORKER_SOURCE = `
const { workerData } = require('worker_threads');
const { dot, done, port, vizPath } = workerData;
const finish = (reply) => {
  port.postMessage(reply);
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
};
try {
  require(vizPath).instance().then(
    (viz) => {
      try { finish({ svg: viz.renderString(dot, { format: 'svg' }) }); }
      catch (e) { finish({ error: String(e && e.message || e) }); }
    },
    (e) => finish({ error: String(e && e.message || e) }));
} catch (e) { finish({ error: String(e && e.message || e) }); }
`;

interface LayoutReply {
  readonly svg?: string;
  readonly error?: string;
}

/**
 * Lays out a DOT graph with Graphviz's `dot` engine and returns the SVG; throws with Graphviz's message on failure,
 * or when the layout takes longer than `timeoutMs`.
 */
export function layoutSvg(dot: string, timeoutMs: number = LAYOUT_TIMEOUT_MS): string {
  const done = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { dot, done, port: port2, vizPath: require.resolve('@viz-js/viz') },
    transferList: [port2],
  });
  worker.unref();
  try {
    if (Atomics.wait(done, 0, 0, timeoutMs) === 'timed-out') {
      throw new Error(`cdk8s-istio: Graphviz did not finish the layout within ${timeoutMs / 1000} s`);
    }
    const reply = receiveMessageOnPort(port1)?.message as LayoutReply | undefined;
    if (reply?.svg === undefined) throw new Error(`cdk8s-istio: Graphviz failed to draw mesh.svg: ${reply?.error ?? 'no reply'}`);
    return reply.svg;
  } finally {
    port1.close();
    void worker.terminate();
  }
}

/** The graph as SVG (the DOT rendering of dot.ts, laid out by Graphviz). */
export function renderSvg(graph: GraphData): string {
  return layoutSvg(renderDot(graph));
}
