/**
 * Turns manifest text (multi-document YAML, or JSON: one object, an array, or a `kind: List`) into the plain
 * Kubernetes objects the validator takes, or into one clear error that names the file and the line.
 */
import { yamlModule } from './util/lazy-modules';

/** One Kubernetes object read from a manifest. */
export interface ManifestDocument {
  /** The object itself (a mapping with `apiVersion` and `kind`). */
  readonly object: object;
  /** 1-based position of the YAML document (or JSON array element) the object came from. */
  readonly document: number;
  /**
   * 1-based line where the object starts.
   * @default - unknown (JSON input)
   */
  readonly line?: number;
}

/**
 * Unusable input: the text is not a set of Kubernetes objects. The message names the file and, if known, the line.
 * TypeScript/JavaScript only (jsii cannot model subclasses of the built-in Error, and `parseManifests` is a
 * function, which jsii skips too).
 * @jsii ignore
 */
export class ManifestError extends Error {
  /** The file name given to `parseManifests`. */
  public readonly file: string;
  /** 1-based line of the problem, when known. */
  public readonly line?: number;

  constructor(file: string, detail: string, line?: number) {
    super(line === undefined ? `${file}: ${detail}` : `${file}:${line}: ${detail}`);
    this.name = 'ManifestError';
    this.file = file;
    this.line = line;
  }
}

/**
 * Parses manifest text. `.json` files are read as JSON; anything else as YAML 1.2 (core schema), with a fast path
 * for text that is JSON. Empty documents are skipped; `*List` objects with `items` are flattened.
 * @throws ManifestError for binary data, a syntax error, a document that is not a mapping, or an object without
 *   `apiVersion`/`kind`
 */
export function parseManifests(text: string, fileName: string): ManifestDocument[] {
  if (text.includes('\u0000')) {
    throw new ManifestError(fileName, 'binary data (contains NUL bytes), not a YAML or JSON manifest');
  }
  if (fileName.toLowerCase().endsWith('.json')) return parseJson(text, fileName);
  if (looksLikeJson(text)) {
    try {
      return fromJsonValue(JSON.parse(text), fileName);
    } catch (e) {
      if (e instanceof ManifestError) throw e;
      // Not valid JSON after all: YAML (a superset) reads it or explains where it breaks.
    }
  }
  return parseYaml(text, fileName);
}

function looksLikeJson(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xfeff) continue;
    return c === 0x7b /* { */ || c === 0x5b /* [ */;
  }
  return false;
}

function parseJson(text: string, fileName: string): ManifestDocument[] {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const message = (e as Error).message;
    throw new ManifestError(fileName, `invalid JSON: ${message.split('\n')[0]}`, jsonErrorLine(text, message));
  }
  return fromJsonValue(value, fileName);
}

/** Node's JSON errors give an offset for some problems only; the line is derived from it or from the end of input. */
function jsonErrorLine(text: string, message: string): number | undefined {
  const at = /at position (\d+)/.exec(message);
  if (at) return lineAt(text, Number(at[1]));
  if (/end of JSON input/.test(message)) return lineAt(text, text.length);
  return undefined;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function fromJsonValue(value: unknown, fileName: string): ManifestDocument[] {
  const out: ManifestDocument[] = [];
  if (Array.isArray(value)) {
    value.forEach((item, i) => addObject(out, item, i + 1, undefined, fileName, `element ${i + 1} of the JSON array`));
  } else {
    addObject(out, value, 1, undefined, fileName, 'the JSON value');
  }
  return out;
}

function parseYaml(text: string, fileName: string): ManifestDocument[] {
  const { LineCounter, parseAllDocuments } = yamlModule();
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter });
  // parseAllDocuments returns an EmptyStream (not an array) for input without documents.
  if (!Array.isArray(docs)) return [];
  const out: ManifestDocument[] = [];
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i];
    if (doc.errors.length > 0) {
      const err = doc.errors[0];
      const pos = err.linePos?.[0];
      const detail = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      throw new ManifestError(fileName, `YAML syntax error${pos ? ` (column ${pos.col})` : ''}: ${detail}`, pos?.line);
    }
    const start = doc.contents?.range?.[0] ?? doc.range[0];
    const line = lineCounter.linePos(start).line;
    let value: unknown;
    try {
      value = doc.toJS();
    } catch (e) {
      // yaml refuses documents whose aliases expand excessively (a resource-exhaustion guard).
      throw new ManifestError(fileName, `document ${i + 1} cannot be read: ${(e as Error).message}`, line);
    }
    addObject(out, value, i + 1, line, fileName, `document ${i + 1}`);
  }
  return out;
}

function addObject(
  out: ManifestDocument[], value: unknown, document: number, line: number | undefined, fileName: string, what: string,
): void {
  if (value === null || value === undefined) return; // an empty document, like kubectl skips it
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ManifestError(fileName, `${what} is ${describeValue(value)}, not a mapping (a Kubernetes object)`, line);
  }
  const obj = value as { apiVersion?: unknown; kind?: unknown; items?: unknown };
  if (typeof obj.apiVersion !== 'string' || obj.apiVersion === '' || typeof obj.kind !== 'string' || obj.kind === '') {
    const missing = [typeof obj.apiVersion === 'string' && obj.apiVersion ? '' : 'apiVersion', typeof obj.kind === 'string' && obj.kind ? '' : 'kind']
      .filter(Boolean).join(' and ');
    throw new ManifestError(fileName, `${what} is not a Kubernetes object: it has no ${missing}`, line);
  }
  if (obj.kind.endsWith('List') && Array.isArray(obj.items)) {
    obj.items.forEach((item, i) => addObject(out, item, document, line, fileName, `${what}, item ${i + 1} of the ${obj.kind}`));
    return;
  }
  out.push(line === undefined ? { object: obj, document } : { object: obj, document, line });
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a sequence';
  if (typeof value === 'string') return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
  return `a ${typeof value} (${String(value)})`;
}
