import { route } from './mesh-router';
import { baseProps, synth } from './helpers';
import { RouteMatch, StringMatch, StringMatchType } from '../../src/canary';

const STABLE = JSON.stringify([['app', 'billing-service'], ['version', 'v1']]);
const CANARY = JSON.stringify([['app', 'billing-service'], ['version', 'v2']]);

/** Where each request goes with these canary matches and weight 0: 'canary' or 'stable'. */
function destinations(canaryMatches: RouteMatch[], requests: Parameters<typeof route>[3][]): string[] {
  const { byKind } = synth(baseProps({ canaryMatches }));
  return requests.map((req) => {
    const shares = route(byKind('VirtualService'), byKind('DestinationRule'), { app: 'billing-service' }, req);
    if (shares[CANARY] === 1) return 'canary';
    if (shares[STABLE] === 1) return 'stable';
    return JSON.stringify(shares);
  });
}

describe('RouteMatch', () => {
  test('a cookie match finds the cookie anywhere in the header, literally', () => {
    const cookie = (value: string) => ({ headers: { cookie: value } });
    expect(destinations([RouteMatch.cookie('canary', 'a.b+c')], [
      cookie('canary=a.b+c'),
      cookie('session=1; canary=a.b+c'),
      cookie('session=1;canary=a.b+c; theme=dark'),
      cookie('canary=aXb+c'), // '.' is escaped
      cookie('canary=a.b+cc'),
      cookie('xcanary=a.b+c'),
      cookie('session=canary=a.b+c'),
      {},
    ])).toEqual(['canary', 'canary', 'canary', 'stable', 'stable', 'stable', 'stable', 'stable']);
  });

  test('RouteMatch.all needs every condition; canaryMatches needs any one', () => {
    const oslo = RouteMatch.header('x-user-region', StringMatch.exact('oslo'));
    const api = RouteMatch.uri(StringMatch.prefix('/api/'));
    const beta = RouteMatch.queryParam('beta', StringMatch.exact('1'));
    expect(destinations([RouteMatch.all(oslo, api), beta], [
      { headers: { 'x-user-region': 'oslo' }, path: '/api/pay' },
      { headers: { 'x-user-region': 'oslo' }, path: '/web' },
      { path: '/api/pay' },
      { path: '/web', query: { beta: '1' } },
      { path: '/web', query: { beta: '2' } },
    ])).toEqual(['canary', 'stable', 'stable', 'canary', 'stable']);
  });

  test('source matches select by calling workload', () => {
    expect(destinations([RouteMatch.sourceLabels({ app: 'qa' }), RouteMatch.sourceNamespace('staging')], [
      { sourceLabels: { app: 'qa', version: 'x' } },
      { sourceLabels: { app: 'web' } },
      { sourceNamespace: 'staging' },
      { sourceNamespace: 'prod' },
    ])).toEqual(['canary', 'stable', 'canary', 'stable']);
  });

  test('string matches render to Istio StringMatch and describe themselves', () => {
    const { byKind } = synth(baseProps({
      canaryMatches: [
        RouteMatch.header('a', StringMatch.exact('')),
        RouteMatch.header('b', StringMatch.prefix('x')),
        RouteMatch.header('c', StringMatch.regex('^v[0-9]+$')),
      ],
    }));
    expect(byKind('VirtualService').spec.http[0].match).toEqual([
      { headers: { a: { exact: '' } } },
      { headers: { b: { prefix: 'x' } } },
      { headers: { c: { regex: '^v[0-9]+$' } } },
    ]);
    expect(StringMatch.regex('^a$').type).toBe(StringMatchType.REGEX);
    expect(StringMatch.prefix('/api').toString()).toBe('prefix "/api"');
    expect(RouteMatch.all(RouteMatch.header('x', StringMatch.exact('1')), RouteMatch.uri(StringMatch.exact('/'))).toString()).toBe('header "x" and URI');
  });
});
