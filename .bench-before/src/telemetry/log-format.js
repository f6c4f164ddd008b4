"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.logFormatError = logFormatError;
exports.renderLogFormat = renderLogFormat;
const access_log_options_1 = require("./access-log-options");
/**
 * Why `format` does not suit `encoding`, or undefined when it does. JSON needs a JSON object whose values are
 * all strings (Envoy command operators such as "%RESPONSE_CODE%"); Istio silently falls back to its default
 * map for anything else, so the mistake would only show up as unexpected log lines.
 */
function logFormatError(encoding, format) {
    if (encoding === access_log_options_1.AccessLogEncoding.TEXT) {
        return format.trim() === ''
            ? `must be a non-empty Envoy format string for TEXT encoding (e.g. "[%START_TIME%] %REQ(:METHOD)% %RESPONSE_CODE%"), got ${JSON.stringify(format)}`
            : undefined;
    }
    const example = 'e.g. \'{"status":"%RESPONSE_CODE%","path":"%REQ(:PATH)%"}\'';
    let parsed;
    try {
        parsed = JSON.parse(format);
    }
    catch {
        return `must be a JSON object of strings for JSON encoding (${example}), got ${JSON.stringify(format)}, which is not valid JSON`;
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        return `must be a JSON object of strings for JSON encoding (${example}), got ${JSON.stringify(format)}`;
    }
    const entries = Object.entries(parsed);
    if (entries.length === 0) {
        return `must name at least one field for JSON encoding (${example}); leave 'format' out for Istio's default fields`;
    }
    const bad = entries.find(([key, value]) => key === '' || typeof value !== 'string');
    if (bad) {
        return bad[0] === ''
            ? `must not have an empty field name for JSON encoding (${example})`
            : `field "${bad[0]}" must be a string (an Envoy command operator such as "%RESPONSE_CODE%"), got ${JSON.stringify(bad[1])}`;
    }
    return undefined;
}
/** The provider form of an already validated format. */
function renderLogFormat(encoding, format) {
    if (encoding === access_log_options_1.AccessLogEncoding.TEXT) {
        return format === undefined ? {} : { providerFormat: { text: format } };
    }
    if (format === undefined) {
        // An empty labels map is Istio's switch for its default JSON field set.
        return { providerFormat: { labels: {} } };
    }
    const labels = JSON.parse(format);
    return { providerFormat: { labels } };
}
//# sourceMappingURL=log-format.js.map