/**
 * Remembered CEL outcomes of one schema node, keyed by the node's value as JSON text. A rule's verdict depends on
 * its `self` alone (CEL is pure, and the conversion to CEL values depends only on the value and the node's schema),
 * so objects that repeat a small value (a `PathPrefix /` match, a `kind: Service` backendRef, a timeout) evaluate
 * that node's rules once. Only small plain-JSON values are keyed; anything else (large subtrees, `undefined`,
 * bigints, Maps, -0, non-finite numbers) is evaluated every time, and so is every value of a node whose first
 * values mostly differ (a backendRef with a name per route): keying those would cost more than it saves. Gateway
 * API routes, whose CRDs carry many rules on small, repeated nodes (path matches), gain the most.
 */

/** One failed rule of a node: its `fieldPath` ('' = at the node) and the message. */
export interface RuleOutcome {
  readonly fieldPath: string;
  readonly message: string;
}

/** Longest key remembered (characters): bigger values are rarely repeated and cost more to key. */
const MAX_KEY_LENGTH = 256;
/** Values remembered per node; the memo starts over when full, so memory stays bounded. */
const MAX_ENTRIES = 512;

const NONE: readonly RuleOutcome[] = [];

/** The value as JSON text when it is small plain JSON, else undefined. */
export function smallJsonKey(value: unknown): string | undefined {
  const key = keyText(value, '');
  return key !== undefined && key.length <= MAX_KEY_LENGTH ? key : undefined;
}

/** `out` followed by the value's key text; undefined when the value is not plain JSON or the text grows too long. */
function keyText(v: unknown, out: string): string | undefined {
  if (out.length > MAX_KEY_LENGTH) return undefined;
  switch (typeof v) {
    case 'string': return out + JSON.stringify(v);
    case 'boolean': return out + (v ? 't' : 'f');
    case 'number': return Number.isFinite(v) && !Object.is(v, -0) ? `${out}${v}` : undefined;
    case 'object': {
      if (v === null) return `${out}n`;
      let text: string | undefined = out;
      if (Array.isArray(v)) {
        text += '[';
        for (let i = 0; i < v.length; i++) {
          if (!(i in v)) return undefined;
          text = keyText(v[i], text);
          if (text === undefined) return undefined;
          text += ',';
        }
        return `${text}]`;
      }
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) return undefined;
      text += '{';
      for (const k of Object.keys(v)) {
        text = keyText((v as { [k: string]: unknown })[k], `${text}${JSON.stringify(k)}:`);
        if (text === undefined) return undefined;
        text += ',';
      }
      return `${text}}`;
    }
    default: return undefined; // undefined, bigint, function, symbol
  }
}

/** Lookups after which a node that rarely hits stops remembering (keying it costs more than it saves). */
const TRIAL_LOOKUPS = 64;

export class RuleMemo {
  private entries = new Map<string, readonly RuleOutcome[]>();
  private lookups = 0;
  private hits = 0;
  private off = false;

  /** Whether this node still remembers: not once its first lookups showed that its values rarely repeat. */
  public get active(): boolean {
    return !this.off;
  }

  public get(key: string): readonly RuleOutcome[] | undefined {
    const found = this.entries.get(key);
    if (this.lookups < TRIAL_LOOKUPS) {
      this.lookups++;
      if (found !== undefined) this.hits++;
      if (this.lookups === TRIAL_LOOKUPS && this.hits * 2 < this.lookups) {
        this.off = true;
        this.entries = new Map();
      }
    }
    return found;
  }

  public set(key: string, outcomes: readonly RuleOutcome[]): void {
    if (this.off) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries = new Map();
    this.entries.set(key, outcomes.length === 0 ? NONE : outcomes);
  }
}
