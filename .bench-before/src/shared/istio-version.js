"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IstioVersion = exports.ISTIO_VERSION_NEWER_THAN_SUPPORTED = exports.ISTIO_VERSION_CONTEXT_KEY = void 0;
/** The construct context key that selects the Istio release the output targets. */
exports.ISTIO_VERSION_CONTEXT_KEY = 'istioVersion';
/** Code of the warning that the requested Istio release is newer than this library's rules. */
exports.ISTIO_VERSION_NEWER_THAN_SUPPORTED = 'CDK8SISTIO-040';
/**
 * An Istio minor release the output targets (context key `istioVersion`, CLI `--istio-version`; default 1.30).
 * Supported: 1.22 (first release serving the v1 APIs this library emits) to 1.30. A newer release is accepted with
 * a warning and checked with the newest rules (1.30), so that the day Istio 1.31 ships blocks nobody; older ones
 * and anything that is not `1.<minor>[.<patch>]` are errors.
 */
class IstioVersion {
    static OLDEST_SUPPORTED = 22;
    static NEWEST_SUPPORTED = 30;
    static DEFAULT = new IstioVersion(30, 30);
    /** The construct context key (`istioVersion`). */
    static CONTEXT_KEY = exports.ISTIO_VERSION_CONTEXT_KEY;
    /**
     * Parses "1.29", "1.29.2" or "v1.29". A release newer than 1.30 gives the 1.30 rules with `warning` set; an older
     * or malformed one throws an Error naming the supported range.
     * @param value the version text
     * @param source what the value came from, for the messages
     * @default source "Context 'istioVersion'"
     */
    static parse(value, source = `Context '${exports.ISTIO_VERSION_CONTEXT_KEY}'`) {
        const m = /^v?1\.(\d+)(\.\d+)?$/.exec(String(value).trim());
        const minor = m ? Number(m[1]) : NaN;
        if (!m || minor < IstioVersion.OLDEST_SUPPORTED) {
            throw new Error(`${source} is "${value}": supported Istio versions are ` +
                `1.${IstioVersion.OLDEST_SUPPORTED} to 1.${IstioVersion.NEWEST_SUPPORTED} (e.g. "1.30"; newer ones are checked with the 1.30 rules)`);
        }
        return new IstioVersion(Math.min(minor, IstioVersion.NEWEST_SUPPORTED), minor);
    }
    /** The target version for a construct, from the context key `istioVersion` (default 1.30). */
    static of(scope) {
        const value = scope.node.tryGetContext(exports.ISTIO_VERSION_CONTEXT_KEY);
        return value === undefined ? IstioVersion.DEFAULT : IstioVersion.parse(String(value));
    }
    /** The release whose rules apply (at most NEWEST_SUPPORTED). */
    minor;
    /** The release that was asked for (greater than `minor` when it is newer than this library knows). */
    requestedMinor;
    constructor(minor, requestedMinor) {
        this.minor = minor;
        this.requestedMinor = requestedMinor;
    }
    /** True when this release is 1.<minor> or newer. */
    atLeast(minor) {
        return this.minor >= minor;
    }
    /** The warning to show when the requested release is newer than the newest supported; undefined otherwise. */
    get warning() {
        if (this.requestedMinor <= this.minor)
            return undefined;
        return `Istio 1.${this.requestedMinor} is newer than this version of cdk8s-istio knows (1.${IstioVersion.OLDEST_SUPPORTED} ` +
            `to 1.${IstioVersion.NEWEST_SUPPORTED}): the output is checked with the 1.${this.minor} rules; upgrade cdk8s-istio ` +
            `for 1.${this.requestedMinor}'s (${exports.ISTIO_VERSION_NEWER_THAN_SUPPORTED})`;
    }
    toString() {
        return `1.${this.minor}`;
    }
}
exports.IstioVersion = IstioVersion;
//# sourceMappingURL=istio-version.js.map