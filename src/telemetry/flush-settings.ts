import { Duration, Size, SizeRoundingBehavior } from 'cdk8s';
import { ISTIO_VERSION_CONTEXT_KEY, IstioVersion } from '../shared/istio-version';
import { formatMillis } from '../validation/util/duration';
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

/** ProxyConfig's field is a uint32 count of KiB. */
const MAX_FLUSH_SIZE_KIB = 4_294_967_295;

/**
 * Envoy takes whole KiB. 0 is rejected because Istio reads it as "unset" and Envoy then buffers its built-in
 * 64 KiB, which is not what a caller who wrote 0 asked for.
 */
export function minFlushSizeError(size: Size): string | undefined {
  const kib = size.toKibibytes({ rounding: SizeRoundingBehavior.NONE });
  if (kib >= 1 && kib <= MAX_FLUSH_SIZE_KIB && Number.isInteger(kib)) return undefined;
  return 'must be a whole number of KiB from 1 KiB to 4294967295 KiB (e.g. Size.kibibytes(64), Size.mebibytes(1)), ' +
    `got ${kib} KiB`;
}

/** The ProxyConfig fields for already validated values. */
export function renderFlushSettings(interval: Duration, size: Size): FlushSettings {
  return {
    fileFlushInterval: formatMillis(interval.toMilliseconds({ integral: false })),
    fileFlushMinSizeKb: size.toKibibytes({ rounding: SizeRoundingBehavior.NONE }),
  };
}

/** Why explicit flush settings cannot target `version` (one that predates them). */
export function flushVersionError(propCount: number, version: IstioVersion): string {
  const first = `1.${FLUSH_SETTINGS_MIN_MINOR}`;
  return `${propCount > 1 ? 'need' : 'needs'} Istio ${first} or newer (ProxyConfig fileFlushInterval / fileFlushMinSizeKb ` +
    `do not exist before ${first}, and older proxies silently ignore them), but context '${ISTIO_VERSION_CONTEXT_KEY}' ` +
    `targets ${version}; set '${ISTIO_VERSION_CONTEXT_KEY}' to ${first} or newer, or leave 'flushInterval' and 'minFlushSize' unset`;
}
