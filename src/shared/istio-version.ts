import { IConstruct } from 'constructs';
import { show } from './prop-errors';
import { checkScope } from './prop-types';
import { isDigits } from '../validation/util/chars';
import { ISTIO_VERSION_NEWER_THAN_SUPPORTED } from '../validation/finding-codes';

/** The minor release of `v?1.<minor>(.<patch>)?` (`^v?1\.(\d+)(\.\d+)?$`), or NaN. */
function parseMinor(text: string): number {
  const body = text.startsWith('v1.') ? text.slice(3) : text.startsWith('1.') ? text.slice(2) : '';
  const dot = body.indexOf('.');
  const minor = dot < 0 ? body : body.slice(0, dot);
  return isDigits(minor) && (dot < 0 || isDigits(body, dot + 1)) ? Number(minor) : NaN;
}

/** The construct context key that selects the Istio release the output targets. */
export const ISTIO_VERSION_CONTEXT_KEY = 'istioVersion';

/**
 * An Istio minor release the output targets (context key `istioVersion`, CLI `--istio-version`; default 1.30).
 * Supported: 1.22 (first release serving the v1 APIs this library emits) to 1.30. A newer release is accepted with
 * a warning and checked with the newest rules (1.30), so that the day Istio 1.31 ships blocks nobody; older ones
 * and anything that is not `1.<minor>[.<patch>]` are errors.
 */
export class IstioVersion {
  public static readonly OLDEST_SUPPORTED = 22;
  public static readonly NEWEST_SUPPORTED = 30;
  public static readonly DEFAULT = new IstioVersion(30, 30);
  /** The construct context key (`istioVersion`). */
  public static readonly CONTEXT_KEY = ISTIO_VERSION_CONTEXT_KEY;

  /**
   * Parses "1.29", "1.29.2" or "v1.29". A release newer than 1.30 gives the 1.30 rules with `warning` set; an older
   * or malformed one throws an Error naming the supported range.
   * @param value the version text
   * @param source what the value came from, for the messages
   * @default source "Context 'istioVersion'"
   */
  public static parse(value: string, source: string = `Context '${ISTIO_VERSION_CONTEXT_KEY}'`): IstioVersion {
    // Anything but a string is refused as it is (IstioVersion.of turns a YAML context number into text first).
    const text = typeof value === 'string' ? value : undefined;
    const minor = text === undefined ? NaN : parseMinor(text.trim());
    if (Number.isNaN(minor) || minor < IstioVersion.OLDEST_SUPPORTED) {
      throw new Error(`${source} is ${text !== undefined ? `"${text}"` : show(value)}: supported Istio versions are ` +
        `1.${IstioVersion.OLDEST_SUPPORTED} to 1.${IstioVersion.NEWEST_SUPPORTED} (e.g. "1.30"; newer ones are checked with the 1.30 rules)`);
    }
    return new IstioVersion(Math.min(minor, IstioVersion.NEWEST_SUPPORTED), minor);
  }

  /** The target version for a construct, from the context key `istioVersion` (default 1.30). */
  public static of(scope: IConstruct): IstioVersion {
    checkScope('IstioVersion.of', scope);
    const value = scope.node.tryGetContext(ISTIO_VERSION_CONTEXT_KEY);
    // A context value written in YAML as `1.29` arrives as a number.
    return value === undefined ? IstioVersion.DEFAULT : IstioVersion.parse(typeof value === 'number' ? String(value) : value);
  }

  /** The release whose rules apply (at most NEWEST_SUPPORTED). */
  public readonly minor: number;
  /** The release that was asked for (greater than `minor` when it is newer than this library knows). */
  public readonly requestedMinor: number;

  private constructor(minor: number, requestedMinor: number) {
    this.minor = minor;
    this.requestedMinor = requestedMinor;
  }

  /** True when this release is 1.<minor> or newer. */
  public atLeast(minor: number): boolean {
    return this.minor >= minor;
  }

  /** The warning to show when the requested release is newer than the newest supported; undefined otherwise. */
  public get warning(): string | undefined {
    if (this.requestedMinor <= this.minor) return undefined;
    return `Istio 1.${this.requestedMinor} is newer than this version of cdk8s-istio knows (1.${IstioVersion.OLDEST_SUPPORTED} ` +
      `to 1.${IstioVersion.NEWEST_SUPPORTED}): the output is checked with the 1.${this.minor} rules; upgrade cdk8s-istio ` +
      `for 1.${this.requestedMinor}'s (${ISTIO_VERSION_NEWER_THAN_SUPPORTED.code})`;
  }

  public toString(): string {
    return `1.${this.minor}`;
  }
}
