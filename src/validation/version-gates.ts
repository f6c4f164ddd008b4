/**
 * Fields that exist only from some Istio minor release on, checked against the release the output targets
 * (context `istioVersion` at synth, `--istio-version` in the CLI). An older istiod drops a field it does not know
 * (the CRD schema prunes it, the proxy ignores an unknown ProxyConfig field), so the setting silently does
 * nothing: an error, like the constructs' own check of the same props.
 */
import { Finding, Layer, objectRef } from './finding';
import { FIELD_NEWER_THAN_TARGET } from './finding-codes';
import { isIstioObject } from './istio-kinds';
import { parseYamlText } from './util/lazy-modules';
import { isObj, list, obj, str } from './util/plain-json';
import { PROXY_CONFIG_ANNOTATION } from './util/istio-names';
import { podMetadataPath, valueAt } from './util/pod-template';

/** The first minor release with VirtualService `http[].retries.backoff`. */
export const RETRY_BACKOFF_MIN_MINOR = 26;
/** The first minor release whose ProxyConfig has `fileFlushInterval` / `fileFlushMinSizeKb`. */
export const FLUSH_SETTINGS_MIN_MINOR = 29;
const FLUSH_FIELDS = ['fileFlushInterval', 'fileFlushMinSizeKb'];

/** Findings for fields of `o` that Istio 1.<minor> does not have; [] when all are known to that release. */
export function versionFindings(o: object, minor: number): Finding[] {
  const out: Finding[] = [];
  const add = (path: string, field: string, since: number) => out.push({
    severity: FIELD_NEWER_THAN_TARGET.severity, code: FIELD_NEWER_THAN_TARGET.code, layer: Layer.SCHEMA, ...objectRef(o), path,
    message: `${field} exists from Istio 1.${since}; the target release 1.${minor} drops it silently ` +
      '(raise the target version, or leave the field out)',
  });
  const kind = str(obj(o).kind);
  if (kind === 'VirtualService' && isIstioObject(o) && minor < RETRY_BACKOFF_MIN_MINOR) {
    list(obj(obj(o).spec).http).forEach((route, i) => {
      if (obj(obj(route).retries).backoff !== undefined) add(`spec.http[${i}].retries.backoff`, 'retries.backoff', RETRY_BACKOFF_MIN_MINOR);
    });
  }
  const podPath = podMetadataPath(kind);
  if (podPath !== undefined && minor < FLUSH_SETTINGS_MIN_MINOR) {
    const value = obj(obj(valueAt(o, podPath)).annotations)[PROXY_CONFIG_ANNOTATION];
    const config = typeof value === 'string' ? proxyConfig(value) : undefined;
    for (const field of FLUSH_FIELDS) {
      if (config !== undefined && config[field] !== undefined) {
        add([...podPath, 'annotations', PROXY_CONFIG_ANNOTATION].join('.'), `ProxyConfig ${field}`, FLUSH_SETTINGS_MIN_MINOR);
      }
    }
  }
  return out;
}

/** The annotation's ProxyConfig mapping; undefined when it is not one (the analysis reports that, CDK8SISTIO-009). */
function proxyConfig(text: string): { readonly [key: string]: unknown } | undefined {
  try {
    const parsed = parseYamlText(text);
    return isObj(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
