import * as fs from 'fs';
import * as path from 'path';

/** The repository root (tests that read the sources or docs resolve paths from here). */
export const REPO_ROOT = path.join(__dirname, '..', '..');

/** Every `.ts` file under `dir` (absolute), recursively, in a stable order. */
export function typeScriptFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? typeScriptFiles(p) : p.endsWith('.ts') ? [p] : [];
    });
}
