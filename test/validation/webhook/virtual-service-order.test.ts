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
