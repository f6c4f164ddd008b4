import { dest, errors, route, vsHttp } from './helpers';

const withMatch = (match: unknown) => errors('VirtualService', vsHttp({ match: [match], ...route(dest('v1')) }));
const p = 'spec.http[0].match[0]';

describe('VirtualService http matches', () => {
  it('accepts token header names, pseudo-headers and presence-only matches', () => {
    expect(withMatch({ headers: { 'x-user-region': { exact: 'oslo' }, ':authority': { prefix: 'api.' }, 'x-present': {} } })).toEqual([]);
  });

  it('accepts exact "" (matches an empty header value)', () => {
    expect(withMatch({ headers: { 'x-canary': { exact: '' } } })).toEqual([]);
  });

  it('rejects invalid header names', () => {
    expect(withMatch({ headers: { 'x user': { exact: 'a' } } }))
      .toEqual([`${p}.headers["x user"]: header name x user is not a valid header name (use HTTP token characters, e.g. "x-user-region")`]);
    expect(withMatch({ headers: { ':foo': { exact: 'a' } } })).toHaveLength(1);
    expect(withMatch({ headers: { '': { exact: 'a' } } })).toEqual([`${p}.headers[""]: header name cannot be empty`]);
  });

  it('rejects a null header match', () => {
    expect(withMatch({ headers: { 'x-a': null } })).toEqual([`${p}.headers.x-a: headers match x-a cannot be null`]);
  });

  it('rejects an empty prefix on headers, scheme, method, authority and queryParams, but not on uri', () => {
    expect(withMatch({ uri: { prefix: '' } })).toEqual([]);
    expect(withMatch({ headers: { 'x-a': { prefix: '' } }, scheme: { prefix: '' }, method: { prefix: '' }, authority: { prefix: '' }, queryParams: { q: { prefix: '' } } }))
      .toEqual([
        `${p}.headers.x-a.prefix: "headers": prefix string match should not be empty`,
        `${p}.scheme.prefix: "scheme": prefix string match should not be empty`,
        `${p}.method.prefix: "method": prefix string match should not be empty`,
        `${p}.authority.prefix: "authority": prefix string match should not be empty`,
        `${p}.queryParams.q.prefix: "queryParams": prefix string match should not be empty`,
      ]);
  });

  it('requires regexes to be non-empty, at most 1024 characters and valid RE2', () => {
    expect(withMatch({ uri: { regex: '^/api/v[0-9]+/.*' } })).toEqual([]);
    expect(withMatch({ uri: { regex: '' } })).toEqual([`${p}.uri.regex: "uri": regex string match should not be empty`]);
    expect(withMatch({ headers: { 'x-a': { regex: 'a'.repeat(1025) } } }))
      .toEqual([`${p}.headers.x-a.regex: "headers": regex is too large, max length allowed is 1024`]);
    const lookahead = withMatch({ headers: { 'x-a': { regex: 'foo(?!bar)' } } });
    expect(lookahead).toHaveLength(1);
    expect(lookahead[0]).toMatch(/^spec.http\[0\].match\[0\].headers.x-a.regex: "headers": regex "foo\(\?!bar\)" is invalid: .*Istio uses RE2 style regex-based match/);
  });

  it('validates withoutHeaders like headers, except regex `*` means presence', () => {
    expect(withMatch({ withoutHeaders: { 'x-debug': { regex: '*' } } })).toEqual([]);
    expect(withMatch({ withoutHeaders: { 'x-debug': { prefix: '' } } }))
      .toEqual([`${p}.withoutHeaders.x-debug.prefix: "withoutHeaders": prefix string match should not be empty`]);
    expect(withMatch({ withoutHeaders: { 'x-debug': null } })).toEqual([`${p}.withoutHeaders.x-debug: withoutHeaders match x-debug cannot be null`]);
  });

  it('allows JWT claim routing only on a gateway-bound VirtualService', () => {
    const match = { headers: { '@request.auth.claims.groups': { exact: 'beta' } } };
    const spec = { hosts: ['a.example.com'], http: [{ match: [match], ...route(dest('v1')) }] };
    expect(errors('VirtualService', { ...spec, gateways: ['istio-system/public'] })).toEqual([]);
    expect(errors('VirtualService', spec))
      .toEqual([`${p}.headers["@request.auth.claims.groups"]: JWT claim based routing (key: @request.auth.claims.groups) is only supported for gateway, found no gateways`]);
    expect(errors('VirtualService', { ...spec, gateways: ['mesh'] })).toHaveLength(1);
  });

  it('validates match port, sourceLabels, sourceNamespace and gateways', () => {
    expect(withMatch({ port: 8080, sourceLabels: { app: 'web' }, sourceNamespace: 'frontend', gateways: ['mesh'] })).toEqual([]);
    expect(withMatch({ port: 70000 })).toEqual([`${p}.port: port number 70000 must be in the range 1..65535`]);
    expect(withMatch({ sourceLabels: { 'bad key!': 'v' } })).toHaveLength(1);
    expect(withMatch({ sourceLabels: { app: 'bad value!' } })[0]).toMatch(/^spec.http\[0\].match\[0\].sourceLabels.app: value "bad value!" must be empty or 1-63/);
    expect(withMatch({ sourceNamespace: 'Front_End' }))
      .toEqual([`${p}.sourceNamespace: sourceNamespace "Front_End" must be a valid DNS-1123 label (a namespace name)`]);
    expect(withMatch({ gateways: ['ns/bad_name'] })).toEqual([`${p}.gateways[0]: invalid value for gateway name: "bad_name" (in gateway "ns/bad_name")`]);
  });
});
