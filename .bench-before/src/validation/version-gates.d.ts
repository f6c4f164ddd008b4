/**
 * Fields that exist only from some Istio minor release on, checked against the release the output targets
 * (context `istioVersion` at synth, `--istio-version` in the CLI). An older istiod drops a field it does not know
 * (the CRD schema prunes it, the proxy ignores an unknown ProxyConfig field), so the setting silently does
 * nothing: an error, like the constructs' own check of the same props.
 */
import { Finding } from './finding';
/** The code of a field the target Istio release does not have yet. */
export declare const FIELD_NEWER_THAN_TARGET = "CDK8SISTIO-041";
/** The first minor release with VirtualService `http[].retries.backoff`. */
export declare const RETRY_BACKOFF_MIN_MINOR = 26;
/** The first minor release whose ProxyConfig has `fileFlushInterval` / `fileFlushMinSizeKb`. */
export declare const FLUSH_SETTINGS_MIN_MINOR = 29;
/** Findings for fields of `o` that Istio 1.<minor> does not have; [] when all are known to that release. */
export declare function versionFindings(o: object, minor: number): Finding[];
