import { Duration, Size } from 'cdk8s';
import { IstioVersion } from '../shared/istio-version';
import { FLUSH_SETTINGS_MIN_MINOR } from '../validation/version-gates';
export { FLUSH_SETTINGS_MIN_MINOR };
/**
 * ProxyConfig fields for Envoy's file flushing. pilot-agent turns them into Envoy command-line flags
 * (`--file-flush-interval-msec`, `--file-flush-min-size-kb`), so they apply per proxy and only at its start.
 */
export interface FlushSettings {
    readonly fileFlushInterval: string;
    readonly fileFlushMinSizeKb: number;
}
/**
 * Envoy takes whole KiB. 0 is rejected because Istio reads it as "unset" and Envoy then buffers its built-in
 * 64 KiB, which is not what a caller who wrote 0 asked for.
 */
export declare function minFlushSizeError(size: Size): string | undefined;
/** The ProxyConfig fields for already validated values. */
export declare function renderFlushSettings(interval: Duration, size: Size): FlushSettings;
/** Why explicit flush settings cannot target `version` (one that predates them). */
export declare function flushVersionError(propCount: number, version: IstioVersion): string;
