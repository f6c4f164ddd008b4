import { renderProxyConfigAnnotation } from '../shared/proxy-config';
import { parseYamlText } from '../validation/util/lazy-modules';

/**
 * The `proxy.istio.io/config` value with `fields` merged over an existing value (YAML or JSON ProxyConfig
 * fragment), keeping every other field the workload already sets. Throws when the existing value is not a
 * YAML mapping, since overwriting it would silently drop the owner's settings.
 */
export function mergeProxyConfigAnnotation(existing: string | undefined, fields: { [field: string]: unknown }): string {
  if (existing === undefined || existing.trim() === '') return renderProxyConfigAnnotation(fields);
  let parsed: unknown;
  try {
    parsed = parseYamlText(existing);
  } catch (e) {
    throw new Error(`the existing value ${JSON.stringify(existing)} is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error(`the existing value ${JSON.stringify(existing)} is not a ProxyConfig mapping (e.g. '{"concurrency":2}')`);
  }
  return renderProxyConfigAnnotation({ ...(parsed as { [field: string]: unknown }), ...fields });
}
