/**
 * The fast YAML path (src/validation/yaml-fast) against js-yaml with the reader's options: for every document the
 * fast path reads, the value must be js-yaml's exactly (toStrictEqual: same types, -0, NaN, prototypes, `__proto__`
 * as an own key); every document js-yaml refuses must be left to js-yaml (NOT_FAST), so that errors stay js-yaml's.
 * Inputs: random objects dumped by the `yaml` package (cdk8s's options, its defaults, kubectl-like sequences) and
 * by js-yaml, random mutations of such texts, plain scalars of numeric look, and hand-written edge cases.
 */
import fc from 'fast-check';
import * as jsYaml from 'js-yaml';
import * as YAML from 'yaml';
import { parseManifests } from '../../src/validation';
import { MAX_NESTING_DEPTH } from '../../src/validation/manifests';
import { fastPathApplies, KeyCache, NOT_FAST, parseFastDocument } from '../../src/validation/yaml-fast/parser';
import { resolvePlain } from '../../src/validation/yaml-fast/scalars';

/** js-yaml as manifests.ts calls it; `{ error }` when it refuses the text. */
function reference(text: string): { value: unknown } | { error: string } {
  try {
    const docs = jsYaml.loadAll(text, { schema: jsYaml.CORE_SCHEMA, maxDepth: MAX_NESTING_DEPTH });
    return { value: docs.length === 0 ? null : docs[0] };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** As manifests.ts calls the fast path: only for a text that passes fastPathApplies. */
function fast(text: string): unknown {
  return fastPathApplies(text) ? parseFastDocument(text, 0, text.length, new KeyCache()) : NOT_FAST;
}

/**
 * Deep equality with nothing left out: same prototypes, same own property names (order aside) and descriptors'
 * values, numbers by Object.is (-0, NaN). Jest's toStrictEqual compares `constructor` properties, which a YAML key
 * `constructor` makes differ between two equal values.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return Object.is(a, b);
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keys = Object.getOwnPropertyNames(a);
  if (keys.length !== Object.getOwnPropertyNames(b).length) return false;
  return keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) &&
    sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The property: NOT_FAST, or exactly js-yaml's value (and NOT_FAST whenever js-yaml refuses the text). */
function agrees(text: string): boolean {
  const got = fast(text);
  const ref = reference(text);
  if (got === NOT_FAST) return false;
  if ('error' in ref) throw new Error(`the fast path read a text js-yaml refuses (${ref.error}):\n${text}`);
  if (!sameValue(got, ref.value)) {
    throw new Error(`different values for:\n${text}\nfast path: ${JSON.stringify(got)}\njs-yaml:   ${JSON.stringify(ref.value)}`);
  }
  return true;
}

// Keys and strings that stress quoting, typing and the key rules.
const trickyString = fc.oneof(
  fc.constantFrom('', ' ', 'true', 'True', 'FALSE', 'yes', 'no', 'on', 'null', 'Null', '~', '1', '-1', '+1', '0x1F',
    '0o17', '0b101', '012', '1e3', '1.5', '-0', '.5', '+.inf', '-.Inf', '.nan', '.NaN', '1_000', '1:30', '2001-12-14',
    '__proto__', 'constructor', 'toString', 'hasOwnProperty', '<<', 'a: b', 'a #b', '#x', '- x', '? x', ': x', 'x:',
    '[a]', '{a}', '*a', '&a', '!a', '|', '>', '%x', '@x', '`x', '"q"', "'q'", 'a\nb', 'a\n\nb\n', '\n lead', 'trail \n',
    '  indented\nmore', 'tab\there', '\ttab', 'crlf\r\nline', 'é ü 中文 😀', '\u0085\u2028', 'x'.repeat(120),
    'a'.repeat(60) + ' ' + 'b'.repeat(60), '---', '...', '--- x', 'a\u0007bell'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: fc.constantFrom('a', ' ', ':', '#', '-', '\n', "'", '"', '\\', '\t', '0', '.', 'e', '{', '['), maxLength: 10 }),
);

const scalar = fc.oneof(
  trickyString,
  fc.integer(), fc.double(), fc.constantFrom(0, -0, 1e21, 1e-7, NaN, Infinity, -Infinity, 2 ** 53, 0.1),
  fc.boolean(), fc.constant(null),
);

/** Keys without line breaks: emitters write a key with one as an explicit `? ` key, which js-yaml reads. */
const trickyKey = trickyString.filter((k) => !k.includes('\n') && !k.includes('\r'));

const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(trickyKey, tie('node'), { maxKeys: 5 }),
})).node;

const rootObject = fc.dictionary(trickyKey, value, { minKeys: 1, maxKeys: 6 });

/** The emitters whose output the fast path is meant for. */
const dumpers: Array<[string, (v: unknown) => string]> = [
  ['yaml (cdk8s options)', (v) => YAML.stringify(v, { keepUndefined: true, lineWidth: 0, version: '1.1' })],
  ['yaml (defaults)', (v) => YAML.stringify(v)],
  ['yaml (kubectl-like: sequences at the key indentation)', (v) => YAML.stringify(v, { indentSeq: false })],
  ['js-yaml dump (defaults)', (v) => jsYaml.dump(v)],
  ['js-yaml dump (sequences at the key indentation, no line folding, double quotes)',
    (v) => jsYaml.dump(v, { seqNoIndent: true, lineWidth: -1, quoteStyle: 'double' })],
];

describe.each(dumpers)('random objects dumped by %s', (_name, dump) => {
  test('the fast path gives js-yaml\'s value for every document it reads, and reads most of them', () => {
    let read = 0;
    let total = 0;
    fc.assert(fc.property(rootObject, (obj) => {
      let text: string;
      try {
        text = dump(obj);
      } catch {
        return; // an emitter that cannot write this value (not our concern)
      }
      total++;
      if (agrees(text)) read++;
    }), { numRuns: 400 });
    // Not vacuous: most emitted documents stay on the fast path.
    expect(read / total).toBeGreaterThan(0.5);
  });
});

test('random edits of emitted YAML: the fast path reads a text only if js-yaml does, to the same value', () => {
  const edit = fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom(' ', '\n', ':', '-', '#', '\t', "'", '"', '|', '>',
    '\\', '[', ']', '{', '}', '&', '*', '!', '?', ',', '\r\n', '...', '---', '\ufeff', '\u0001', '0', 'a'));
  let read = 0;
  fc.assert(fc.property(rootObject, fc.array(edit, { minLength: 1, maxLength: 3 }), fc.nat(dumpers.length - 1),
    (obj, edits, which) => {
      let text = dumpers[which][1](obj);
      for (const [at, del, insert] of edits) {
        const i = at % (text.length + 1);
        text = text.slice(0, i) + insert + text.slice(i + del);
      }
      if (agrees(text)) read++;
    }), { numRuns: 2000 });
  expect(read).toBeGreaterThan(100);
});

test('plain scalars of numeric, boolean and null look are typed as js-yaml types them', () => {
  const unit = fc.constantFrom('0', '1', '7', '9', '-', '+', '.', 'e', 'E', 'x', 'o', 'b', 'a', 'f', 'F', 'i', 'n',
    'I', 'N', 'A', 'inf', 'nan', 'Inf', 'NaN', 'INF', 'NAN', '_', ':', '~', 'null', 'true', 'False');
  fc.assert(fc.property(fc.string({ unit, minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 400 }), (s, digits) => {
    const ref = reference(`k: ${s}\n`);
    if ('value' in ref) expect(sameValue(resolvePlain(s), (ref.value as { k: unknown }).k)).toBe(true);
    const long = `${s}${'9'.repeat(digits)}`; // past Number.MAX_VALUE: js-yaml keeps such a number a string
    const refLong = reference(`k: ${long}\n`);
    if ('value' in refLong) expect(sameValue(resolvePlain(long), (refLong.value as { k: unknown }).k)).toBe(true);
  }), { numRuns: 3000 });
});

describe('hand-written documents', () => {
  // Each is read by the fast path and gives js-yaml's value.
  const readFast: Array<[string, string]> = [
    ['comments everywhere', '# head\napiVersion: v1 # trailing\n  # indented comment\nkind: ConfigMap\n\n\ndata:   # c\n  a: "x" # c\n  b: \'y\'\t# c\n'],
    ['`---` with a comment, then `...`', '--- # start\na: 1\n...\n'],
    ['`...` with a comment', 'a: 1\n... # end\n'],
    ['CRLF line ends', 'a: 1\r\nb:\r\n  - x\r\n  - "y"\r\nc: |\r\n  one\r\n  two\r\n\r\nd: >-\r\n  folded\r\n  text\r\n'],
    ['a byte-order mark at the start', '\ufeffapiVersion: v1\nkind: Secret\n'],
    ['a byte-order mark before `---`', '\ufeff---\na: 1\n'],
    ['an empty document', '---\n'],
    ['an empty document with comments', '---\n# nothing\n\n'],
    ['no final line break', 'a: b'],
    ['keys of other types become strings', '1: a\n0x10: b\ntrue: c\n~: d\n.nan: e\n-0: f\n1.50: g\n'],
    ['quoted keys', '"a b": 1\n\'c\'\'d\': 2\n"": 3\n"\\u00e9": 4\n'],
    ['__proto__ and constructor are own keys', '__proto__: {}\nconstructor: 1\ntoString: x\n'],
    ['sequences at the key indentation (kubectl)', 'a:\n- x\n- y: 1\n  z: 2\nb: 1\n'],
    ['compact nested sequences', 'a:\n  - - 1\n    - 2\n  - - - 3\n'],
    ['sequence entries with more spaces', 'a:\n  -   k: 1\n      l: 2\n  -    x\n'],
    ['empty entries and values', 'a:\nb:\n  -\n  - \n  - ~\nc: []\nd: {}\ne: [] # c\n'],
    ['values with colons, hashes and brackets', 'a: http://x:80/p#frag\nb: x:y\nc: a[1]{2},3\nd: -x\ne: ?y\nf: :z\n'],
    ['double-quoted escapes', 'a: "\\0\\a\\b\\t\\\t\\n\\v\\f\\r\\e\\ \\"\\/\\\\\\N\\_\\L\\P\\x41\\u00e9\\U0001F600"\n'],
    ['single quotes and controls js-yaml allows in quotes', 'a: \'it\'\'s\'\nb: "\u007f\u0085"\nc: \'\t\'\n'],
    ['block scalars: chomping and indentation indicators', 'a: |\n  x\n\n  y\n\n\nb: |-\n  x\nc: |+\n  x\n\nd: |2\n   lead\n  x\ne: >\n  a\n  b\n\n  c\n   more\n  d\nf: >2-\n    deep\ng: |+2 # c\n  k\n'],
    ['block scalars: empty and leading blank lines', 'a: |\nb: >\n\n\n  x\nc: |-\n\nd: 1\n'],
    ['block scalars in sequences and at the end', 'a:\n- |\n  x\n- >-\n  y\n  z\nb: |\n  last\n   \n'],
    ['block scalar ended by `...`', 'a: |\n  x\n...\n'],
    ['unicode and tabs inside scalars', 'a: é ü 中文 😀\nb: x\ty\nc: "\ttab"\n'],
    ['plain scalars over several lines', 'a: one\n  two\n\n\n   three  \n  - four [5] &6 *7 !8 "9"\nb:\n- x\n  y\n  # c\n- z\n'],
    ['a plain scalar continued after blank lines, then ended by a comment line', 'a: 1\n\n  2\n\n  # c\nb: x\n  y # c\nc: 3\n'],
    ['numbers of every core form', 'a: 0o17\nb: 0x1F\nc: -12\nd: +12\ne: 1.5e3\nf: .5\ng: -.inf\nh: .NaN\ni: 012\nj: 1_0\nk: 1e400\n'],
  ];
  test.each(readFast)('%s', (_name, text) => {
    expect(agrees(text)).toBe(true);
  });

  // Each is left to js-yaml (outside the subset, or an error js-yaml reports).
  const leftToJsYaml: Array<[string, string]> = [
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a flow collection', 'a: [1, 2]\n'],
    ['a flow mapping', 'a: {b: 1}\n'],
    ['a key-like continuation of a plain scalar', 'a: one\n  two: three\n'],
    ['a plain scalar whose first line ends in a comment, then more text', 'a: one # c\n  two\n'],
    ['a tab before the continuation of a plain scalar', 'a: one\n \ttwo\n'],
    ['a multi-line double-quoted scalar', 'a: "one\n  two"\n'],
    ['a multi-line single-quoted scalar', "a: 'one\n  two'\n"],
    ['an explicit key', '? a\n: 1\n'],
    ['a merge key', '<<: {}\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['content on the `---` line', '--- a: 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a duplicate key by value', '1: a\n"1": b\n'],
    ['a tab in indentation', 'a:\n\tb: 1\n'],
    ['a tab before a node', 'a:\t1\n'],
    ['a root sequence', '- a\n'],
    ['a root scalar', 'hello\n'],
    ['an indented root', '  a: 1\n'],
    ['bad indentation', 'a: 1\n  b: 2\n'],
    ['a mapping in a plain value', 'a: b: c\n'],
    ['text after a quoted value', 'a: "b" c\n'],
    ['a comment glued to a quoted value', 'a: "b"#c\n'],
    ['an unknown escape', 'a: "\\q"\n'],
    ['a non-printable character in a plain scalar', 'a: b\u0001\n'],
    ['a lone carriage return', 'a: 1\rb: 2\n'],
    ['a byte-order mark inside the text', 'a: 1\n\ufeffb: 2\n'],
    ['a block scalar with a bad indentation indicator', 'a: |0\n  x\n'],
    ['a block scalar with a tab in its indentation', 'a: |\n\tx\n'],
    ['a block scalar with text after its header', 'a: | x\n  y\n'],
    ['a block scalar with leading blank lines deeper than its text', 'a: |\n    \n  x\n'],
    ['an alias in a sequence', 'a:\n- &x 1\n- *x\n'],
    ['nesting past the fast path\'s depth', `${Array.from({ length: 130 }, (_, i) => `${'  '.repeat(i)}k:`).join('\n')} 1\n`],
  ];
  test.each(leftToJsYaml)('%s', (_name, text) => {
    expect(fast(text)).toBe(NOT_FAST);
  });
});

test('the reader gives the same objects, documents and lines whichever path reads each document', () => {
  const text = [
    '# a file mixing fast documents and documents only js-yaml reads',
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: a',
    '---',
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata: { name: b }', // flow: js-yaml
    '---',
    '',
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: c',
    'data: &d { k: v }', // anchor: js-yaml
    '---',
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: d',
    '',
  ].join('\n');
  const docs = parseManifests(text, 'm.yaml');
  expect(docs.map((d) => [(d.object as { metadata: { name: string } }).metadata.name, d.document, d.line])).toEqual([
    ['a', 1, 2], ['b', 2, 7], ['c', 3, 12], ['d', 4, 18],
  ]);
  expect(sameValue(docs.map((d) => d.object), jsYaml.loadAll(text))).toBe(true);
});

test('an error in a document js-yaml reads after fast documents names that document and its line', () => {
  const text = 'apiVersion: v1\nkind: ConfigMap\n---\napiVersion: v1\nkind: ConfigMap\ndata:\n  a: 1\n  a: 2\n';
  expect(() => parseManifests(text, 'm.yaml')).toThrow(/^m\.yaml:8: YAML syntax error \(column 3\): duplicated mapping key$/);
});
