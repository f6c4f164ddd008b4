import { AccessLogEncoding } from './access-log-options';
/** The part of an access-log format that Istio reads: the provider's `logFormat`. */
export interface RenderedLogFormat {
    /** `envoyFileAccessLog.logFormat` of an extension provider, or undefined for Istio's TEXT default. */
    readonly providerFormat?: {
        text: string;
    } | {
        labels: {
            [key: string]: string;
        };
    };
}
/**
 * Why `format` does not suit `encoding`, or undefined when it does. JSON needs a JSON object whose values are
 * all strings (Envoy command operators such as "%RESPONSE_CODE%"); Istio silently falls back to its default
 * map for anything else, so the mistake would only show up as unexpected log lines.
 */
export declare function logFormatError(encoding: AccessLogEncoding, format: string): string | undefined;
/** The provider form of an already validated format. */
export declare function renderLogFormat(encoding: AccessLogEncoding, format: string | undefined): RenderedLogFormat;
