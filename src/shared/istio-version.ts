import { IConstruct } from 'constructs';

/** The construct context key that selects the Istio release the output targets. */
export const ISTIO_VERSION_CONTEXT_KEY = 'istioVersion';

/**
 * An Istio minor release the output targets (context key `istioVersion`, default 1.30).
 * Supported: 1.22 (first release serving the v1 APIs this library emits) to 1.30.
 */
export class IstioVersion {
  public static readonly OLDEST_SUPPORTED = 22;
  public static readonly NEWEST_SUPPORTED = 30;
  public static readonly DEFAULT = new IstioVersion(30);

  /** Parses "1.29", "1.29.2" or "v1.29"; throws an Error naming the supported range otherwise. */
  public static parse(value: string): IstioVersion {
    const m = /^v?1\.(\d+)(\.\d+)?$/.exec(String(value).trim());
    const minor = m ? Number(m[1]) : NaN;
    if (!m || minor < IstioVersion.OLDEST_SUPPORTED || minor > IstioVersion.NEWEST_SUPPORTED) {
      throw new Error(`Context '${ISTIO_VERSION_CONTEXT_KEY}' is "${value}": supported Istio versions are ` +
        `1.${IstioVersion.OLDEST_SUPPORTED} to 1.${IstioVersion.NEWEST_SUPPORTED} (e.g. "1.30")`);
    }
    return new IstioVersion(minor);
  }

  /** The target version for a construct, from the context key `istioVersion` (default 1.30). */
  public static of(scope: IConstruct): IstioVersion {
    const value = scope.node.tryGetContext(ISTIO_VERSION_CONTEXT_KEY);
    return value === undefined ? IstioVersion.DEFAULT : IstioVersion.parse(String(value));
  }

  private constructor(public readonly minor: number) {}

  /** True when this release is 1.<minor> or newer. */
  public atLeast(minor: number): boolean {
    return this.minor >= minor;
  }

  public toString(): string {
    return `1.${this.minor}`;
  }
}
