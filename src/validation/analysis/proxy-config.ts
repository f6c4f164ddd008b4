/**
 * MeshConfig / ProxyConfig field names (CDK8SISTIO-006..009): in `proxy.istio.io/config` pod annotations, in
 * IstioOperator `spec.meshConfig` (+ `defaultConfig`) and in the `istio` mesh ConfigMap.
 */
import { ALNUM, CharClass } from '../util/chars';
import { PROXY_CONFIG_ANNOTATION } from '../util/istio-names';
import { parseYamlText as parseYaml } from '../util/lazy-modules';
import { Finding } from '../finding';
import {
  INEFFECTIVE_PROXY_METADATA, INVALID_PROXY_CONFIG_ANNOTATION, UNKNOWN_MESH_CONFIG_FIELD, UNKNOWN_PROXY_CONFIG_FIELD,
} from '../finding-codes';
import {
  FAKE_PROXY_METADATA, MESH_CONFIG_FIELDS, MISPLACED_MESH_FIELDS, PROXY_CONFIG_FIELDS,
} from './config-fields';
import { annotationPath } from './annotations';
import { MeshModel } from './model';
import { asObject, Json, Resource } from './resource';
import { podMetadataPath } from './workloads';

// Environment variable names are UPPER_SNAKE; a camelCase key reads like a setting name that nothing consumes.
const LOWER = new CharClass('a-z');
const UPPER = new CharClass('A-Z');

/** `^[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*$`: a lower-case start and an upper-case letter after it, all alphanumeric. */
function isCamelCase(key: string): boolean {
  if (!LOWER.has(key.charCodeAt(0)) || !ALNUM.all(key)) return false;
  for (let i = 1; i < key.length; i++) if (UPPER.has(key.charCodeAt(i))) return true;
  return false;
}

export function analyzeProxyConfig(model: MeshModel, out: Finding[]): void {
  // Many workloads share one fragment: parse each distinct text once.
  const parsedFragments = new Map<string, Json | string>();
  for (const w of model.workloads) {
    const value = w.annotations[PROXY_CONFIG_ANNOTATION];
    if (value === undefined) continue;
    const path = annotationPath(podMetadataPath(w), PROXY_CONFIG_ANNOTATION);
    let parsed = parsedFragments.get(value);
    if (parsed === undefined) parsedFragments.set(value, parsed = parseFragment(value));
    if (typeof parsed === 'string') {
      out.push(w.res.finding(INVALID_PROXY_CONFIG_ANNOTATION, path,
        `${parsed}; the injector rejects the pod. Write a YAML or JSON map of ProxyConfig fields, e.g. ` +
        '`{"fileFlushInterval": "1s"}`'));
      continue;
    }
    checkProxyConfig(w.res, path, parsed, out);
  }
  for (const { res, path, meshConfig } of model.meshConfigSources) {
    for (const key in meshConfig) {
      if (MESH_CONFIG_FIELDS.has(key)) continue;
      const hint = MISPLACED_MESH_FIELDS.get(key) ?? suggestion(key, MESH_CONFIG_FIELDS);
      out.push(res.finding(UNKNOWN_MESH_CONFIG_FIELD, `${path}.${key}`,
        `"${key}" is not a MeshConfig field and Istio ignores it silently; ${hint}`));
    }
    if (meshConfig.defaultConfig !== undefined) {
      checkProxyConfig(res, `${path}.defaultConfig`, asObject(meshConfig.defaultConfig), out);
    }
  }
}

function parseFragment(value: string): Json | string {
  let parsed: unknown;
  try {
    // Most fragments are JSON (what this library renders), and JSON.parse is far cheaper than a YAML parser.
    parsed = looksLikeJson(value) ? parseJsonOrYaml(value) : parseYaml(value);
  } catch (e) {
    return `${PROXY_CONFIG_ANNOTATION} is not valid YAML/JSON (${(e as Error).message.split('\n')[0]})`;
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    return `${PROXY_CONFIG_ANNOTATION} must be a map of ProxyConfig fields, not ${JSON.stringify(parsed)}`;
  }
  return parsed as Json;
}

function looksLikeJson(value: string): boolean {
  const first = value.trimStart()[0];
  return first === '{' || first === '[';
}

function parseJsonOrYaml(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return parseYaml(value);
  }
}

function checkProxyConfig(res: Resource, path: string, config: Json, out: Finding[]): void {
  for (const key in config) {
    if (PROXY_CONFIG_FIELDS.has(key)) continue;
    const fake = FAKE_PROXY_METADATA.get(key.toLowerCase());
    const hint = fake ? `use ${fake}` : suggestion(key, PROXY_CONFIG_FIELDS);
    out.push(res.finding(UNKNOWN_PROXY_CONFIG_FIELD, `${path}.${key}`,
      `"${key}" is not a ProxyConfig field and Istio ignores it silently; ${hint}`));
  }
  const metadata = asObject(config.proxyMetadata);
  for (const key in metadata) {
    const fake = FAKE_PROXY_METADATA.get(key.toLowerCase());
    if (fake) {
      out.push(res.finding(INEFFECTIVE_PROXY_METADATA, `${path}.proxyMetadata.${key}`,
        `proxyMetadata "${key}" only becomes an environment variable of the proxy and no Istio release reads it, ` +
        `so access logs stay unbuffered as before; use ${fake}`));
    } else if (isCamelCase(key)) {
      out.push(res.finding(INEFFECTIVE_PROXY_METADATA, `${path}.proxyMetadata.${key}`,
        `proxyMetadata "${key}" only becomes an environment variable of the proxy, and Istio's variables are ` +
        'UPPER_SNAKE_CASE: nothing reads this one; if it is meant as a ProxyConfig setting, set it as a ' +
        'ProxyConfig field instead'));
    }
  }
}

/** A "did you mean" for a field that differs from a real one only in case, else the generic advice. */
function suggestion(key: string, fields: ReadonlySet<string>): string {
  const lower = key.toLowerCase();
  for (const f of fields) if (f.toLowerCase() === lower) return `did you mean "${f}"?`;
  return 'remove it or fix its name (field names are camelCase, as in the Istio API reference)';
}
