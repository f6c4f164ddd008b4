/**
 * The JSON field names of MeshConfig and ProxyConfig in Istio 1.30 (api@v1.30.3 mesh/v1alpha1/config.proto and
 * proxy.proto). Istio parses both leniently and drops unknown fields without a word, so a typo or a setting
 * from a blog post silently does nothing.
 */
export declare const MESH_CONFIG_FIELDS: ReadonlySet<string>;
export declare const PROXY_CONFIG_FIELDS: ReadonlySet<string>;
/** Settings people put in the wrong place, with where they really go. */
export declare const MISPLACED_MESH_FIELDS: ReadonlyMap<string, string>;
/** proxyMetadata keys from the runbook that no Istio release reads (ISTIO-FACTS §5.5), with the real setting. */
export declare const FAKE_PROXY_METADATA: ReadonlyMap<string, string>;
