import { show } from '../shared/prop-errors';
import { FactoryArgs } from '../shared/prop-types';
import { MAX_REGEX_LENGTH as ISTIO_MAX_REGEX_LENGTH, re2Error } from '../validation/util/re2';

/** How a StringMatch compares. */
export enum StringMatchType {
  /** The whole value equals the given string. */
  EXACT = 'exact',
  /** The value starts with the given string. */
  PREFIX = 'prefix',
  /** The whole value matches the given RE2 regular expression. */
  REGEX = 'regex',
}

/** Istio's limit on a regex in a route match (istiod webhook). */
export const MAX_REGEX_LENGTH = ISTIO_MAX_REGEX_LENGTH;

/** A string comparison in a route match (header value, URI, query parameter). */
export class StringMatch {
  /** Matches when the value is exactly `value` (the empty string is allowed). */
  public static exact(value: string): StringMatch {
    new FactoryArgs('StringMatch.exact').string('value', value);
    return new StringMatch(StringMatchType.EXACT, value);
  }

  /** Matches when the value starts with `value` (must not be empty). */
  public static prefix(value: string): StringMatch {
    new FactoryArgs('StringMatch.prefix').string('value', value);
    return new StringMatch(StringMatchType.PREFIX, value);
  }

  /**
   * Matches when the whole value matches the RE2 regular expression `pattern` (Envoy's syntax: no
   * look-arounds or back-references; at most 1024 characters).
   */
  public static regex(pattern: string): StringMatch {
    new FactoryArgs('StringMatch.regex').string('pattern', pattern);
    return new StringMatch(StringMatchType.REGEX, pattern);
  }

  private constructor(public readonly type: StringMatchType, public readonly value: string) {}

  /**
   * Why Istio would reject this match, or undefined.
   * @internal
   */
  public _error(): string | undefined {
    if (typeof this.value !== 'string') return `${this.type} match must be a string, got ${show(this.value)}`;
    if (this.type === StringMatchType.PREFIX && this.value === '') {
      return 'prefix match must not be empty (an empty prefix matches every request)';
    }
    if (this.type === StringMatchType.REGEX) {
      if (this.value === '') return 'regex match must not be empty';
      if (this.value.length > MAX_REGEX_LENGTH) {
        return `regex must be at most ${MAX_REGEX_LENGTH} characters, got ${this.value.length}`;
      }
      const error = re2Error(this.value);
      if (error) return `regex ${JSON.stringify(this.value)} is not valid RE2: ${error}`;
    }
    return undefined;
  }

  /** @internal */
  public _toIstio(): { exact?: string; prefix?: string; regex?: string } {
    return { [this.type]: this.value };
  }

  public toString(): string {
    return `${this.type} ${JSON.stringify(this.value)}`;
  }
}
