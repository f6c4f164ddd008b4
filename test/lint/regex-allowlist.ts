/**
 * The only JavaScript regular expressions allowed in src/: each sees nothing but constants of this package (bundled
 * CRD rules and field paths, fixed lists), never a manifest value, a prop or a command-line argument. Everything
 * else is plain string code (src/validation/util/chars.ts) or an RE2 pattern (`re2Pattern`, src/validation/util/re2.ts).
 * An entry is a file and the regex's source text exactly as written; the guard (regex-guard.test.ts) fails on a regex
 * not listed here and on an entry that no longer matches anything.
 */
export interface AllowedRegex {
  readonly file: string;
  readonly regex: string;
  readonly reason: string;
}

const BUNDLED_CEL = 'runs on the CEL rule texts of the bundled CRD schemas (imports/*.json), compiled once per rule; never on object values';

export const ALLOWED_REGEXES: readonly AllowedRegex[] = [
  { file: 'src/validation/cel/index.ts', regex: '/has\\(/y', reason: BUNDLED_CEL },
  { file: 'src/validation/cel/index.ts', regex: '/^([\\s\\S]*)\\.\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*$/', reason: BUNDLED_CEL },
  { file: 'src/validation/cel/index.ts', regex: '/[A-Za-z0-9_.]/', reason: BUNDLED_CEL },
  { file: 'src/validation/cel/index.ts', regex: '/[[(]/', reason: BUNDLED_CEL },
  { file: 'src/validation/schema/rules.ts', regex: '/\\boldSelf\\b/', reason: BUNDLED_CEL },
  { file: 'src/validation/cel/index.ts', regex: '/^__([a-z]+)__$/', reason: `${BUNDLED_CEL} (field names of their ASTs)` },
  { file: 'src/validation/cel/index.ts', regex: '/__(underscores|dot|dash|slash)__/g', reason: `${BUNDLED_CEL} (field names of their ASTs)` },
  {
    file: 'src/validation/schema/rules.ts', regex: "/\\['([^']*)'\\]/g",
    reason: 'runs on the fieldPath of x-kubernetes-validations in the bundled CRD schemas, once per rule',
  },
  {
    file: 'src/validation/webhook/authorization-policy.ts', regex: '/^(not)?(serviceAccounts|trustDomains)$/i',
    reason: 'filters the constant SOURCE_FIELDS list once at module load',
  },
];
