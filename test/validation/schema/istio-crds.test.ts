import { validateSchema } from '../../../src/validation/schema';

function messages(obj: object): string[] {
  return validateSchema(obj).map((f) => `${f.path}: ${f.message}`);
}

function pa(spec: object): object {
  return { apiVersion: 'security.istio.io/v1', kind: 'PeerAuthentication', metadata: { name: 'pa', namespace: 'foo' }, spec };
}

describe('PeerAuthentication (Istio testdata/crds)', () => {
  test('valid: selector + PERMISSIVE + port-level STRICT', () => {
    expect(messages(pa({ selector: { matchLabels: { app: 'httpbin' } }, mtls: { mode: 'PERMISSIVE' }, portLevelMtls: { 8080: { mode: 'STRICT' } } }))).toEqual([]);
  });

  test('valid: selector {}', () => {
    expect(messages(pa({ selector: {} }))).toEqual([]);
  });

  test('mode BLAH', () => {
    expect(messages(pa({ mtls: { mode: 'BLAH' } }))).toEqual([
      'spec.mtls.mode: Unsupported value: "BLAH": supported values: "UNSET", "DISABLE", "PERMISSIVE", "STRICT"',
    ]);
  });

  test('portLevelMtls without selector', () => {
    expect(messages(pa({ portLevelMtls: { 8080: { mode: 'STRICT' } } }))).toEqual(['spec: Invalid value: "object": portLevelMtls requires selector']);
    expect(messages(pa({ selector: { matchLabels: {} }, portLevelMtls: { 8080: { mode: 'STRICT' } } }))).toEqual([
      'spec: Invalid value: "object": portLevelMtls requires selector',
    ]);
  });

  test('empty portLevelMtls', () => {
    expect(messages(pa({ selector: { matchLabels: { app: 'a' } }, portLevelMtls: {} }))).toEqual([
      'spec.portLevelMtls: Invalid value: "object": spec.portLevelMtls in body should have at least 1 properties',
    ]);
  });

  test.each(['0', '42949672', '65536'])('port %s', (port) => {
    expect(messages(pa({ selector: { matchLabels: { app: 'a' } }, portLevelMtls: { [port]: { mode: 'STRICT' } } }))).toEqual([
      'spec.portLevelMtls: Invalid value: "object": port must be between 1-65535',
    ]);
  });

  test('non-numeric port key fails the int() conversion', () => {
    expect(messages(pa({ selector: { matchLabels: { app: 'a' } }, portLevelMtls: { http: { mode: 'STRICT' } } }))).toEqual([
      'spec.portLevelMtls: Invalid value: "object": int() type error: cannot convert to int evaluating rule: port must be between 1-65535',
    ]);
  });

  test('selector label rules', () => {
    expect(messages(pa({ selector: { matchLabels: { 'ap*p': 'a', '': 'b', app: 'v*' } } }))).toEqual([
      'spec.selector.matchLabels[app]: Invalid value: "string": wildcard not allowed in label value match',
      'spec.selector.matchLabels: Invalid value: "object": wildcard not allowed in label key match',
      'spec.selector.matchLabels: Invalid value: "object": key must not be empty',
    ]);
  });
});

function telemetry(spec: object): object {
  return { apiVersion: 'telemetry.istio.io/v1alpha1', kind: 'Telemetry', metadata: { name: 't', namespace: 'istio-system' }, spec };
}

describe('Telemetry (Istio testdata/crds)', () => {
  test('valid: access logging with filter, match mode and provider', () => {
    expect(messages(telemetry({
      accessLogging: [{ providers: [{ name: 'stdout' }], match: { mode: 'CLIENT' }, filter: { expression: 'true' } }],
      tracing: [{ randomSamplingPercentage: 10, customTags: { env: { literal: { value: 'prod' } } } }],
      metrics: [{ providers: [{ name: 'prometheus' }], overrides: [{ match: { metric: 'REQUEST_COUNT' }, tagOverrides: { x: { operation: 'UPSERT', value: 'y' }, z: { operation: 'REMOVE' } } }] }],
    }))).toEqual([]);
  });

  test('empty provider name', () => {
    expect(messages(telemetry({ accessLogging: [{ providers: [{ name: '' }] }] }))).toEqual([
      'spec.accessLogging[0].providers[0].name: Invalid value: "": spec.accessLogging[0].providers[0].name in body should be at least 1 chars long',
    ]);
  });

  test('empty customMetric', () => {
    expect(messages(telemetry({ metrics: [{ overrides: [{ match: { customMetric: '' } }] }] }))).toEqual([
      'spec.metrics[0].overrides[0].match.customMetric: Invalid value: "": spec.metrics[0].overrides[0].match.customMetric in body should be at least 1 chars long',
    ]);
  });

  test('UPSERT without value', () => {
    expect(messages(telemetry({ metrics: [{ overrides: [{ tagOverrides: { x: { operation: 'UPSERT' } } }] }] }))).toEqual([
      'spec.metrics[0].overrides[0].tagOverrides[x]: Invalid value: "object": No such key: value evaluating rule: value must be set when operation is UPSERT',
    ]);
    expect(messages(telemetry({ metrics: [{ overrides: [{ tagOverrides: { x: { operation: 'UPSERT', value: '' } } }] }] }))).toEqual([
      'spec.metrics[0].overrides[0].tagOverrides[x]: Invalid value: "object": value must be set when operation is UPSERT',
    ]);
  });

  test('REMOVE with value', () => {
    expect(messages(telemetry({ metrics: [{ overrides: [{ tagOverrides: { x: { operation: 'REMOVE', value: 'y' } } }] }] }))).toEqual([
      'spec.metrics[0].overrides[0].tagOverrides[x]: Invalid value: "object": value must not be set when operation is REMOVE',
    ]);
  });

  test('selector and targetRefs together', () => {
    expect(messages(telemetry({ selector: { matchLabels: { app: 'a' } }, targetRefs: [{ kind: 'Service', name: 'a' }] }))).toEqual([
      'spec: Invalid value: "object": only one of targetRefs or selector can be set',
    ]);
  });

  test('cross-namespace targetRef', () => {
    expect(messages(telemetry({ targetRef: { kind: 'Service', name: 'a', namespace: 'other' } }))).toEqual([
      'spec.targetRef.namespace: Invalid value: "string": cross namespace referencing is not currently supported',
    ]);
  });

  test('sampling percentage above 100', () => {
    expect(messages(telemetry({ tracing: [{ randomSamplingPercentage: 101 }] }))).toEqual([
      'spec.tracing[0].randomSamplingPercentage: Invalid value: 101: spec.tracing[0].randomSamplingPercentage in body should be less than or equal to 100',
    ]);
  });
});

function dr(spec: object): object {
  return { apiVersion: 'networking.istio.io/v1', kind: 'DestinationRule', metadata: { name: 'reviews', namespace: 'bookinfo' }, spec };
}

describe('DestinationRule', () => {
  test('loadBalancer warmup without duration', () => {
    expect(messages(dr({ host: 'reviews', trafficPolicy: { loadBalancer: { simple: 'ROUND_ROBIN', warmup: { minimumPercent: 10 } } } }))).toEqual([
      'spec.trafficPolicy.loadBalancer.warmup.duration: Required value',
    ]);
  });

  test('loadBalancer warmup out of range and too short', () => {
    expect(messages(dr({ host: 'r', trafficPolicy: { loadBalancer: { warmup: { duration: '0.5ms', minimumPercent: 101, aggression: -1 } } } }))).toEqual([
      'spec.trafficPolicy.loadBalancer.warmup.duration: Invalid value: "string": must be a valid duration greater than 1ms',
      'spec.trafficPolicy.loadBalancer.warmup.minimumPercent: Invalid value: 101: spec.trafficPolicy.loadBalancer.warmup.minimumPercent in body should be less than or equal to 100',
      'spec.trafficPolicy.loadBalancer.warmup.aggression: Invalid value: -1: spec.trafficPolicy.loadBalancer.warmup.aggression in body should be greater than or equal to 0',
    ]);
  });

  test('valid warmup, nullable aggression', () => {
    expect(messages(dr({ host: 'r', trafficPolicy: { loadBalancer: { simple: 'LEAST_REQUEST', warmup: { duration: '60s', minimumPercent: 10, aggression: null } } } }))).toEqual([]);
  });

  test('host is required, subsets need names', () => {
    expect(messages(dr({ subsets: [{ labels: { version: 'v1' } }] }))).toEqual(['spec.subsets[0].name: Required value', 'spec.host: Required value']);
  });

  test('simple and consistentHash are exclusive', () => {
    expect(messages(dr({ host: 'r', trafficPolicy: { loadBalancer: { simple: 'RANDOM', consistentHash: { useSourceIp: true } } } }))).toEqual([
      'spec.trafficPolicy.loadBalancer: Invalid value: "object": spec.trafficPolicy.loadBalancer in body must validate one and only one schema (oneOf). Found 2 valid alternatives',
    ]);
  });

  test('a subset duration below 1ms', () => {
    expect(messages(dr({ host: 'r', subsets: [{ name: 'v1', trafficPolicy: { connectionPool: { tcp: { connectTimeout: '500us' } } } }] }))).toEqual([
      'spec.subsets[0].trafficPolicy.connectionPool.tcp.connectTimeout: Invalid value: "string": must be a valid duration greater than 1ms',
    ]);
  });

  test('unknown field', () => {
    expect(messages(dr({ host: 'r', trafficPolicy: { loadBalancers: {} } }))).toEqual([
      'spec.trafficPolicy.loadBalancers: unknown field "spec.trafficPolicy.loadBalancers"',
    ]);
  });
});

function vs(spec: object, apiVersion = 'networking.istio.io/v1'): object {
  return { apiVersion, kind: 'VirtualService', metadata: { name: 'reviews', namespace: 'bookinfo' }, spec };
}

describe('VirtualService', () => {
  test('route destination and its host are required', () => {
    expect(messages(vs({ hosts: ['r'], http: [{ route: [{ weight: 100 }, { destination: {} }] }] }))).toEqual([
      'spec.http[0].route[0].destination: Required value',
      'spec.http[0].route[1].destination.host: Required value',
    ]);
  });

  test('timeout below 1ms, invalid retries timeout', () => {
    expect(messages(vs({ hosts: ['r'], http: [{ route: [{ destination: { host: 'r' } }], timeout: '0s', retries: { attempts: 3, perTryTimeout: '2' } }] }))).toEqual([
      'spec.http[0].timeout: Invalid value: "string": must be a valid duration greater than 1ms',
      'spec.http[0].retries.perTryTimeout: Invalid value: "string": type conversion error from \'string\' to \'google.protobuf.Duration\': time: invalid duration "2" evaluating rule: must be a valid duration greater than 1ms',
    ]);
  });

  test('a string match sets at most one of exact/prefix/regex', () => {
    expect(messages(vs({ hosts: ['r'], http: [{ match: [{ uri: { exact: '/a', prefix: '/b' } }], route: [{ destination: { host: 'r' } }] }] }))).toEqual([
      'spec.http[0].match[0].uri: Invalid value: "object": spec.http[0].match[0].uri in body must validate one and only one schema (oneOf). Found 2 valid alternatives',
    ]);
  });

  test('destination port out of uint32 range', () => {
    expect(messages(vs({ hosts: ['r'], http: [{ route: [{ destination: { host: 'r', port: { number: 4294967296 } } }] }] }))).toEqual([
      'spec.http[0].route[0].destination.port.number: Invalid value: 4294967296: spec.http[0].route[0].destination.port.number in body should be less than or equal to 4294967295',
    ]);
  });
});

describe('valid real-world objects produce no findings', () => {
  test.each([
    ['bookinfo reviews VirtualService (v1alpha3)', vs({
      hosts: ['reviews'],
      http: [
        { match: [{ headers: { 'end-user': { exact: 'jason' } } }], route: [{ destination: { host: 'reviews', subset: 'v2' } }] },
        { route: [{ destination: { host: 'reviews', subset: 'v1' }, weight: 75 }, { destination: { host: 'reviews', subset: 'v3' }, weight: 25 }] },
      ],
    }, 'networking.istio.io/v1alpha3')],
    ['bookinfo gateway VirtualService', vs({
      hosts: ['*'], gateways: ['bookinfo-gateway'],
      http: [{
        match: [{ uri: { exact: '/productpage' } }, { uri: { prefix: '/static' } }, { uri: { regex: '^/api/v1/products.*' } }],
        route: [{ destination: { host: 'productpage', port: { number: 9080 } } }],
        timeout: '10s', retries: { attempts: 3, perTryTimeout: '2s', retryOn: 'gateway-error,connect-failure' },
        fault: { delay: { percentage: { value: 0.1 }, fixedDelay: '5s' } },
        corsPolicy: { allowOrigins: [{ exact: 'https://example.com' }], allowMethods: ['GET'], maxAge: '24h' },
        headers: { request: { set: { 'x-a': 'b' } }, response: { remove: ['x-c'] } },
        mirror: { host: 'productpage-v2' }, mirrorPercentage: { value: 10.5 },
      }],
      tcp: [{ match: [{ port: 27017 }], route: [{ destination: { host: 'mongo', port: { number: 5555 } } }] }],
      tls: [{ match: [{ port: 443, sniHosts: ['login.bookinfo.com'] }], route: [{ destination: { host: 'login.prod.svc.cluster.local' } }] }],
    })],
    ['bookinfo destination rule with subsets', dr({
      host: 'reviews',
      trafficPolicy: {
        connectionPool: { tcp: { maxConnections: 100, connectTimeout: '30ms', tcpKeepalive: { time: '7200s', interval: '75s' } }, http: { http2MaxRequests: 1000, maxRequestsPerConnection: 10, idleTimeout: '60s' } },
        outlierDetection: { consecutive5xxErrors: 7, interval: '5m', baseEjectionTime: '15m' },
        loadBalancer: { consistentHash: { httpCookie: { name: 'user', ttl: '0s' }, minimumRingSize: 1024 } },
        tls: { mode: 'ISTIO_MUTUAL' },
        portLevelSettings: [{ port: { number: 80 }, loadBalancer: { simple: 'LEAST_REQUEST' } }],
      },
      subsets: [{ name: 'v1', labels: { version: 'v1' } }, { name: 'v2', labels: { version: 'v2' }, trafficPolicy: { loadBalancer: { simple: 'ROUND_ROBIN' } } }],
    })],
    ['gateway', { apiVersion: 'networking.istio.io/v1beta1', kind: 'Gateway', metadata: { name: 'bookinfo-gateway' }, spec: {
      selector: { istio: 'ingressgateway' },
      servers: [{ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['*'] },
        { port: { number: 443, name: 'https', protocol: 'HTTPS' }, hosts: ['bookinfo.com'], tls: { mode: 'SIMPLE', credentialName: 'bookinfo-secret' } }],
    } }],
    ['service entry', { apiVersion: 'networking.istio.io/v1', kind: 'ServiceEntry', metadata: { name: 'external-svc-https' }, spec: {
      hosts: ['api.dropboxapi.com', 'www.googleapis.com'], location: 'MESH_EXTERNAL', resolution: 'DNS',
      ports: [{ number: 443, name: 'https', protocol: 'TLS' }],
    } }],
    ['service entry with endpoints', { apiVersion: 'networking.istio.io/v1alpha3', kind: 'ServiceEntry', metadata: { name: 'external-svc-mongocluster' }, spec: {
      hosts: ['mymongodb.somedomain'], addresses: ['192.192.192.192/24'], ports: [{ number: 27018, name: 'mongodb', protocol: 'MONGO' }],
      location: 'MESH_INTERNAL', resolution: 'STATIC', endpoints: [{ address: '2.2.2.2', ports: { mongodb: 27018 } }, { address: '3.3.3.3' }],
    } }],
    ['sidecar', { apiVersion: 'networking.istio.io/v1', kind: 'Sidecar', metadata: { name: 'default', namespace: 'prod-us1' }, spec: {
      egress: [{ hosts: ['prod-us1/*', 'istio-system/*'] }], outboundTrafficPolicy: { mode: 'REGISTRY_ONLY' },
    } }],
    ['authorization policy', { apiVersion: 'security.istio.io/v1', kind: 'AuthorizationPolicy', metadata: { name: 'httpbin', namespace: 'foo' }, spec: {
      selector: { matchLabels: { app: 'httpbin', version: 'v1' } }, action: 'ALLOW',
      rules: [{ from: [{ source: { principals: ['cluster.local/ns/default/sa/sleep'] } }, { source: { namespaces: ['dev'] } }],
        to: [{ operation: { methods: ['GET'], paths: ['/info*'] } }], when: [{ key: 'request.auth.claims[iss]', values: ['https://accounts.google.com'] }] }],
    } }],
    ['allow-nothing policy', { apiVersion: 'security.istio.io/v1beta1', kind: 'AuthorizationPolicy', metadata: { name: 'allow-nothing', namespace: 'foo' }, spec: {} }],
    ['request authentication', { apiVersion: 'security.istio.io/v1', kind: 'RequestAuthentication', metadata: { name: 'jwt', namespace: 'foo' }, spec: {
      selector: { matchLabels: { app: 'httpbin' } }, jwtRules: [{ issuer: 'testing@secure.istio.io', jwksUri: 'https://raw.githubusercontent.com/istio/istio/release-1.30/security/tools/jwt/samples/jwks.json' }],
    } }],
    ['mesh-wide strict mTLS', { apiVersion: 'security.istio.io/v1', kind: 'PeerAuthentication', metadata: { name: 'default', namespace: 'istio-system' }, spec: { mtls: { mode: 'STRICT' } } }],
    ['telemetry v1', { apiVersion: 'telemetry.istio.io/v1', kind: 'Telemetry', metadata: { name: 'mesh-default', namespace: 'istio-system' }, spec: {
      accessLogging: [{ providers: [{ name: 'envoy' }], filter: { expression: 'response.code >= 400' } }],
    } }],
    ['envoy filter', { apiVersion: 'networking.istio.io/v1alpha3', kind: 'EnvoyFilter', metadata: { name: 'lua', namespace: 'istio-system' }, spec: {
      workloadSelector: { labels: { app: 'reviews' } },
      configPatches: [{ applyTo: 'HTTP_FILTER', match: { context: 'SIDECAR_INBOUND', listener: { portNumber: 8080, filterChain: { filter: { name: 'envoy.filters.network.http_connection_manager' } } } },
        patch: { operation: 'INSERT_BEFORE', value: { name: 'envoy.lua', typed_config: { '@type': 'type.googleapis.com/envoy.extensions.filters.http.lua.v3.Lua', inlineCode: 'function envoy_on_request(h) end', n: 1 } } } }],
    } }],
    ['wasm plugin', { apiVersion: 'extensions.istio.io/v1alpha1', kind: 'WasmPlugin', metadata: { name: 'openid-connect', namespace: 'istio-ingress' }, spec: {
      selector: { matchLabels: { istio: 'ingressgateway' } }, url: 'oci://private-registry:5000/openid-connect/openid:latest', imagePullPolicy: 'IfNotPresent',
      phase: 'AUTHN', priority: 10, pluginConfig: { openid_server: 'authn', openid_realm: 'ingress', port: 8080 },
    } }],
    ['workload entry', { apiVersion: 'networking.istio.io/v1', kind: 'WorkloadEntry', metadata: { name: 'details-svc', namespace: 'bookinfo' }, spec: {
      serviceAccount: 'details-legacy', address: '2.2.2.2', labels: { app: 'details-legacy', 'instance-id': 'vm1' },
    } }],
    ['workload group with probe', { apiVersion: 'networking.istio.io/v1', kind: 'WorkloadGroup', metadata: { name: 'reviews', namespace: 'bookinfo' }, spec: {
      metadata: { labels: { 'app.kubernetes.io/name': 'reviews', 'app.kubernetes.io/version': '1.3.4' } },
      template: { ports: { grpc: 3550, http: 8080 }, serviceAccount: 'default' },
      probe: { initialDelaySeconds: 5, timeoutSeconds: 3, periodSeconds: 4, successThreshold: 3, failureThreshold: 3,
        httpGet: { path: '/foo/bar', host: '127.0.0.3', port: 3100, scheme: 'HTTPS', httpHeaders: [{ name: 'Lit-Header', value: 'Im-The-Best' }] } },
    } }],
    ['proxy config', { apiVersion: 'networking.istio.io/v1beta1', kind: 'ProxyConfig', metadata: { name: 'per-workload', namespace: 'bookinfo' }, spec: {
      selector: { matchLabels: { app: 'ratings' } }, concurrency: 0, image: { imageType: 'debug' },
    } }],
  ])('%s', (_name, obj) => {
    expect(messages(obj)).toEqual([]);
  });
});
