import { Severity } from '../../../src/validation/finding';
import { dest, findings, route, vsHttp } from './helpers';

const order = (...http: unknown[]) => findings('VirtualService', vsHttp(...http))
  .filter((f) => f.code === 'IST0130' || f.code === 'IST0131')
  .map((f) => `${f.severity} ${f.code} ${f.path}: ${f.message}`);

const canary = { name: 'canary-header', match: [{ headers: { 'x-canary': { exact: 'true' } } }], ...route(dest('v2')) };
const weighted = { name: 'weighted', ...route(dest('v1', 90), dest('v2', 10)) };

describe('VirtualService rule order (IST0130 / IST0131)', () => {
  it('is quiet for header-matched rules before the catch-all', () => {
    expect(order(canary, weighted)).toEqual([]);
  });

  it('reports rules after a rule without matches as unreachable', () => {
    expect(order(weighted, canary)).toEqual([
      'warning IST0130 spec.http[1]: virtualService rule "canary-header" not used (route without matches defined before: rule "weighted" matches everything)',
    ]);
    expect(order(route(dest('v1')), route(dest('v2')))).toEqual([
      'warning IST0130 spec.http[1]: virtualService rule #1 not used (only the last rule can have no matches; rule #0 already matches everything)',
    ]);
  });

  it('treats a rule with an empty match as matching everything', () => {
    const emptyMatch = { name: 'all', match: [{ name: 'any' }], ...route(dest('v1')) };
    expect(order(emptyMatch, canary)).toEqual([
      'warning IST0130 spec.http[1]: virtualService rule "canary-header" not used (route without matches defined before: rule "all" matches everything)',
    ]);
  });

  it('reports duplicate matches (names ignored) as ineffective, and a rule with only duplicates as unreachable', () => {
    const again = { match: [{ name: 'other-name', headers: { 'x-canary': { exact: 'true' } } }], ...route(dest('v3')) };
    expect(order(canary, again, weighted)).toEqual([
      'info IST0131 spec.http[1].match[0]: virtualService rule #1 match "other-name" is not used (duplicate/overlapping match in rule "canary-header")',
      'warning IST0130 spec.http[1]: virtualService rule #1 not used (all matches used by prior rules)',
    ]);
  });

  it('reports a partly duplicated rule only as ineffective', () => {
    const partly = { match: [{ headers: { 'x-canary': { exact: 'true' } } }, { uri: { prefix: '/beta' } }], ...route(dest('v3')) };
    const result = findings('VirtualService', vsHttp(canary, partly, weighted)).filter((f) => f.code.startsWith('IST013'));
    expect(result.map((f) => [f.code, f.severity])).toEqual([['IST0131', Severity.INFO]]);
  });

  it('analyses tcp rules too', () => {
    const tcp = [{ route: [{ destination: { host: 'a' } }] }, { match: [{ port: 5432 }], route: [{ destination: { host: 'b' } }] }];
    expect(findings('VirtualService', { hosts: ['db'], tcp }).map((f) => `${f.code} ${f.path}`)).toEqual(['IST0130 spec.tcp[1]']);
  });
});

describe('VirtualService prefix overlaps (IST0131)', () => {
  const prefix = (p: string, extra: object = {}, name?: string) => ({ ...(name ? { name } : {}), uri: { prefix: p }, ...extra });
  const rule = (name: string, ...match: object[]) => ({ name, match, ...route(dest('v1')) });
  const info = (path: string, ruleLabel: string, match: string, dup: string) =>
    `info IST0131 ${path}: virtualService rule ${ruleLabel} match ${match} is not used (duplicate/overlapping match in rule ${dup})`;

  it('reports a later prefix that extends an earlier one, across rules, inside one rule, and in a single-rule VirtualService', () => {
    expect(order(rule('api', prefix('/api')), rule('users', prefix('/api/users')))).toEqual([
      info('spec.http[1].match[0]', '"users"', '#0 of prefix /api/users', '#0 of prefix /api on "api"'),
    ]);
    expect(order(rule('one', prefix('/api', {}, 'all'), prefix('/api/v1')))).toEqual([
      info('spec.http[0].match[1]', '"one"', '#1 of prefix /api/v1', '"all" of prefix /api on "one"'),
    ]);
  });

  it('is quiet when the earlier prefix is the longer one, or the prefixes are equal', () => {
    expect(order(rule('users', prefix('/api/users')), rule('api', prefix('/api')))).toEqual([]);
    expect(order(rule('a', prefix('/api', { headers: { x: { exact: '1' } } })), rule('b', prefix('/api')))).toEqual([]);
  });

  it('compares method (none means GET), port, authority, headers, query parameters and withoutHeaders', () => {
    const overlaps = (a: object, b: object) => order(rule('a', prefix('/api', a)), rule('b', prefix('/api/v1', b))).length > 0;
    expect(overlaps({}, { method: { exact: 'GET' } })).toBe(true);
    expect(overlaps({}, { method: { exact: 'POST' } })).toBe(false);
    expect(overlaps({ method: { exact: 'POST' } }, { method: { exact: 'POST' } })).toBe(true);
    expect(overlaps({ port: 8080 }, { port: 8080 })).toBe(true);
    expect(overlaps({ port: 8080 }, {})).toBe(false);
    expect(overlaps({ authority: { exact: 'a.com' } }, { authority: { exact: 'b.com' } })).toBe(false);
    expect(overlaps({ headers: { x: { exact: '1' } } }, { headers: { x: { exact: '1' } } })).toBe(true);
    expect(overlaps({ headers: { x: { prefix: 'ab' } } }, { headers: { x: { prefix: 'a' } } })).toBe(true);
    expect(overlaps({ headers: { x: { exact: '1' } } }, {})).toBe(false);
    expect(overlaps({ headers: { x: { exact: '1' } } }, { headers: { y: { exact: '1' } } })).toBe(false);
    expect(overlaps({ queryParams: { q: { exact: '1' } } }, { queryParams: { q: { exact: '2' } } })).toBe(false);
    expect(overlaps({ withoutHeaders: { x: { exact: '1' } } }, { withoutHeaders: { x: { exact: '1' } } })).toBe(true);
    // Fields istiod ignores here.
    expect(overlaps({ scheme: { exact: 'http' } }, { scheme: { exact: 'https' } })).toBe(true);
    expect(overlaps({ sourceLabels: { app: 'a' } }, {})).toBe(true);
  });

  it('stays linear-ish: 5,000 distinct prefixes under one rule are compared through their own prefixes only', () => {
    const matches = Array.from({ length: 5000 }, (_, i) => prefix(`/p${i}/x`));
    const start = Date.now();
    expect(order(rule('many', ...matches), rule('more', prefix('/p42/x/y')))).toEqual([
      info('spec.http[1].match[0]', '"more"', '#0 of prefix /p42/x/y', '#42 of prefix /p42/x on "many"'),
    ]);
    expect(Date.now() - start).toBeLessThan(5000);
  });
});
