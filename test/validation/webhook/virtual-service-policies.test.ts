import { dest, errors, route, vsHttp, warnings } from './helpers';

const rule = (extra: object) => errors('VirtualService', vsHttp({ ...route(dest('v1')), ...extra }));
const ruleWarnings = (extra: object) => warnings('VirtualService', vsHttp({ ...route(dest('v1')), ...extra }));
const p = 'spec.http[0]';

describe('VirtualService retries', () => {
  it('accepts a full retry policy and attempts: 0 alone', () => {
    expect(rule({ retries: { attempts: 3, perTryTimeout: '2s', retryOn: '5xx,reset,503,retriable-status-codes', backoff: '25ms' } })).toEqual([]);
    expect(rule({ retries: { attempts: 0 } })).toEqual([]);
  });

  it('rejects negative attempts', () => {
    expect(rule({ retries: { attempts: -1 } })).toEqual([`${p}.retries.attempts: attempts cannot be negative (it has -1)`]);
  });

  it('rejects other retry fields when attempts is 0 or missing', () => {
    const msg = `${p}.retries: http retry policy configured when attempts are set to 0 (disabled): set attempts above 0 or remove the other retry fields`;
    expect(rule({ retries: { attempts: 0, perTryTimeout: '1s' } })).toEqual([msg]);
    expect(rule({ retries: { retryOn: '5xx' } })).toEqual([msg]);
    expect(rule({ retries: { retryRemoteLocalities: false } })).toEqual([msg]);
  });

  it('rejects unknown retryOn tokens, quoting each', () => {
    expect(rule({ retries: { attempts: 2, retryOn: '5xx,connect_failure,999,' } })).toEqual([
      `${p}.retries.retryOn: "connect_failure" is not a valid retryOn policy`,
      `${p}.retries.retryOn: "999" is not a valid retryOn policy`,
      `${p}.retries.retryOn: "" is not a valid retryOn policy`,
    ]);
  });

  it('requires perTryTimeout and backoff of at least 1ms in whole milliseconds', () => {
    expect(rule({ retries: { attempts: 2, perTryTimeout: '500us' } })).toEqual([`${p}.retries.perTryTimeout: duration "500us" must be greater than 1ms`]);
    expect(rule({ retries: { attempts: 2, backoff: '1.5ms' } }))
      .toEqual([`${p}.retries.backoff: duration "1.5ms" has sub-millisecond precision; only durations to ms precision are supported`]);
  });
});

describe('VirtualService timeout', () => {
  it('accepts 0.5s and 1ms, rejects 0s and sub-millisecond values', () => {
    expect(rule({ timeout: '0.5s' })).toEqual([]);
    expect(rule({ timeout: '1ms' })).toEqual([]);
    expect(rule({ timeout: '0s' })).toEqual([`${p}.timeout: duration "0s" must be greater than 1ms`]);
    expect(rule({ timeout: '10.5ms' })).toEqual([`${p}.timeout: duration "10.5ms" has sub-millisecond precision; only durations to ms precision are supported`]);
  });
});

describe('VirtualService mirroring', () => {
  it('accepts mirror with mirrorPercentage, and mirrors with percentages', () => {
    expect(rule({ mirror: { host: 'reviews', subset: 'v2' }, mirrorPercentage: { value: 10 } })).toEqual([]);
    expect(rule({ mirrors: [{ destination: { host: 'reviews', subset: 'v2' }, percentage: { value: 0 } }] })).toEqual([]);
  });

  it('rejects mirror together with mirrors', () => {
    expect(rule({ mirror: { host: 'a' }, mirrors: [{ destination: { host: 'b' } }] })).toEqual([`${p}: HTTP route cannot contain both mirror and mirrors`]);
  });

  it('keeps mirrorPercentage within [0, 100]', () => {
    expect(rule({ mirror: { host: 'a' }, mirrorPercentage: { value: 101 } })).toEqual([`${p}.mirrorPercentage.value: mirror_percentage must have a max value of 100 (it has 101)`]);
    expect(rule({ mirror: { host: 'a' }, mirrorPercentage: { value: -1 } })).toEqual([`${p}.mirrorPercentage.value: mirror_percentage must have a min value of 0 (it has -1)`]);
  });

  it('warns about the deprecated mirrorPercent and rejects values above 100', () => {
    expect(ruleWarnings({ mirror: { host: 'a' }, mirrorPercent: 50 }))
      .toEqual([`${p}.mirrorPercent: using deprecated setting "mirrorPercent", use "mirrorPercentage" instead`]);
    expect(rule({ mirror: { host: 'a' }, mirrorPercent: 150 })).toEqual([`${p}.mirrorPercent: mirror_percent must have a max value of 100 (it has 150)`]);
  });

  it('validates mirrors entries and mirror destinations', () => {
    expect(rule({ mirrors: [null, { percentage: { value: 10 } }, { destination: { host: 'b' }, percentage: { value: 200 } }] })).toEqual([
      `${p}.mirrors[0]: mirror cannot be null`,
      `${p}.mirrors[1].destination: destination is required for mirrors`,
      `${p}.mirrors[2].percentage.value: mirror percentage must have a max value of 100 (it has 200)`,
    ]);
    expect(rule({ mirror: { host: '*' } })).toEqual([`${p}.mirror.host: invalid destination host *`]);
    expect(rule({ mirror: { host: 'reviews', subset: 'v2.0' } })).toHaveLength(1);
  });
});

describe('VirtualService fault injection', () => {
  it('accepts delay and abort with percentages', () => {
    expect(rule({ fault: { delay: { fixedDelay: '5s', percentage: { value: 0.1 } }, abort: { grpcStatus: 'UNAVAILABLE', percentage: { value: 0 } } } })).toEqual([]);
  });

  it('needs an abort or a delay', () => {
    expect(rule({ fault: {} })).toEqual([`${p}.fault: HTTP fault injection must have an abort and/or a delay`]);
  });

  it('keeps percentages at 0 or within [0.0001, 100]', () => {
    expect(rule({ fault: { abort: { httpStatus: 503, percentage: { value: 0.00001 } } } }))
      .toEqual([`${p}.fault.abort.percentage.value: percentage 0.00001 is neither 0.0, nor in range [0.0001, 100.0]`]);
    expect(rule({ fault: { delay: { fixedDelay: '1s', percentage: { value: 101 } } } }))
      .toEqual([`${p}.fault.delay.percentage.value: percentage 101 is neither 0.0, nor in range [0.0001, 100.0]`]);
    expect(rule({ fault: { delay: { fixedDelay: '1s', percent: 120 } } })).toEqual([`${p}.fault.delay.percent: percentage 120 is not in range 0..100`]);
  });

  it('validates abort error types', () => {
    expect(rule({ fault: { abort: { httpStatus: 100 } } })).toEqual([`${p}.fault.abort.httpStatus: HTTP status 100 is not in range 200-599`]);
    expect(rule({ fault: { abort: { grpcStatus: 'NOTFOUND' } } })).toEqual([
      `${p}.fault.abort.grpcStatus: gRPC status "NOTFOUND" is not supported. See https://github.com/grpc/grpc/blob/master/doc/statuscodes.md for a list of supported codes, for example 'NOT_FOUND'`,
    ]);
    expect(rule({ fault: { abort: { http2Error: 'CANCEL' } } })).toEqual([`${p}.fault.abort.http2Error: HTTP/2 abort fault injection not supported yet`]);
    expect(ruleWarnings({ fault: { abort: { percentage: { value: 10 } } } })).toEqual([`${p}.fault.abort: abort configured, but error type not set`]);
  });

  it('validates delays', () => {
    expect(rule({ fault: { delay: { fixedDelay: '0.1ms' } } })).toEqual([`${p}.fault.delay.fixedDelay: duration "0.1ms" must be greater than 1ms`]);
    expect(rule({ fault: { delay: { exponentialDelay: '1s' } } })).toEqual([`${p}.fault.delay.exponentialDelay: exponentialDelay not supported yet`]);
  });
});

describe('VirtualService CORS policy', () => {
  it('accepts a typical policy', () => {
    expect(rule({ corsPolicy: { allowOrigins: [{ exact: 'https://example.com' }, { regex: 'https://.*\\.example\\.com' }], allowMethods: ['GET', 'POST'],
      allowHeaders: ['authorization', 'content-type'], exposeHeaders: ['x-request-id'], maxAge: '24h', allowCredentials: true } })).toEqual([]);
  });

  it('rejects empty origins, unknown methods, bad header names and sub-second maxAge', () => {
    expect(rule({ corsPolicy: { allowOrigins: [{ exact: '' }], allowMethods: ['FETCH'], allowHeaders: ['bad header'], maxAge: '1500ms' } })).toEqual([
      `${p}.corsPolicy.allowOrigins[0]: '' is not a valid match type for CORS allow origins: set a non-empty exact, prefix or regex`,
      `${p}.corsPolicy.allowMethods[0]: "FETCH" is not a supported HTTP method (use GET, HEAD, POST, PUT, DELETE, CONNECT, OPTIONS, TRACE or PATCH)`,
      `${p}.corsPolicy.allowHeaders[0]: header name bad header is not a valid header name (use HTTP token characters, e.g. "x-user-region")`,
      `${p}.corsPolicy.maxAge: max_age duration "1500ms" is accurate only to seconds precision`,
    ]);
    expect(rule({ corsPolicy: { allowOrigins: [{ regex: '(' }] } })).toHaveLength(1);
  });
});

describe('VirtualService header operations', () => {
  it('accepts request/response add, set, remove with token names', () => {
    expect(rule({ headers: { request: { add: { 'x-a': '1' }, remove: ['x-b'] }, response: { set: { 'x-c': '2' }, remove: ['server'] } } })).toEqual([]);
  });

  it('requires % in header values to come in pairs (Envoy command operators, %% for a literal)', () => {
    expect(rule({ headers: { request: { set: { 'x-host': '%HOSTNAME%', 'x-discount': '100%%' } } } })).toEqual([]);
    expect(rule({ headers: { response: { add: { 'x-discount': '50%' } } } }))
      .toEqual([`${p}.headers.response.add.x-discount: header value configuration: invalid header configuration. Un-escaped %`]);
  });

  it('rejects pseudo-headers and host outside request authority rewrites', () => {
    expect(rule({ headers: { response: { set: { host: 'x' } }, request: { remove: [':authority'] } } })).toEqual([
      `${p}.headers.request.remove[0]: invalid header ":authority": header cannot have ":" prefix`,
      `${p}.headers.response.set.host: invalid header "host": cannot set Host header`,
    ]);
  });
});
