import { USAGE } from '../../src/cli/args';
import { cli } from './helpers';

// A mesh route to a Service the inputs do not hold, in a namespace they say nothing else about.
const ROUTE = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: reviews, namespace: shop}
spec:
  hosts: [reviews]
  http:
  - route:
    - destination: {host: reviews}
`;

describe('analyze --closed-world', () => {
  test('the inputs are the whole cluster: a Service they do not hold does not exist', async () => {
    const open = await cli(['analyze', '--format', 'json', '-'], ROUTE);
    expect(open.status).toBe(0);
    expect(JSON.parse(open.stdout)).toEqual([]);
    const closed = await cli(['analyze', '--closed-world', '--format', 'json', '-'], ROUTE);
    expect(closed.status).toBe(1);
    expect((JSON.parse(closed.stdout) as Array<{ code: string; path: string }>).map((f) => `${f.code} ${f.path}`))
      .toEqual(['IST0101 spec.http[0].route[0].destination.host']);
  });

  test('is an analyze option only', async () => {
    const r = await cli(['validate', '--closed-world', '-'], ROUTE);
    expect(r).toEqual({ status: 2, stdout: '', stderr: `cdk8s-istio: option '--closed-world' applies to analyze only\n\n${USAGE}` });
    expect(USAGE).toContain('--closed-world          analyze: the inputs are the whole cluster');
  });
});
