import * as fs from 'fs';

/** A file to write and its full text. */
export interface FileToWrite {
  readonly file: string;
  readonly text: string;
}

/**
 * Writes every file or none: each goes to a temporary file next to its target first, and only when all are
 * written do they replace their targets. If a replacement fails, the ones already replaced are put back (an
 * earlier version restored, a new file removed) before the error is rethrown.
 */
export function writeAllOrNothing(dir: string, files: readonly FileToWrite[]): void {
  const suffix = `.tmp-${process.pid}-${Date.now()}`;
  const staged: string[] = [];
  const replaced: { file: string; backup?: string }[] = [];
  try {
    fs.mkdirSync(dir, { recursive: true });
    for (const { file } of files) {
      if (fs.existsSync(file) && !fs.statSync(file).isFile()) throw new Error(`${file} exists and is not a file`);
    }
    for (const { file, text } of files) {
      fs.writeFileSync(file + suffix, text);
      staged.push(file + suffix);
    }
    for (const { file } of files) {
      const backup = fs.existsSync(file) ? `${file}${suffix}.old` : undefined;
      if (backup) fs.renameSync(file, backup);
      try {
        fs.renameSync(file + suffix, file);
      } catch (e) {
        if (backup) fs.renameSync(backup, file);
        throw e;
      }
      replaced.push({ file, backup });
    }
  } catch (e) {
    for (const { file, backup } of replaced.reverse()) {
      fs.rmSync(file, { force: true });
      if (backup) fs.renameSync(backup, file);
    }
    for (const tmp of staged) fs.rmSync(tmp, { force: true });
    throw e;
  }
  for (const { backup } of replaced) if (backup) fs.rmSync(backup, { force: true });
}
