/**
 * Finds and reads the CLI's inputs: files, directories (recursively: *.yaml, *.yml, *.json) and stdin. Reading is
 * bounded (a size limit, checked while reading, so `/dev/zero` or an endless pipe stops), directories contribute
 * regular files only (a FIFO named `x.yaml` would block forever), and a file reached twice (named twice, or a
 * directory and a file inside it) is read once. Every problem that makes an input unusable is one message naming it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { escapeControlChars } from '../validation/util/control-chars';
import { ManifestDocument, ManifestError, parseManifests } from '../validation/manifests';

/** What one input file held, all documents at once (for commands that need a whole side, like check-transition). */
export interface InputFile {
  /** As the user named it (a path below a directory argument, or `<stdin>`). */
  readonly name: string;
  readonly documents: readonly ManifestDocument[];
}

/** One input to read: `-` (stdin) or a path, as the user named it (or below a directory argument). */
export interface InputSource {
  readonly path: string;
  /** Found by searching a directory: only a regular file is read, and opening it must not block. */
  readonly fromDirectory: boolean;
}

export const STDIN_NAME = '<stdin>';
const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json'];

/** Expands the arguments into the inputs to read, each real file once; messages for the unusable arguments. */
export function expandInputs(args: readonly string[]): { sources: InputSource[]; problems: string[] } {
  const sources: InputSource[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const add = (p: string, fromDirectory: boolean) => {
    const real = realPath(p);
    if (seen.has(real)) return;
    seen.add(real);
    sources.push({ path: p, fromDirectory });
  };
  for (const arg of args) {
    if (arg === '-') {
      sources.push({ path: arg, fromDirectory: false });
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(arg);
    } catch (e) {
      problems.push(fileProblem(arg, e));
      continue;
    }
    if (!stat.isDirectory()) {
      add(arg, false);
      continue;
    }
    const found: string[] = [];
    try {
      collectManifests(arg, found, new Set());
    } catch (e) {
      problems.push(fileProblem(arg, e));
      continue;
    }
    if (found.length === 0) problems.push(`${arg}: no .yaml, .yml or .json files in this directory (searched recursively)`);
    for (const f of found) add(f, true);
  }
  return { sources, problems };
}

function realPath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p); // unreadable: reading it reports the problem
  }
}

function collectManifests(dir: string, out: string[], seen: Set<string>): void {
  const real = fs.realpathSync(dir);
  if (seen.has(real)) return; // a symlink loop
  seen.add(real);
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    const target = e.isSymbolicLink() ? statOrUndefined(p) : e;
    if (target === undefined) continue; // a dangling link
    if (target.isDirectory()) collectManifests(p, out, seen);
    else if (target.isFile() && MANIFEST_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) out.push(p);
  }
}

function statOrUndefined(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}

/**
 * Reads one input's bytes, at most `maxBytes` of them. Throws ManifestError for too much data or NUL bytes (found
 * in the first chunk that has one, so `/dev/zero` stops at once), or the file system's error.
 * Returns undefined for a file from a directory that turned out not to be a regular file.
 */
export async function readSource(source: InputSource, maxBytes: number, stdin: NodeJS.ReadableStream): Promise<Buffer | undefined> {
  if (source.path === '-') return readStream(stdin, STDIN_NAME, maxBytes);
  // O_NONBLOCK: opening a FIFO that replaced a directory's regular file must not wait for a writer.
  const flags = source.fromDirectory ? fs.constants.O_RDONLY | fs.constants.O_NONBLOCK : fs.constants.O_RDONLY;
  const fd = fs.openSync(source.path, flags);
  try {
    const stat = fs.fstatSync(fd);
    if (source.fromDirectory && !stat.isFile()) return undefined;
    if (stat.isFile() && stat.size > maxBytes) throw tooLarge(source.path, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes - total + 1));
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total = addChunk(chunks, chunk.subarray(0, n), total, source.path, maxBytes);
    }
    return Buffer.concat(chunks, total);
  } finally {
    fs.closeSync(fd);
  }
}

async function readStream(stream: NodeJS.ReadableStream, name: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total = addChunk(chunks, typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk), total, name, maxBytes);
  }
  return Buffer.concat(chunks, total);
}

function addChunk(chunks: Buffer[], chunk: Buffer, total: number, name: string, maxBytes: number): number {
  if (chunk.includes(0)) throw new ManifestError(name, 'binary data (contains NUL bytes), not a YAML or JSON manifest');
  if (total + chunk.length > maxBytes) throw tooLarge(name, maxBytes);
  chunks.push(chunk);
  return total + chunk.length;
}

function tooLarge(name: string, maxBytes: number): ManifestError {
  return new ManifestError(name, `larger than the input size limit of ${formatBytes(maxBytes)} ` +
    '(raise it with --max-input-size)');
}

/** `268435456` → `256 MiB`; sizes that are not whole MiB or KiB stay in bytes. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes one input's bytes; throws ManifestError for bytes that are not UTF-8. */
export function decodeInput(name: string, bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ManifestError(name, 'not UTF-8 text (binary data?), not a YAML or JSON manifest');
  }
}

/** Every input of `args` read whole, or the text listing every unusable one (`cdk8s-istio: ` lines). */
export async function readInputFiles(args: readonly string[], maxBytes: number, stdin: NodeJS.ReadableStream): Promise<InputFile[] | string> {
  const { sources, problems } = expandInputs(args);
  const inputs: InputFile[] = [];
  for (const source of sources) {
    const name = sourceName(source);
    try {
      const bytes = await readSource(source, maxBytes, stdin);
      if (bytes !== undefined) inputs.push({ name, documents: parseManifests(decodeInput(name, bytes), name) });
    } catch (e) {
      problems.push(e instanceof ManifestError ? e.message : fileProblem(name, e));
    }
  }
  return problems.length > 0 ? problems.map((p) => `cdk8s-istio: ${escapeControlChars(p)}\n`).join('') : inputs;
}

/** The name findings and messages use for an input. */
export function sourceName(source: InputSource): string {
  return source.path === '-' ? STDIN_NAME : source.path;
}

/** A file-system error as one line that names the path. */
export function fileProblem(file: string, e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT': return `${file}: no such file or directory`;
    case 'EACCES':
    case 'EPERM': return `${file}: permission denied`;
    case 'ELOOP': return `${file}: too many levels of symbolic links`;
    case 'ENAMETOOLONG': return `${file}: file name too long`;
    default: return `${file}: cannot be read (${err.code ?? 'error'}: ${err.message})`;
  }
}
