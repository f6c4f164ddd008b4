/**
 * Writes the CLI's findings: text grouped by file with a summary line, or one JSON array. Output goes out in
 * chunks of about 64 KiB so that a large report is neither held as one string nor written line by line.
 * Every value printed is escaped for the terminal (`escapeControlChars`; in JSON the characters JSON.stringify
 * leaves raw): input names, paths and messages cannot forge lines or send terminal escape sequences.
 */
import { Finding, formatFinding, Severity } from '../validation/finding';
import { escapeControlChars } from '../validation/util/control-chars';

/** Where a finding's object was read from. */
export interface Located {
  readonly file: string;
  readonly document: number;
  readonly line?: number;
  readonly finding: Finding;
}

export interface Totals {
  files: number;
  objects: number;
  istioObjects: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface Writer {
  write(text: string): unknown;
}

/** Buffers small writes into larger ones. */
export class ChunkedWriter {
  private buffer = '';

  constructor(private readonly out: Writer) {}

  public write(text: string): void {
    this.buffer += text;
    if (this.buffer.length >= 65536) this.flush();
  }

  public flush(): void {
    if (this.buffer.length > 0) this.out.write(this.buffer);
    this.buffer = '';
  }
}

export function countFinding(totals: Totals, f: Finding): void {
  if (f.severity === Severity.ERROR) totals.errors++;
  else if (f.severity === Severity.WARNING) totals.warnings++;
  else totals.infos++;
}

/** `<file>` then one indented line per finding: `  line 12 (document 3): error IST0106 Kind ns/name: path: message`. */
export function writeTextGroup(out: ChunkedWriter, file: string, items: readonly Located[]): void {
  if (items.length === 0) return;
  out.write(`${escapeControlChars(file)}\n`);
  for (const item of items) {
    const where = item.line === undefined ? `document ${item.document}` : `line ${item.line} (document ${item.document})`;
    out.write(`  ${where}: ${formatFinding(item.finding)}\n`);
  }
}

export function summaryLine(t: Totals): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return `${n(t.files, 'file', 'files')}, ${n(t.objects, 'object', 'objects')} read, ` +
    `${n(t.istioObjects, 'Istio object', 'Istio objects')} checked: ` +
    `${n(t.errors, 'error', 'errors')}, ${n(t.warnings, 'warning', 'warnings')}, ${n(t.infos, 'info', 'infos')}\n`;
}

/** Writes a JSON array element by element: `[`, then `jsonElement` for each item, then `jsonEnd`. */
export function jsonElement(out: ChunkedWriter, item: Located, first: boolean): void {
  const { file, document, line, finding } = item;
  const record = line === undefined ? { file, document, ...finding } : { file, document, line, ...finding };
  out.write(`${first ? '[\n  ' : ',\n  '}${escapeControlChars(JSON.stringify(record))}`);
}

export function jsonEnd(out: ChunkedWriter, empty: boolean): void {
  out.write(empty ? '[]\n' : '\n]\n');
}
