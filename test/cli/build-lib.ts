/**
 * Compiles the project into lib/ (what the `cdk8s-istio` bin and the cdk8s-cli plugin run) for the tests that spawn
 * them, and spawns the compiled CLI. Test files run in parallel workers, so a lock directory keeps two compilations from writing lib/ at once.
 * tsc's exit status is not checked: files of other areas still being written may not type-check, and tsc emits
 * anyway; what is checked is that the files the tests run exist.
 */
import { spawnSync, SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CLI_JS = path.join(ROOT, 'lib', 'src', 'cli', 'main.js');
export const PLUGIN_JS = path.join(ROOT, 'lib', 'src', 'cli', 'validation-plugin.js');

const LOCK = path.join(os.tmpdir(), `cdk8s-istio-build-${Buffer.from(ROOT).toString('hex').slice(-16)}.lock`);

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function buildLib(): void {
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      const age = Date.now() - (fs.statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 120_000) fs.rmSync(LOCK, { recursive: true, force: true }); // left by a killed run
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${LOCK}`);
      sleep(200);
    }
  }
  try {
    const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: ROOT, encoding: 'utf8' });
    for (const file of [CLI_JS, PLUGIN_JS]) {
      if (!fs.existsSync(file)) throw new Error(`tsc did not produce ${file}:\n${tsc.stdout}${tsc.stderr}`);
    }
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

export interface SpawnCliOptions {
  /** Standard input. @default '' */
  readonly input?: string;
  /** Wall-clock limit; the child is killed after it. @default none */
  readonly timeoutMs?: number;
  /** Old-space limit of the child (MiB). @default Node's */
  readonly heapMiB?: number;
}

/** Runs the compiled CLI in a child process, as a user would; `seconds` is the wall-clock time it took. */
export function spawnCli(args: string[], options: SpawnCliOptions = {}): SpawnSyncReturns<string> & { seconds: number } {
  const t0 = Date.now();
  const heap = options.heapMiB === undefined ? [] : [`--max-old-space-size=${options.heapMiB}`];
  const r = spawnSync(process.execPath, [...heap, CLI_JS, ...args], {
    encoding: 'utf8', timeout: options.timeoutMs, input: options.input ?? '', maxBuffer: 256 * 1024 * 1024,
  });
  return Object.assign(r, { seconds: (Date.now() - t0) / 1000 });
}
