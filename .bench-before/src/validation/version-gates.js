"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FLUSH_SETTINGS_MIN_MINOR = exports.RETRY_BACKOFF_MIN_MINOR = exports.FIELD_NEWER_THAN_TARGET = void 0;
exports.versionFindings = versionFindings;
/**
 * Fields that exist only from some Istio minor release on, checked against the release the output targets
 * (context `istioVersion` at synth, `--istio-version` in the CLI). An older istiod drops a field it does not know
 * (the CRD schema prunes it, the proxy ignores an unknown ProxyConfig field), so the setting silently does
 * nothing: an error, like the constructs' own check of the same props.
 */
const finding_1 = require("./finding");
const istio_kinds_1 = require("./istio-kinds");
const lazy_modules_1 = require("./util/lazy-modules");
const plain_json_1 = require("./util/plain-json");
const istio_names_1 = require("./util/istio-names");
const pod_template_1 = require("./util/pod-template");
/** The code of a field the target Istio release does not have yet. */
exports.FIELD_NEWER_THAN_TARGET = 'CDK8SISTIO-041';
/** The first minor release with VirtualService `http[].retries.backoff`. */
exports.RETRY_BACKOFF_MIN_MINOR = 26;
/** The first minor release whose ProxyConfig has `fileFlushInterval` / `fileFlushMinSizeKb`. */
exports.FLUSH_SETTINGS_MIN_MINOR = 29;
const FLUSH_FIELDS = ['fileFlushInterval', 'fileFlushMinSizeKb'];
/** Findings for fields of `o` that Istio 1.<minor> does not have; [] when all are known to that release. */
function versionFindings(o, minor) {
    const out = [];
    const add = (path, field, since) => out.push({
        severity: finding_1.Severity.ERROR, code: exports.FIELD_NEWER_THAN_TARGET, layer: finding_1.Layer.SCHEMA, ...(0, finding_1.objectRef)(o), path,
        message: `${field} exists from Istio 1.${since}; the target release 1.${minor} drops it silently ` +
            '(raise the target version, or leave the field out)',
    });
    const kind = (0, plain_json_1.str)((0, plain_json_1.obj)(o).kind);
    if (kind === 'VirtualService' && (0, istio_kinds_1.isIstioObject)(o) && minor < exports.RETRY_BACKOFF_MIN_MINOR) {
        (0, plain_json_1.list)((0, plain_json_1.obj)((0, plain_json_1.obj)(o).spec).http).forEach((route, i) => {
            if ((0, plain_json_1.obj)((0, plain_json_1.obj)(route).retries).backoff !== undefined)
                add(`spec.http[${i}].retries.backoff`, 'retries.backoff', exports.RETRY_BACKOFF_MIN_MINOR);
        });
    }
    const podPath = (0, pod_template_1.podMetadataPath)(kind);
    if (podPath !== undefined && minor < exports.FLUSH_SETTINGS_MIN_MINOR) {
        const value = (0, plain_json_1.obj)((0, plain_json_1.obj)((0, pod_template_1.valueAt)(o, podPath)).annotations)[istio_names_1.PROXY_CONFIG_ANNOTATION];
        const config = typeof value === 'string' ? proxyConfig(value) : undefined;
        for (const field of FLUSH_FIELDS) {
            if (config !== undefined && config[field] !== undefined) {
                add([...podPath, 'annotations', istio_names_1.PROXY_CONFIG_ANNOTATION].join('.'), `ProxyConfig ${field}`, exports.FLUSH_SETTINGS_MIN_MINOR);
            }
        }
    }
    return out;
}
/** The annotation's ProxyConfig mapping; undefined when it is not one (the analysis reports that, CDK8SISTIO-009). */
function proxyConfig(text) {
    try {
        const parsed = (0, lazy_modules_1.parseYamlText)(text);
        return (0, plain_json_1.isObj)(parsed) ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
//# sourceMappingURL=version-gates.js.map