import { errors, warnings } from './helpers';

describe('WorkloadEntry', () => {
  it('accepts IP, FQDN and unix socket addresses, and a network instead of an address (with a warning)', () => {
    expect(errors('WorkloadEntry', { address: '10.0.0.1', ports: { http: 8080 }, labels: { app: 'vm' } })).toEqual([]);
    expect(errors('WorkloadEntry', { address: 'vm1.corp.example.com' })).toEqual([]);
    expect(errors('WorkloadEntry', { address: 'unix:///var/run/app.sock' })).toEqual([]);
    expect(errors('WorkloadEntry', { network: 'vpc-1' })).toEqual([]);
    expect(warnings('WorkloadEntry', { network: 'vpc-1' })).toEqual(['spec.address: address is unset with network "vpc-1"']);
  });

  it('requires an address or a network', () => {
    expect(errors('WorkloadEntry', { labels: { app: 'vm' } })).toEqual(['spec.address: address is required']);
  });

  it('rejects addresses that are neither IP, FQDN nor an absolute unix socket', () => {
    expect(errors('WorkloadEntry', { address: '1.2.3.4:80' })).toEqual(['spec.address: endpoint address "1.2.3.4:80" is not a valid FQDN or an IP address']);
    expect(errors('WorkloadEntry', { address: 'unix://rel.sock', ports: { http: 80 } })).toEqual([
      'spec.address: rel.sock is not an absolute path to a file',
      'spec.ports: unix endpoint unix://rel.sock must not include ports',
    ]);
  });

  it('validates port names, port numbers and labels', () => {
    expect(errors('WorkloadEntry', { address: '10.0.0.1', ports: { http_web: 8080, grpc: 0 }, labels: { 'app/': 'x' } })).toEqual([
      'spec.ports.http_web: invalid port name: "http_web" (must be a DNS-1123 label, e.g. "http-web")',
      'spec.ports.grpc: port number 0 must be in the range 1..65535',
      expect.stringMatching(/^spec\.labels: key "app\/": /),
    ]);
  });
});

describe('WorkloadGroup', () => {
  const template = { serviceAccount: 'vm' };

  it('accepts the four probe kinds', () => {
    for (const probe of [{ httpGet: { port: 8080, scheme: 'HTTPS', httpHeaders: [{ name: 'x-probe', value: '1' }] } },
      { tcpSocket: { port: 8080 } }, { exec: { command: ['true'] } }, { grpc: { port: 8080 } }]) {
      expect(errors('WorkloadGroup', { template, probe })).toEqual([]);
    }
  });

  it('requires a template and valid metadata labels', () => {
    expect(errors('WorkloadGroup', { metadata: { labels: { app: 'vm' } } })).toEqual(['spec.template: template is required']);
    expect(errors('WorkloadGroup', { template, metadata: { labels: { 'bad key': 'x' } } }))
      .toEqual([expect.stringMatching(/^spec\.metadata\.labels: key "bad key": /)]);
  });

  it('requires a health check method in a probe and validates it', () => {
    expect(errors('WorkloadGroup', { template, probe: { periodSeconds: 5 } }))
      .toEqual(['spec.probe: readiness probe needs a health check method: one of httpGet, tcpSocket, exec, grpc']);
    expect(errors('WorkloadGroup', { template, probe: { exec: { command: [] }, failureThreshold: -1 } })).toEqual([
      'spec.probe.failureThreshold: failureThreshold must be non-negative (it has -1)',
      'spec.probe.exec.command: exec.command is required',
    ]);
    expect(errors('WorkloadGroup', { template, probe: { httpGet: { port: 70000, scheme: 'TCP', httpHeaders: [{ name: 'a b' }] } } })).toEqual([
      'spec.probe.httpGet.port: port number 70000 must be in the range 1..65535',
      'spec.probe.httpGet.scheme: httpGet.scheme must be one of "HTTP", "HTTPS" (it has "TCP")',
      expect.stringMatching(/^spec\.probe\.httpGet\.httpHeaders\[0\]\.name: header name a b is not a valid header name/),
    ]);
  });
});

const ENVOY_FILTER_WARNING = 'spec: EnvoyFilter exposes internal implementation details that may change at any time. ' +
  'Prefer other APIs if possible, and exercise extreme caution, especially around upgrades.';

describe('EnvoyFilter', () => {
  const hcm = 'envoy.filters.network.http_connection_manager';
  const patch = (applyTo: string, match: object | undefined, value: unknown = { name: 'x' }, operation = 'MERGE') =>
    ({ configPatches: [{ applyTo, ...(match ? { match } : {}), patch: { operation, value } }] });

  it('accepts patches of every class with a fitting match', () => {
    expect(errors('EnvoyFilter', patch('HTTP_FILTER', { listener: { filterChain: { filter: { name: hcm, subFilter: { name: 'envoy.filters.http.router' } } } } }))).toEqual([]);
    expect(errors('EnvoyFilter', patch('VIRTUAL_HOST', { routeConfiguration: { vhost: { name: 'a:80' } } }))).toEqual([]);
    expect(errors('EnvoyFilter', patch('CLUSTER', { cluster: { service: 'a.ns.svc.cluster.local' } }))).toEqual([]);
    expect(errors('EnvoyFilter', patch('HTTP_FILTER', { context: 'WAYPOINT', waypoint: { portNumber: 8080 } }))).toEqual([]);
    expect(errors('EnvoyFilter', patch('FILTER_CHAIN', undefined, undefined, 'REMOVE'))).toEqual([]);
    expect(errors('EnvoyFilter', patch('BOOTSTRAP', undefined, { stats_flush_interval: '5s' }))).toEqual([]);
  });

  it('requires applyTo, patch, operation and a value for all but REMOVE', () => {
    expect(errors('EnvoyFilter', { configPatches: [null, { patch: { operation: 'MERGE', value: {} } }, { applyTo: 'LISTENER' },
      { applyTo: 'LISTENER', patch: { value: {} } }, { applyTo: 'LISTENER', patch: { operation: 'ADD' } }] })).toEqual([
      'spec.configPatches[0]: Envoy filter: null config patch',
      'spec.configPatches[1].applyTo: Envoy filter: missing applyTo',
      'spec.configPatches[2].patch: Envoy filter: missing patch',
      'spec.configPatches[3].patch.operation: Envoy filter: missing patch operation',
      'spec.configPatches[4].patch.value: Envoy filter: missing patch value for non-remove operation',
    ]);
  });

  it('requires the match to fit the class of the patched object', () => {
    expect(errors('EnvoyFilter', patch('LISTENER', { cluster: { name: 'c' } })))
      .toEqual(['spec.configPatches[0].match: Envoy filter: applyTo for listener class objects cannot have non listener match']);
    expect(errors('EnvoyFilter', patch('HTTP_ROUTE', { listener: { portNumber: 80 } })))
      .toEqual(['spec.configPatches[0].match: Envoy filter: applyTo for http route class objects cannot have non route configuration match']);
    expect(errors('EnvoyFilter', patch('CLUSTER', { routeConfiguration: { portNumber: 80 } })))
      .toEqual(['spec.configPatches[0].match: Envoy filter: applyTo for cluster class objects cannot have non cluster match']);
  });

  it('validates filter and sub-filter matches', () => {
    const filter = (applyTo: string, f: object) => patch(applyTo, { listener: { filterChain: { filter: f } } });
    const p = 'spec.configPatches[0].match.listener.filterChain.filter';
    expect(errors('EnvoyFilter', filter('NETWORK_FILTER', { subFilter: { name: 'r' } }))).toEqual([`${p}.name: Envoy filter: filter match has no name to match on`]);
    expect(errors('EnvoyFilter', filter('NETWORK_FILTER', { name: hcm, subFilter: { name: 'r' } })))
      .toEqual([`${p}.subFilter: Envoy filter: subfilter match can be used with applyTo HTTP_FILTER only`]);
    expect(errors('EnvoyFilter', filter('HTTP_FILTER', { name: 'envoy.filters.network.tcp_proxy', subFilter: { name: 'r' } })))
      .toEqual([`${p}.subFilter: Envoy filter: subfilter match requires filter match with envoy.filters.network.http_connection_manager`]);
    expect(errors('EnvoyFilter', filter('HTTP_FILTER', { name: hcm, subFilter: {} })))
      .toEqual([`${p}.subFilter.name: Envoy filter: subfilter match has no name to match on`]);
    expect(warnings('EnvoyFilter', filter('LISTENER', { name: hcm })))
      .toEqual([ENVOY_FILTER_WARNING, `${p}: Envoy filter: filter match has no effect when used with LISTENER`]);
    expect(warnings('EnvoyFilter', filter('HTTP_FILTER', { name: 'envoy.http_connection_manager', subFilter: { name: 'envoy.router' } }))).toEqual([
      ENVOY_FILTER_WARNING,
      `${p}.name: using deprecated filter name "envoy.http_connection_manager"; use "envoy.filters.network.http_connection_manager" instead`,
      `${p}.subFilter.name: using deprecated filter name "envoy.router"; use "envoy.filters.http.router" instead`,
    ]);
  });

  it('requires an RE2 proxy version, v3 typed configs and a string name', () => {
    expect(errors('EnvoyFilter', patch('CLUSTER', { proxy: { proxyVersion: '1.3(' } }))).toEqual([
      'spec.configPatches[0].match.proxy.proxyVersion: Envoy filter: invalid regex for proxy version, [error parsing regexp: missing closing ): `1.3(`]',
    ]);
    expect(errors('EnvoyFilter', patch('NETWORK_FILTER', undefined, { name: 'a', typed_config: { '@type': 'type.googleapis.com/envoy.config.filter.network.ext_authz.v2.ExtAuthz' } }, 'INSERT_FIRST'))).toEqual([
      'spec.configPatches[0].patch.value.typed_config["@type"]: Envoy filter: referenced type unknown (hint: try using the v3 XDS API): type.googleapis.com/envoy.config.filter.network.ext_authz.v2.ExtAuthz',
    ]);
    expect(errors('EnvoyFilter', patch('CLUSTER', undefined, { name: 7 }, 'ADD')))
      .toEqual(['spec.configPatches[0].patch.value.name: Envoy filter: name must be a string (it has 7)']);
    expect(errors('EnvoyFilter', patch('HTTP_FILTER', undefined, { name: 'a', typed_config: { '@type': 'type.googleapis.com/envoy.extensions.filters.http.lua.v3.Lua' } }, 'INSERT_FIRST'))).toEqual([]);
  });

  it('validates the workload selector and target references', () => {
    expect(errors('EnvoyFilter', { workloadSelector: { labels: { app: '*' } }, targetRefs: [{ kind: 'Deployment', group: 'apps', name: 'x' }] })).toEqual([
      'spec: only one of targetRefs or workloadSelector can be set',
      'spec.workloadSelector.labels.app: wildcard is not supported in selector: "app=*"',
      'spec.targetRefs[0]: targetRef must be to one of gateway.networking.k8s.io/Gateway, gateway.networking.k8s.io/GatewayClass, core/Service, networking.istio.io/ServiceEntry but was apps/Deployment',
    ]);
  });
});

describe('WasmPlugin', () => {
  it('accepts oci, https and file URLs and image references without a scheme', () => {
    for (const url of ['oci://ghcr.io/a/b:v1', 'https://example.com/a.wasm', 'file:///opt/a.wasm', 'ghcr.io/a/b:v1']) {
      expect(errors('WasmPlugin', { url })).toEqual([]);
    }
  });

  it('validates url, sha256, names, env and match ports', () => {
    expect(errors('WasmPlugin', {})).toEqual(['spec.url: url field needs to be set']);
    expect(errors('WasmPlugin', { url: 'registry:5000/a:v1' })).toEqual(['spec.url: url contains unsupported scheme: registry (use oci, file, http or https)']);
    expect(errors('WasmPlugin', { url: 'oci://a/b', sha256: 'abc' })).toEqual(['spec.sha256: sha256 field must be 64 characters long']);
    expect(errors('WasmPlugin', { url: 'oci://a/b', sha256: 'A'.repeat(64) })).toEqual(['spec.sha256: sha256 field must match [a-f0-9]{64} pattern']);
    expect(errors('WasmPlugin', { url: 'oci://a/b', imagePullSecret: 's'.repeat(254), pluginName: 'p'.repeat(257) })).toEqual([
      'spec.imagePullSecret: imagePullSecret field must be less than 253 characters long',
      'spec.pluginName: pluginName field must be less than 255 characters long',
    ]);
    expect(errors('WasmPlugin', { url: 'oci://a/b', vmConfig: { env: [{ name: 'A' }, { name: 'A' }, { value: 'x' }] }, match: [{ ports: [{ number: 0 }] }] })).toEqual([
      'spec.vmConfig.env[1].name: duplicate env "A"',
      'spec.vmConfig.env[2].name: spec.vmConfig.env invalid: name is required',
      'spec.match[0].ports[0].number: spec.Match[0].Ports[0] is out of range: 0',
    ]);
  });

  it('validates selector and target references like the other policies', () => {
    expect(errors('WasmPlugin', { url: 'oci://a/b', targetRefs: [{ kind: 'Deployment', group: 'apps', name: 'x' }] })).toEqual([
      'spec.targetRefs[0]: targetRef must be to one of gateway.networking.k8s.io/Gateway, gateway.networking.k8s.io/GatewayClass, core/Service, networking.istio.io/ServiceEntry but was apps/Deployment',
    ]);
  });
});

describe('ProxyConfig', () => {
  it('accepts concurrency 0 and a selector', () => {
    expect(errors('ProxyConfig', { selector: { matchLabels: { app: 'a' } }, concurrency: 0 })).toEqual([]);
  });

  it('rejects negative concurrency and bad selectors', () => {
    expect(errors('ProxyConfig', { selector: { matchLabels: { '': 'a' } }, concurrency: -2 })).toEqual([
      'spec.selector.matchLabels: empty key is not supported in selector: "=a"',
      'spec.concurrency: concurrency must be greater than or equal to 0 (it has -2)',
    ]);
  });
});
