/**
 * The `proxy.istio.io/config` value with `fields` merged over an existing value (YAML or JSON ProxyConfig
 * fragment), keeping every other field the workload already sets. Throws when the existing value is not a
 * YAML mapping, since overwriting it would silently drop the owner's settings.
 */
export declare function mergeProxyConfigAnnotation(existing: string | undefined, fields: {
    [field: string]: unknown;
}): string;
