/** Runs the CLI in-process with captured streams, and writes fixture trees. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Readable } from 'stream';
import { run } from '../../src/cli/run';

export interface CliResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** What the CLI wrote, one entry per `write` call (for tests of how the output is chunked). */
export interface CliWrites {
  readonly status: number;
  readonly stdout: readonly string[];
  readonly stderr: readonly string[];
}

/** Standard input for a run: its content, or a stream (e.g. one that ends without data). */
export type CliStdin = string | Buffer | Readable;

export async function cliWrites(args: string[], stdin: CliStdin = ''): Promise<CliWrites> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = await run(args, {
    stdout: { write: (s: string) => { stdout.push(s); } },
    stderr: { write: (s: string) => { stderr.push(s); } },
    stdin: stdin instanceof Readable ? stdin : Readable.from([Buffer.isBuffer(stdin) ? stdin : Buffer.from(stdin)]),
  });
  return { status, stdout, stderr };
}

export async function cli(args: string[], stdin: CliStdin = ''): Promise<CliResult> {
  const r = await cliWrites(args, stdin);
  return { status: r.status, stdout: r.stdout.join(''), stderr: r.stderr.join('') };
}

/** Creates a temp dir holding `files` (relative path → content) and returns its path. */
export function fixture(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-istio-cli-'));
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
  }
  return dir;
}
