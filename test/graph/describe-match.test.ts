import { describeGatewayApiMatch, describeIstioMatch } from '../../src/graph/describe-match';

describe('match descriptions', () => {
  test('Istio: conditions of one entry join with and, entries with or', () => {
    expect(describeIstioMatch([
      { uri: { prefix: '/api' }, method: { exact: 'GET' }, headers: { 'x-a': { regex: 'b.*' } } },
      { queryParams: { debug: { exact: '1' } }, withoutHeaders: { 'x-b': {} }, sourceLabels: { app: 'web' }, sourceNamespace: 'front' },
    ])).toBe('uri prefix /api and method = GET and header x-a ~ b.* or query debug = 1 and no header x-b present and source app=web and source namespace front');
  });

  test('an empty match entry matches every request', () => {
    expect(describeIstioMatch(undefined)).toBe('any request');
    expect(describeIstioMatch([{ uri: { exact: '/a' } }, {}])).toBe('any request');
  });

  test('Gateway API: path types, headers and query params, with the CRD defaults', () => {
    expect(describeGatewayApiMatch([
      { path: { type: 'Exact', value: '/login' }, headers: [{ name: 'x-canary', value: 'always' }], method: 'POST' },
      { path: { value: '/api' }, queryParams: [{ type: 'RegularExpression', name: 'v', value: '2.*' }] },
    ])).toBe('path = /login and header x-canary = always and method = POST or path prefix /api and query v ~ 2.*');
    expect(describeGatewayApiMatch([{ path: { type: 'PathPrefix', value: '/' } }])).toBe('any request');
  });
});
