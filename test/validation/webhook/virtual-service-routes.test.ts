import * as fc from 'fast-check';
import { dest, errors, route, vsHttp, warnings } from './helpers';

const vs = (...http: unknown[]) => errors('VirtualService', vsHttp(...http));

describe('VirtualService route destinations and weights', () => {
  it.each([
    ['90/10', [90, 10]],
    ['50/30 (weights are relative, no sum-to-100 rule)', [50, 30]],
    ['0 on one of two destinations', [100, 0]],
    ['a single destination without weight', [undefined]],
    ['a single destination with weight 0', [0]],
  ])('accepts %s', (_name, weights) => {
    expect(vs(route(...weights.map((w, i) => dest(`v${i + 1}`, w))))).toEqual([]);
  });

  it('rejects a negative weight, quoting it', () => {
    expect(vs(route(dest('v1', 110), dest('v2', -10)))).toEqual(['spec.http[0].route[1].weight: weight -10 < 0']);
  });

  it('rejects several destinations whose weights total 0', () => {
    expect(vs(route(dest('v1', 0), dest('v2', 0))))
      .toEqual(['spec.http[0].route: total destination weight = 0 (with several destinations at least one needs a weight above 0)']);
  });

  it('rejects a null entry and a missing destination', () => {
    expect(vs(route(null))).toEqual(['spec.http[0].route[0]: weight may not be nil']);
    expect(vs(route({ weight: 100 }))).toEqual(['spec.http[0].route[0].destination: destination is required']);
  });

  it('rejects host `*` and invalid hosts', () => {
    expect(vs(route({ destination: { host: '*' } }))).toEqual(['spec.http[0].route[0].destination.host: invalid destination host *']);
    expect(vs(route({ destination: { host: '10.1.2.3' } })))
      .toEqual(['spec.http[0].route[0].destination.host: domain name "10.1.2.3" invalid (top level domain "3" cannot be all-numeric)']);
    expect(vs(route({ destination: { host: '*.example.com' } }))).toEqual([]);
  });

  it('rejects subset names that are not Istio label names (dots, underscores)', () => {
    expect(vs(route(dest('v1.2.3')))).toEqual([
      'spec.http[0].route[0].destination.subset: subset name is invalid: v1.2.3 (letters, digits and \'-\' only, at most 63, e.g. "v1-2-3" not "v1.2.3")',
    ]);
    expect(vs(route(dest('v_1')))).toHaveLength(1);
    expect(vs(route(dest('V1-canary')))).toEqual([]);
  });

  it('requires destination ports within 1..65535', () => {
    expect(vs(route({ destination: { host: 'reviews', port: { number: 70000 } } })))
      .toEqual(['spec.http[0].route[0].destination.port.number: port number 70000 must be in the range 1..65535']);
    expect(vs(route({ destination: { host: 'reviews', port: {} } })))
      .toEqual(['spec.http[0].route[0].destination.port.number: port number 0 must be in the range 1..65535']);
  });

  it('validates destination header operations', () => {
    const d = { destination: { host: 'reviews' }, headers: { request: { set: { ':path': '/x' } }, response: { remove: ['Host'] } } };
    expect(vs(route(d))).toEqual([
      'spec.http[0].route[0].headers.request.set[":path"]: invalid header ":path": header cannot have ":" prefix',
      'spec.http[0].route[0].headers.response.remove[0]: invalid header "Host": cannot set Host header',
    ]);
    // istiod does not token-check header operation names.
    expect(vs(route({ destination: { host: 'reviews' }, headers: { response: { remove: ['bad header'] } } }))).toEqual([]);
  });
});

describe('VirtualService http rule kinds', () => {
  it('requires route, redirect or directResponse', () => {
    expect(vs({ match: [{ uri: { prefix: '/' } }] })).toEqual(['spec.http[0]: HTTP route, redirect or direct_response is required']);
  });

  it('rejects redirect together with route, fault, rewrite or directResponse', () => {
    const rule = { redirect: { uri: '/new' }, ...route(dest('v1')), fault: { abort: { httpStatus: 500 } }, rewrite: { uri: '/x' }, directResponse: { status: 200 } };
    expect(vs(rule)).toEqual([
      'spec.http[0]: HTTP route cannot contain both route and redirect',
      'spec.http[0]: HTTP route cannot contain both fault and redirect',
      'spec.http[0]: HTTP route rule cannot contain both rewrite and redirect',
      'spec.http[0]: HTTP route cannot contain both redirect and direct_response',
    ]);
  });

  it('rejects directResponse together with route, fault or rewrite', () => {
    const rule = { directResponse: { status: 503 }, ...route(dest('v1')), fault: { abort: { httpStatus: 500 } }, rewrite: { uri: '/x' } };
    expect(vs(rule)).toEqual([
      'spec.http[0]: HTTP route cannot contain both route and direct_response',
      'spec.http[0]: HTTP route cannot contain both fault and direct_response',
      'spec.http[0]: HTTP route rule cannot contain both rewrite and direct_response',
    ]);
  });

  it('validates directResponse status and body size', () => {
    expect(vs({ directResponse: { status: 503, body: { string: 'unavailable' } } })).toEqual([]);
    expect(vs({ directResponse: { status: 700 } })).toEqual(['spec.http[0].directResponse.status: HTTP status 700 is not in range 200-599']);
    expect(vs({ directResponse: { status: 200, body: { string: 'x'.repeat(1024 * 1024 + 1) } } }))
      .toEqual(['spec.http[0].directResponse.body: large direct_responses may impact control plane performance, must be less than 1MB (it has 1048577 bytes)']);
    expect(warnings('VirtualService', vsHttp({ directResponse: { status: 200, body: { string: 'x'.repeat(200 * 1024) } } })))
      .toEqual(['spec.http[0].directResponse.body: large direct_responses may impact control plane performance (it has 204800 bytes)']);
  });

  it('validates redirects', () => {
    expect(vs({ redirect: { uri: '/v2', redirectCode: 308 } })).toEqual([]);
    expect(vs({ redirect: {} })).toEqual(['spec.http[0].redirect: redirect must specify URI, authority, scheme, or port']);
    expect(vs({ redirect: { uri: '/v2', redirectCode: 200 } })).toEqual(['spec.http[0].redirect.redirectCode: 200 is not a valid redirect code, must be 3xx']);
    expect(vs({ redirect: { scheme: 'ftp' } })).toEqual(['spec.http[0].redirect.scheme: invalid redirect scheme "ftp", must be "http" or "https"']);
    expect(vs({ redirect: { port: 70000 } })).toEqual(['spec.http[0].redirect.port: port number 70000 must be in the range 1..65535']);
  });

  it('validates rewrites', () => {
    expect(vs({ rewrite: { uri: '/v2' }, ...route(dest('v1')) })).toEqual([]);
    expect(vs({ rewrite: { uri: '/v2', uriRegexRewrite: { match: '^/a', rewrite: '/b' } }, ...route(dest('v1')) }))
      .toEqual(['spec.http[0].rewrite: rewrite may only contain one of URI or UriRegexRewrite']);
    expect(vs({ rewrite: {}, ...route(dest('v1')) }))
      .toEqual(['spec.http[0].rewrite: rewrite must specify at least one of URI, UriRegexRewrite, or authority. Only one of URI or UriRegexRewrite may be specified']);
    expect(vs({ rewrite: { uriRegexRewrite: { match: '^/a' } }, ...route(dest('v1')) }))
      .toEqual(['spec.http[0].rewrite.uriRegexRewrite: UriRegexRewrite requires both Rewrite and Match fields to be specified']);
    expect(vs({ rewrite: { uriRegexRewrite: { match: '(?=a)', rewrite: '/b' } }, ...route(dest('v1')) })[0])
      .toMatch(/^spec.http\[0\].rewrite.uriRegexRewrite.match: "HTTPRewrite.UriRegexRewrite.Match": regex "\(\?=a\)" is invalid: /);
  });

  it('allows the authority to be rewritten only once', () => {
    expect(vs({ rewrite: { authority: 'a.example.com' }, headers: { request: { set: { host: 'b.example.com' } } }, ...route(dest('v1')) }))
      .toEqual(['spec.http[0].headers.request.set.host: authority header cannot be set multiple times: have "a.example.com", attempting to set "b.example.com"']);
    expect(vs({ headers: { request: { set: { ':authority': 'b.example.com' } } }, ...route(dest('v1')) })).toEqual([]);
  });

  it('rejects a null http rule', () => {
    expect(vs(null)).toEqual(['spec.http[0]: http route may not be null']);
  });

  it('validates delegate rules', () => {
    expect(vs({ delegate: { name: 'reviews-delegate', namespace: 'team-a' } })).toEqual([]);
    expect(vs({ delegate: { name: 'd' }, ...route(dest('v1')) })).toEqual(['spec.http[0]: HTTP route cannot contain both route and delegate']);
    expect(vs({ delegate: { namespace: 'Team_A' } })).toEqual([
      'spec.http[0].delegate.name: delegate name must be set',
      'spec.http[0].delegate.namespace: delegate namespace "Team_A" is not a valid DNS-1123 label',
    ]);
    expect(errors('VirtualService', { http: [{ delegate: { name: 'deeper' } }] }))
      .toEqual(['spec.http[0].delegate: http delegate only applies to root virtual service (one level of delegation is supported)']);
  });
});

describe('VirtualService weights and subsets (properties)', () => {
  const weightsOf = (weights: number[]) => vs(route(...weights.map((w, i) => dest(`v${i}`, w))));

  it('accepts any non-negative weights whose total is above 0 (no sum-to-100 rule)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 6 }), (weights) => {
      fc.pre(weights.length === 1 || weights.some((w) => w > 0));
      expect(weightsOf(weights)).toEqual([]);
    }));
  });

  it('rejects every negative weight', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 4 }), fc.integer({ min: -1000, max: -1 }), (others, negative) => {
      const result = weightsOf([100, ...others, negative]);
      expect(result).toContain(`spec.http[0].route[${others.length + 1}].weight: weight ${negative} < 0`);
    }));
  });

  it('accepts label-style subset names and rejects names with dots or underscores', () => {
    const label = fc.stringMatching(/^[a-zA-Z0-9]([-a-zA-Z0-9]{0,20}[a-zA-Z0-9])?$/);
    fc.assert(fc.property(label, (name) => expect(vs(route(dest(name)))).toEqual([])));
    fc.assert(fc.property(label, fc.constantFrom('.', '_'), label, (a, sep, b) => {
      expect(vs(route(dest(`${a}${sep}${b}`)))).toHaveLength(1);
    }));
  });
});
