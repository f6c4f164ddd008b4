import { IConstruct } from 'constructs';
/** The construct context key that selects the Istio release the output targets. */
export declare const ISTIO_VERSION_CONTEXT_KEY = "istioVersion";
/** Code of the warning that the requested Istio release is newer than this library's rules. */
export declare const ISTIO_VERSION_NEWER_THAN_SUPPORTED = "CDK8SISTIO-040";
/**
 * An Istio minor release the output targets (context key `istioVersion`, CLI `--istio-version`; default 1.30).
 * Supported: 1.22 (first release serving the v1 APIs this library emits) to 1.30. A newer release is accepted with
 * a warning and checked with the newest rules (1.30), so that the day Istio 1.31 ships blocks nobody; older ones
 * and anything that is not `1.<minor>[.<patch>]` are errors.
 */
export declare class IstioVersion {
    static readonly OLDEST_SUPPORTED = 22;
    static readonly NEWEST_SUPPORTED = 30;
    static readonly DEFAULT: IstioVersion;
    /** The construct context key (`istioVersion`). */
    static readonly CONTEXT_KEY = "istioVersion";
    /**
     * Parses "1.29", "1.29.2" or "v1.29". A release newer than 1.30 gives the 1.30 rules with `warning` set; an older
     * or malformed one throws an Error naming the supported range.
     * @param value the version text
     * @param source what the value came from, for the messages
     * @default source "Context 'istioVersion'"
     */
    static parse(value: string, source?: string): IstioVersion;
    /** The target version for a construct, from the context key `istioVersion` (default 1.30). */
    static of(scope: IConstruct): IstioVersion;
    /** The release whose rules apply (at most NEWEST_SUPPORTED). */
    readonly minor: number;
    /** The release that was asked for (greater than `minor` when it is newer than this library knows). */
    readonly requestedMinor: number;
    private constructor();
    /** True when this release is 1.<minor> or newer. */
    atLeast(minor: number): boolean;
    /** The warning to show when the requested release is newer than the newest supported; undefined otherwise. */
    get warning(): string | undefined;
    toString(): string;
}
