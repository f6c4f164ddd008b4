/**
 * Reads the CLI's inputs: files, directories (recursively: *.yaml, *.yml, *.json) and stdin, each parsed once into
 * plain objects. Every problem that makes an input unusable is collected as one message instead of a stack trace.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ManifestDocument, ManifestError, parseManifests } from '../validation/manifests';

/** What one input file held. */
export interface InputFile {
  /** As the user named it (a path below a directory argument, or `<stdin>`). */
  readonly name: string;
  readonly documents: readonly ManifestDocument[];
}

export const STDIN_NAME = '<stdin>';
const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json'];

/** Expands the arguments into the files to read; messages for the arguments that cannot be used. */
export function expandInputs(args: readonly string[]): { files: string[]; problems: string[] } {
  const files: string[] = [];
  const problems: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      files.push(arg);
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
      files.push(arg);
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
    files.push(...found);
  }
  return { files, problems };
}

function collectManifests(dir: string, out: string[], seen: Set<string>): void {
  const real = fs.realpathSync(dir);
  if (seen.has(real)) return; // a symlink loop
  seen.add(real);
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    const isDir = e.isDirectory() || (e.isSymbolicLink() && isDirectory(p));
    if (isDir) collectManifests(p, out, seen);
    else if (MANIFEST_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) out.push(p);
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes and parses one input; throws ManifestError (or a file-system error, see `fileProblem`). */
export function parseInput(name: string, bytes: Uint8Array): InputFile {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ManifestError(name, 'not UTF-8 text (binary data?), not a YAML or JSON manifest');
  }
  return { name, documents: parseManifests(text, name) };
}

/** A file-system error as one line that names the path. */
export function fileProblem(file: string, e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT': return `${file}: no such file or directory`;
    case 'EACCES':
    case 'EPERM': return `${file}: permission denied`;
    case 'ELOOP': return `${file}: too many levels of symbolic links`;
    default: return `${file}: cannot be read (${err.code ?? 'error'}: ${err.message})`;
  }
}

/** Reads every byte of a stream (stdin). */
export async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
