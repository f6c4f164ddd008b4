import { errors, warnings } from './helpers';

const dr = (extra: object) => errors('DestinationRule', { host: 'reviews', ...extra });
const tp = (trafficPolicy: object) => dr({ trafficPolicy });

describe('DestinationRule host and subsets', () => {
  it('accepts upper-case and hyphenated subset names', () => {
    expect(dr({ subsets: [{ name: 'v1', labels: { version: 'v1' } }, { name: 'V2-canary', labels: { version: 'v2.0.1' } }] })).toEqual([]);
  });

  it('validates the host', () => {
    expect(errors('DestinationRule', { host: 'bad_host' })).toEqual(['spec.host: domain name "bad_host" invalid (label "bad_host" invalid)']);
    expect(errors('DestinationRule', {})).toEqual(['spec.host: empty domain name not allowed']);
  });

  it('rejects null, duplicate, empty and invalid subset names', () => {
    expect(dr({ subsets: [null, { name: 'v1' }, { name: 'v1' }, { name: '' }, { name: 'v1.2.3' }] })).toEqual([
      'spec.subsets[0]: subset may not be null',
      'spec.subsets[2].name: duplicate subset names: v1',
      'spec.subsets[3].name: subset name cannot be empty',
      'spec.subsets[4].name: subset name is invalid: v1.2.3 (letters, digits and \'-\' only, at most 63, e.g. "v1-2-3" not "v1.2.3")',
    ]);
  });

  it('validates subset labels as Kubernetes labels', () => {
    expect(dr({ subsets: [{ name: 'v1', labels: { version: 'not valid!' } }] })[0])
      .toMatch(/^spec.subsets\[0\].labels.version: value "not valid!" must be empty or 1-63 characters/);
  });
});

describe('DestinationRule traffic policies', () => {
  it('rejects an empty traffic policy at top, subset and port level', () => {
    expect(dr({ trafficPolicy: {}, subsets: [{ name: 'v1', trafficPolicy: {} }] })).toEqual([
      'spec.subsets[0].trafficPolicy: traffic policy must have at least one field (remove the empty trafficPolicy)',
      'spec.trafficPolicy: traffic policy must have at least one field (remove the empty trafficPolicy)',
    ]);
    expect(tp({ portLevelSettings: [{ port: { number: 80 } }, { tls: { mode: 'ISTIO_MUTUAL' } }, null] })).toEqual([
      'spec.trafficPolicy.portLevelSettings[0]: port traffic policy must have at least one field',
      'spec.trafficPolicy.portLevelSettings[1].port: portTrafficPolicy must have valid port',
      'spec.trafficPolicy.portLevelSettings[2]: traffic policy may not be null',
    ]);
  });

  it('rejects tunnel together with proxyProtocol', () => {
    expect(tp({ tunnel: { targetHost: 'example.com', targetPort: 443 }, proxyProtocol: {} }))
      .toEqual(['spec.trafficPolicy: tunnel and proxyProtocol must not be specified at the same time']);
  });

  it('validates tunnel settings', () => {
    expect(tp({ tunnel: { protocol: 'CONNECT', targetHost: '10.0.0.1', targetPort: 8443 } })).toEqual([]);
    expect(tp({ tunnel: { protocol: 'GET', targetHost: 'bad_host', targetPort: 0 } })).toEqual([
      'spec.trafficPolicy.tunnel.protocol: tunnel protocol "GET" must be "CONNECT" or "POST"',
      'spec.trafficPolicy.tunnel.targetHost: tunnel target host must be valid FQDN or IP address: domain name "bad_host" invalid (label "bad_host" invalid)',
      'spec.trafficPolicy.tunnel.targetPort: tunnel target port is invalid: port number 0 must be in the range 1..65535',
    ]);
  });

  it('validates connection pools', () => {
    expect(tp({ connectionPool: { tcp: { maxConnections: 100, connectTimeout: '30ms', idleTimeout: '0s', tcpKeepalive: { time: '7200s', interval: '75s' } },
      http: { http2MaxRequests: 1000, maxRequestsPerConnection: 10, idleTimeout: '1h' } } })).toEqual([]);
    expect(tp({ connectionPool: {} })).toEqual(['spec.trafficPolicy.connectionPool: connection pool must have at least one field']);
    expect(tp({ connectionPool: { http: { http1MaxPendingRequests: -1, http2MaxRequests: -1, maxRequestsPerConnection: -1, maxRetries: -1,
      maxConcurrentStreams: -1, idleTimeout: '0s', h2UpgradePolicy: 'UPGRADE', useClientProtocol: true }, tcp: { maxConnections: -1, connectTimeout: '0.5ms' } } })).toEqual([
      'spec.trafficPolicy.connectionPool.http.http1MaxPendingRequests: http1 max pending requests must be non-negative (it has -1)',
      'spec.trafficPolicy.connectionPool.http.http2MaxRequests: http2 max requests must be non-negative (it has -1)',
      'spec.trafficPolicy.connectionPool.http.maxRequestsPerConnection: max requests per connection must be non-negative (it has -1)',
      'spec.trafficPolicy.connectionPool.http.maxRetries: max retries must be non-negative (it has -1)',
      'spec.trafficPolicy.connectionPool.http.maxConcurrentStreams: max concurrent streams must be non-negative (it has -1)',
      'spec.trafficPolicy.connectionPool.http.idleTimeout: duration "0s" must be greater than 1ms',
      'spec.trafficPolicy.connectionPool.http: use client protocol must not be true when H2UpgradePolicy is UPGRADE',
      'spec.trafficPolicy.connectionPool.tcp.maxConnections: max connections must be non-negative (it has -1)',
      'spec.trafficPolicy.connectionPool.tcp.connectTimeout: duration "0.5ms" must be greater than 1ms',
    ]);
  });

  it('validates outlier detection', () => {
    expect(tp({ outlierDetection: { consecutive5xxErrors: 5, interval: '10s', baseEjectionTime: '30s', maxEjectionPercent: 50, minHealthPercent: 0 } })).toEqual([]);
    expect(tp({ outlierDetection: { maxEjectionPercent: 101, minHealthPercent: -1, consecutiveLocalOriginFailures: 3, interval: '500us' } })).toEqual([
      'spec.trafficPolicy.outlierDetection.interval: duration "500us" must be greater than 1ms',
      'spec.trafficPolicy.outlierDetection.consecutiveLocalOriginFailures: outlier detection consecutive local origin failures is specified, but split external local origin errors is set to false',
      'spec.trafficPolicy.outlierDetection.maxEjectionPercent: percentage 101 is not in range 0..100',
      'spec.trafficPolicy.outlierDetection.minHealthPercent: percentage -1 is not in range 0..100',
    ]);
    expect(tp({ outlierDetection: { consecutiveLocalOriginFailures: 3, splitExternalLocalOriginErrors: true } })).toEqual([]);
    expect(warnings('DestinationRule', { host: 'reviews', trafficPolicy: { outlierDetection: { consecutiveErrors: 5 } } })).toEqual([
      'spec.trafficPolicy.outlierDetection.consecutiveErrors: outlier detection consecutive errors is deprecated, use consecutiveGatewayErrors or consecutive5xxErrors instead',
    ]);
  });

  it('validates consistent hashing', () => {
    expect(tp({ loadBalancer: { consistentHash: { httpCookie: { name: 'user', ttl: '0s' }, ringHash: { minimumRingSize: 1024 } } } })).toEqual([]);
    expect(tp({ loadBalancer: { consistentHash: { httpCookie: { ttl: '10s', attributes: [{ name: 'SameSite', value: 'Lax' }, { name: 'SameSite' }, { value: 'x' }] } } } })).toEqual([
      'spec.trafficPolicy.loadBalancer.consistentHash.httpCookie.name: name required for HttpCookie',
      'spec.trafficPolicy.loadBalancer.consistentHash.httpCookie.attributes[1].name: duplicate cookie attribute name "SameSite"',
      'spec.trafficPolicy.loadBalancer.consistentHash.httpCookie.attributes[2].name: cookie attribute name cannot be empty',
    ]);
    // Without a ttl the cookie is only hashed, not generated; the 1.30 API requires only the name.
    expect(tp({ loadBalancer: { consistentHash: { httpCookie: { name: 'user' } } } })).toEqual([]);
    expect(tp({ loadBalancer: { consistentHash: { useSourceIp: true, minimumRingSize: 1024, maglev: { tableSize: 65537 } } } }))
      .toEqual(['spec.trafficPolicy.loadBalancer.consistentHash: only one of MinimumRingSize or Maglev/Ringhash can be specified']);
    expect(warnings('DestinationRule', { host: 'r', trafficPolicy: { loadBalancer: { consistentHash: { useSourceIp: true, minimumRingSize: 1024 } } } }))
      .toEqual(["spec.trafficPolicy.loadBalancer.consistentHash.minimumRingSize: consistent hash MinimumRingSize is deprecated, use ConsistentHashLB's RingHash configuration instead"]);
    expect(tp({ loadBalancer: { consistentHash: { useSourceIp: true, maglev: { tableSize: 1000 } } } }))
      .toEqual(['spec.trafficPolicy.loadBalancer.consistentHash.maglev.tableSize: tableSize 1000 must be a prime number for maglev']);
    expect(tp({ loadBalancer: { consistentHash: { useSourceIp: true, maglev: {} } } })).toEqual([
      'spec.trafficPolicy.loadBalancer.consistentHash.maglev.tableSize: tableSize must be set for maglev',
      'spec.trafficPolicy.loadBalancer.consistentHash.maglev.tableSize: tableSize 0 must be a prime number for maglev',
    ]);
    expect(tp({ loadBalancer: { consistentHash: { useSourceIp: true, maglev: { tableSize: 5000011 } } } }))
      .toEqual(['spec.trafficPolicy.loadBalancer.consistentHash.maglev.tableSize: tableSize 5000011 must be less than 5000011 for maglev']);
  });

  it('validates warmup and locality load balancing', () => {
    expect(tp({ loadBalancer: { simple: 'LEAST_REQUEST', warmup: { duration: '60s', minimumPercent: 10, aggression: 1.5 } } })).toEqual([]);
    expect(tp({ loadBalancer: { simple: 'ROUND_ROBIN', warmup: { minimumPercent: 120, aggression: 0.5 } } })).toEqual([
      'spec.trafficPolicy.loadBalancer.warmup.duration: warmup duration is required',
      'spec.trafficPolicy.loadBalancer.warmup.minimumPercent: warmup minimumPercent 120 must be between 0 and 100',
      'spec.trafficPolicy.loadBalancer.warmup.aggression: warmup aggression 0.5 must be >= 1',
    ]);
    const locality = (localityLbSetting: object) => tp({ loadBalancer: { simple: 'ROUND_ROBIN', localityLbSetting } });
    expect(locality({ distribute: [{ from: 'us-west/zone1/*', to: { 'us-west/zone1/*': 80, 'us-west/zone2/*': 20 } }] })).toEqual([]);
    expect(locality({ failover: [{ from: 'us-east', to: 'eu-west' }] })).toEqual([]);
    expect(locality({ distribute: [{ from: 'a', to: { b: 100 } }], failover: [{ from: 'a', to: 'b' }] }))
      .toEqual(["spec.trafficPolicy.loadBalancer.localityLbSetting: can not simultaneously specify 'distribute' and 'failover'"]);
    expect(locality({ distribute: [{ from: 'a/*', to: { 'b/*': 60, 'c/*': 30 } }] }))
      .toEqual(['spec.trafficPolicy.loadBalancer.localityLbSetting.distribute[0].to: total locality weight 90 != 100']);
    expect(locality({ distribute: [{ from: '*/a', to: { b: 100 } }] }))
      .toEqual(["spec.trafficPolicy.loadBalancer.localityLbSetting.distribute: locality */a wildcard '*' number can not exceed 1 and must be in the end"]);
    expect(locality({ failover: [{ from: 'us-east', to: 'us-east' }, { from: 'us-east/zone1', to: 'eu*' }] })).toEqual([
      'spec.trafficPolicy.loadBalancer.localityLbSetting.failover[0]: locality lb failover settings must specify different regions (from and to are both "us-east")',
      'spec.trafficPolicy.loadBalancer.localityLbSetting.failover[1]: locality lb failover only specify region',
      "spec.trafficPolicy.loadBalancer.localityLbSetting.failover[1]: locality lb failover region should not contain '*' wildcard",
    ]);
  });

  it('validates client TLS settings', () => {
    expect(tp({ tls: { mode: 'ISTIO_MUTUAL' } })).toEqual([]);
    expect(tp({ tls: { mode: 'MUTUAL', credentialName: 'client-cert' } })).toEqual([]);
    expect(tp({ tls: { mode: 'MUTUAL' } })).toEqual([
      'spec.trafficPolicy.tls.clientCertificate: client certificate required for mutual tls',
      'spec.trafficPolicy.tls.privateKey: private key required for mutual tls',
    ]);
    expect(tp({ tls: { mode: 'SIMPLE', credentialName: 'c', caCertificates: '/etc/ca.pem' } }))
      .toEqual(['spec.trafficPolicy.tls: cannot specify client certificates or CA certificate or CA CRL If credentialName is set']);
    expect(tp({ tls: { mode: 'SIMPLE', insecureSkipVerify: true, subjectAltNames: ['a.example.com'] } }))
      .toEqual(['spec.trafficPolicy.tls: cannot specify CaCertificates or CredentialName or SubjectAltNames when InsecureSkipVerify is set true']);
    expect(tp({ tls: { mode: 'MUTUAL', insecureSkipVerify: true, caCertificates: '/ca.pem', clientCertificate: '/c.pem', privateKey: '/k.pem' } }))
      .toEqual(['spec.trafficPolicy.tls: cannot specify CaCertificates or SubjectAltNames when InsecureSkipVerify is set true']);
  });
});

describe('DestinationRule exportTo and workloadSelector', () => {
  it('limits a DestinationRule with a workloadSelector to its own namespace', () => {
    const sel = { workloadSelector: { matchLabels: { app: 'web' } } };
    expect(dr({ ...sel, exportTo: ['.'] })).toEqual([]);
    expect(dr({ ...sel, exportTo: ['other'] })).toEqual(['spec.exportTo: destination rule with workload selector cannot have exportTo beyond current namespace']);
    expect(dr({ ...sel, exportTo: ['.', 'other'] })).toEqual(['spec.exportTo: destination rule with workload selector cannot have multiple entries in exportTo']);
  });

  it('validates the workload selector', () => {
    expect(dr({ workloadSelector: { matchLabels: { app: '*' } } })).toEqual(['spec.workloadSelector.matchLabels.app: wildcard is not supported in selector: "app=*"']);
    expect(warnings('DestinationRule', { host: 'r', workloadSelector: {} })).toEqual(['spec.workloadSelector: workload selector specified without labels']);
  });
});
