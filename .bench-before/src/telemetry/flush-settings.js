"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FLUSH_SETTINGS_MIN_MINOR = void 0;
exports.minFlushSizeError = minFlushSizeError;
exports.renderFlushSettings = renderFlushSettings;
exports.flushVersionError = flushVersionError;
const cdk8s_1 = require("cdk8s");
const istio_version_1 = require("../shared/istio-version");
const duration_1 = require("../validation/util/duration");
const version_gates_1 = require("../validation/version-gates");
Object.defineProperty(exports, "FLUSH_SETTINGS_MIN_MINOR", { enumerable: true, get: function () { return version_gates_1.FLUSH_SETTINGS_MIN_MINOR; } });
/** ProxyConfig's field is a uint32 count of KiB. */
const MAX_FLUSH_SIZE_KIB = 4_294_967_295;
/**
 * Envoy takes whole KiB. 0 is rejected because Istio reads it as "unset" and Envoy then buffers its built-in
 * 64 KiB, which is not what a caller who wrote 0 asked for.
 */
function minFlushSizeError(size) {
    const kib = size.toKibibytes({ rounding: cdk8s_1.SizeRoundingBehavior.NONE });
    if (kib >= 1 && kib <= MAX_FLUSH_SIZE_KIB && Number.isInteger(kib))
        return undefined;
    return 'must be a whole number of KiB from 1 KiB to 4294967295 KiB (e.g. Size.kibibytes(64), Size.mebibytes(1)), ' +
        `got ${kib} KiB`;
}
/** The ProxyConfig fields for already validated values. */
function renderFlushSettings(interval, size) {
    return {
        fileFlushInterval: (0, duration_1.formatMillis)(interval.toMilliseconds({ integral: false })),
        fileFlushMinSizeKb: size.toKibibytes({ rounding: cdk8s_1.SizeRoundingBehavior.NONE }),
    };
}
/** Why explicit flush settings cannot target `version` (one that predates them). */
function flushVersionError(propCount, version) {
    const first = `1.${version_gates_1.FLUSH_SETTINGS_MIN_MINOR}`;
    return `${propCount > 1 ? 'need' : 'needs'} Istio ${first} or newer (ProxyConfig fileFlushInterval / fileFlushMinSizeKb ` +
        `do not exist before ${first}, and older proxies silently ignore them), but context '${istio_version_1.ISTIO_VERSION_CONTEXT_KEY}' ` +
        `targets ${version}; set '${istio_version_1.ISTIO_VERSION_CONTEXT_KEY}' to ${first} or newer, or leave 'flushInterval' and 'minFlushSize' unset`;
}
//# sourceMappingURL=flush-settings.js.map