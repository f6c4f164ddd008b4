"use strict";
/**
 * The JSON field names of MeshConfig and ProxyConfig in Istio 1.30 (api@v1.30.3 mesh/v1alpha1/config.proto and
 * proxy.proto). Istio parses both leniently and drops unknown fields without a word, so a typo or a setting
 * from a blog post silently does nothing.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.FAKE_PROXY_METADATA = exports.MISPLACED_MESH_FIELDS = exports.PROXY_CONFIG_FIELDS = exports.MESH_CONFIG_FIELDS = void 0;
exports.MESH_CONFIG_FIELDS = new Set([
    'proxyListenPort', 'proxyInboundListenPort', 'proxyHttpPort', 'connectTimeout', 'protocolDetectionTimeout',
    'tcpKeepalive', 'ingressClass', 'ingressService', 'ingressControllerMode', 'ingressSelector', 'enableTracing',
    'accessLogFile', 'accessLogFormat', 'accessLogEncoding', 'enableEnvoyAccessLogService', 'disableEnvoyListenerLog',
    'defaultConfig', 'outboundTrafficPolicy', 'inboundTrafficPolicy', 'configSources', 'enableAutoMtls', 'trustDomain',
    'trustDomainAliases', 'caCertificates', 'defaultServiceExportTo', 'defaultVirtualServiceExportTo',
    'defaultDestinationRuleExportTo', 'rootNamespace', 'localityLbSetting', 'dnsRefreshRate', 'h2UpgradePolicy',
    'inboundClusterStatName', 'outboundClusterStatName', 'certificates', 'serviceSettings', 'enablePrometheusMerge',
    'verifyCertificateAtClient', 'ca', 'extensionProviders', 'defaultProviders', 'discoverySelectors',
    'pathNormalization', 'defaultHttpRetryPolicy', 'meshMTLS', 'tlsDefaults', 'serviceScopeConfigs', 'thriftConfig',
]);
exports.PROXY_CONFIG_FIELDS = new Set([
    'configPath', 'binaryPath', 'serviceCluster', 'tracingServiceName', 'drainDuration', 'parentShutdownDuration',
    'discoveryAddress', 'statsdUdpAddress', 'proxyAdminPort', 'availabilityZone', 'controlPlaneAuthPolicy',
    'customConfigFile', 'statNameLength', 'concurrency', 'proxyBootstrapTemplatePath', 'interceptionMode', 'tracing',
    'envoyAccessLogService', 'envoyMetricsService', 'proxyMetadata', 'runtimeValues', 'statusPort', 'extraStatTags',
    'gatewayTopology', 'terminationDrainDuration', 'meshId', 'readinessProbe', 'proxyStatsMatcher',
    'holdApplicationUntilProxyStarts', 'caCertificatesPem', 'image', 'privateKeyProvider', 'proxyHeaders',
    'fileFlushInterval', 'fileFlushMinSizeKb',
]);
/** Settings people put in the wrong place, with where they really go. */
exports.MISPLACED_MESH_FIELDS = new Map(Object.entries({
    fileFlushInterval: 'it is a ProxyConfig field (Istio 1.29+): set meshConfig.defaultConfig.fileFlushInterval, ' +
        'or per pod `fileFlushInterval` in the proxy.istio.io/config annotation',
    fileFlushMinSizeKb: 'it is a ProxyConfig field (Istio 1.29+): set meshConfig.defaultConfig.fileFlushMinSizeKb, ' +
        'or per pod `fileFlushMinSizeKb` in the proxy.istio.io/config annotation',
    proxyMetadata: 'it is a ProxyConfig field: set it under meshConfig.defaultConfig',
    holdApplicationUntilProxyStarts: 'it is a ProxyConfig field: set it under meshConfig.defaultConfig',
    concurrency: 'it is a ProxyConfig field: set it under meshConfig.defaultConfig',
}));
/** proxyMetadata keys from the runbook that no Istio release reads (ISTIO-FACTS §5.5), with the real setting. */
exports.FAKE_PROXY_METADATA = new Map(Object.entries({
    accesslogbuffersizebytes: 'fileFlushMinSizeKb (ProxyConfig, Istio 1.29+, e.g. `fileFlushMinSizeKb: 1024` for 1 MiB)',
    access_log_buffer_size_bytes: 'fileFlushMinSizeKb (ProxyConfig, Istio 1.29+, e.g. `fileFlushMinSizeKb: 1024` for 1 MiB)',
    accesslogflushinterval: 'fileFlushInterval (ProxyConfig, Istio 1.29+, e.g. `fileFlushInterval: 1s`)',
    access_log_flush_interval: 'fileFlushInterval (ProxyConfig, Istio 1.29+, e.g. `fileFlushInterval: 1s`)',
}));
//# sourceMappingURL=config-fields.js.map