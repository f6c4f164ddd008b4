/**
 * Turns manifest text (multi-document YAML, or JSON: one object, an array, or a `kind: List`) into the plain
 * Kubernetes objects the validator takes, or into one clear error that names the file and the line.
 *
 * YAML is read one document at a time (`yaml-stream.ts` finds the documents): by the fast path of `yaml-fast/` for
 * the block-style subset that tools emit (js-yaml's value, several times faster), otherwise by js-yaml (5.x): its
 * duplicate-key check is a hash lookup (the `yaml` package's is quadratic in the keys of a mapping: 80,000 keys
 * took a minute), it builds plain objects without an intermediate document tree (about 8× faster and a fraction of
 * the memory), it bounds nesting itself, and it stores a `__proto__` key as an own property. What it does not
 * bound, aliases that expand a small text into a huge or recursive structure, `checkShape` refuses before anyone
 * walks it. The fast path's duplicate-key check is a hash lookup too, and it leaves every error to js-yaml.
 */
import { jsYamlModule } from './util/lazy-modules';
import { fastPathApplies, KeyCache, NOT_FAST, parseFastDocument } from './yaml-fast/parser';
import { contentLine, YamlChunk, yamlChunks } from './yaml-stream';

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
 * Collections nested deeper than this make a document unusable: no Kubernetes object comes close (a CRD's schema,
 * among the deepest, stays under 100), and the validator's walks stay far from the JavaScript stack limit.
 */
export const MAX_NESTING_DEPTH = 512;

/** Aliases may expand a document to at most this many nodes plus four per character of its text. */
const ALIAS_EXPANSION_BASE = 10_000;

/**
 * Parses manifest text. `.json` files are read as JSON; anything else as YAML 1.2 (core schema), with a fast path
 * for text that is JSON. Empty documents are skipped; `*List` objects with `items` are flattened.
 * @throws ManifestError for binary data, a syntax error, a document that is not a mapping, or an object without
 *   `apiVersion`/`kind`, nesting deeper than MAX_NESTING_DEPTH, or aliases that expand excessively
 */
export function parseManifests(text: string, fileName: string): ManifestDocument[] {
  return [...readManifests(text, fileName)];
}

/**
 * `parseManifests` one document at a time: each object is yielded as soon as it is read, so a caller that lets go
 * of it keeps memory flat however many documents the text holds. Throws like `parseManifests`, when it reaches the
 * bad document.
 */
export function* readManifests(text: string, fileName: string): Generator<ManifestDocument> {
  if (text.includes('\u0000')) {
    throw new ManifestError(fileName, 'binary data (contains NUL bytes), not a YAML or JSON manifest');
  }
  if (fileName.toLowerCase().endsWith('.json')) {
    yield* fromJsonValue(parseJson(text, fileName), fileName);
    return;
  }
  if (looksLikeJson(text)) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      // Not valid JSON after all: YAML (a superset) reads it or explains where it breaks.
    }
    if (value !== undefined) {
      yield* fromJsonValue(value, fileName);
      return;
    }
  }
  yield* readYaml(text, fileName);
}

function looksLikeJson(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xfeff) continue;
    return c === 0x7b /* { */ || c === 0x5b /* [ */;
  }
  return false;
}

function parseJson(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const message = (e as Error).message;
    throw new ManifestError(fileName, `invalid JSON: ${message.split('\n')[0]}`, jsonErrorLine(text, message));
  }
}

/** Node's JSON errors give an offset for some problems only; the line is derived from it or from the end of input. */
function jsonErrorLine(text: string, message: string): number | undefined {
  const at = message.indexOf('at position ');
  if (at >= 0) return lineAt(text, parseInt(message.slice(at + 'at position '.length), 10));
  if (message.includes('end of JSON input')) return lineAt(text, text.length);
  return undefined;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function* fromJsonValue(value: unknown, fileName: string): Generator<ManifestDocument> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      value[i] = undefined; // released once read: the caller may hold on to the object, the array need not
      const what = `element ${i + 1} of the JSON array`;
      checkShape(item, fileName, what, undefined, Infinity);
      yield* objects(item, i + 1, undefined, fileName, what);
    }
  } else {
    checkShape(value, fileName, 'the JSON value', undefined, Infinity);
    yield* objects(value, 1, undefined, fileName, 'the JSON value');
  }
}

/**
 * Documents outside the fast path's subset are parsed by js-yaml in batches of consecutive such documents (about
 * BATCH_CHARS of text): one js-yaml call per document costs more in per-call set-up than in parsing a typical
 * Kubernetes object.
 */
const BATCH_CHARS = 64 * 1024;

/**
 * Each document is read by the fast path (yaml-fast/parser.ts) when it lies in its subset, which gives exactly
 * js-yaml's value; otherwise by js-yaml, which also reports every error. A batch of js-yaml documents is parsed
 * before the next fast one is yielded, so objects (and the first error) come in document order.
 */
function* readYaml(text: string, fileName: string): Generator<ManifestDocument> {
  const fast = fastPathApplies(text);
  const keys = new KeyCache();
  let document = 0;
  let batch: YamlChunk[] = [];
  let batchChars = 0;
  const flush = function* (): Generator<ManifestDocument> {
    const values = parseBatch(text, batch, fileName, document);
    for (let i = 0; i < batch.length; i++) {
      document++;
      const chunk = batch[i];
      const line = contentLine(text, chunk);
      const what = `document ${document}`;
      // Without an alias (`*name`) a document cannot expand or recurse, and js-yaml bounded its depth already.
      if (hasAsterisk(text, chunk)) {
        checkShape(values[i], fileName, what, line, ALIAS_EXPANSION_BASE + 4 * (chunk.end - chunk.start));
      }
      yield* objects(values[i], document, line, fileName, what);
    }
    batch = [];
    batchChars = 0;
  };
  for (const chunk of yamlChunks(text)) {
    // The fast path has no aliases and bounds its own depth, so its values need no checkShape.
    const value = fast ? parseFastDocument(text, chunk.start, chunk.end, keys) : NOT_FAST;
    if (value === NOT_FAST) {
      batch.push(chunk);
      batchChars += chunk.end - chunk.start;
      if (batchChars >= BATCH_CHARS) yield* flush();
      continue;
    }
    if (batch.length > 0) yield* flush();
    document++;
    yield* objects(value, document, contentLine(text, chunk), fileName, `document ${document}`);
  }
  if (batch.length > 0) yield* flush();
}

function hasAsterisk(text: string, chunk: YamlChunk): boolean {
  for (let i = chunk.start; i < chunk.end; i++) if (text.charCodeAt(i) === 0x2a) return true;
  return false;
}

/** One value per chunk of `batch` (consecutive chunks: one contiguous slice of `text`). */
function parseBatch(text: string, batch: readonly YamlChunk[], fileName: string, documentsBefore: number): unknown[] {
  const jsYaml = jsYamlModule();
  const start = batch[0].start;
  let values: unknown[];
  try {
    values = jsYaml.loadAll(text.slice(start, batch[batch.length - 1].end), { schema: jsYaml.CORE_SCHEMA, maxDepth: MAX_NESTING_DEPTH });
  } catch (e) {
    const at = (e as { mark?: { position?: number } }).mark?.position;
    const index = typeof at === 'number' ? batch.findIndex((c) => start + at < c.end) : -1;
    const i = index < 0 ? batch.length - 1 : index;
    throw yamlError(e, fileName, batch[i], batch[0].line, documentsBefore + i + 1, text);
  }
  // A chunk is one document by construction; should the parser ever see it otherwise, parse chunk by chunk.
  if (values.length === batch.length) return values;
  return batch.length === 1 ? [values[0]] : batch.map((c, i) => parseBatch(text, [c], fileName, documentsBefore + i)[0]);
}

function yamlError(
  e: unknown, fileName: string, chunk: YamlChunk, batchLine: number, document: number, text: string,
): ManifestError {
  const err = e as { reason?: unknown; mark?: { line?: number; column?: number }; message?: unknown };
  const reason = typeof err.reason === 'string' && err.reason ? err.reason : String(err.message ?? e);
  const line = typeof err.mark?.line === 'number' ? batchLine + err.mark.line : contentLine(text, chunk);
  if (reason.startsWith('nesting exceeded maxDepth') || e instanceof RangeError) {
    return new ManifestError(fileName, `document ${document} is nested deeper than ${MAX_NESTING_DEPTH} levels`, line);
  }
  if (typeof err.mark?.line === 'number') {
    const column = typeof err.mark.column === 'number' ? ` (column ${err.mark.column + 1})` : '';
    return new ManifestError(fileName, `YAML syntax error${column}: ${reason}`, line);
  }
  return new ManifestError(fileName, `document ${document} cannot be read: ${reason}`, line);
}

/**
 * Refuses a value nested deeper than MAX_NESTING_DEPTH (counting through aliases), a recursive one (an alias inside
 * the node it names), or one whose aliases expand it beyond `maxNodes` nodes: every later walk would overflow the
 * stack, loop forever, or take exponential time.
 */
function checkShape(value: unknown, fileName: string, what: string, line: number | undefined, maxNodes: number): void {
  let nodes = 0;
  const open = new Set<object>();
  const visit = (v: unknown, depth: number): void => {
    if (v === null || typeof v !== 'object') return;
    if (depth > MAX_NESTING_DEPTH) {
      throw new ManifestError(fileName, `${what} is nested deeper than ${MAX_NESTING_DEPTH} levels`, line);
    }
    if (open.has(v)) {
      throw new ManifestError(fileName, `${what} cannot be read: an alias refers to a node that contains it`, line);
    }
    if (++nodes > maxNodes) {
      throw new ManifestError(fileName,
        `${what} cannot be read: its aliases expand it to more than ${maxNodes} nodes (an alias bomb?)`, line);
    }
    open.add(v);
    if (Array.isArray(v)) {
      for (const item of v) visit(item, depth + 1);
    } else {
      for (const key in v) visit((v as Record<string, unknown>)[key], depth + 1);
    }
    open.delete(v);
  };
  visit(value, 0);
}

function* objects(
  value: unknown, document: number, line: number | undefined, fileName: string, what: string,
): Generator<ManifestDocument> {
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
    const items: unknown[] = obj.items;
    for (let i = 0; i < items.length; i++) {
      yield* objects(items[i], document, line, fileName, `${what}, item ${i + 1} of the ${obj.kind}`);
    }
    return;
  }
  yield line === undefined ? { object: obj, document } : { object: obj, document, line };
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a sequence';
  if (typeof value === 'string') return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
  return `a ${typeof value} (${String(value)})`;
}
