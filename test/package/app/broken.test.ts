import { Testing } from 'cdk8s';
import { MyChart } from './main';

// A snapshot test as users write it; the chart breaks a CEL-only CRD rule, so Testing.synth must fail.
describe('shop with both jwks and jwksUri', () => {
  test('snapshot', () => {
    const chart = new MyChart(Testing.app(), 'shop', { bothJwksAndJwksUri: true });
    expect(Testing.synth(chart)).toMatchSnapshot();
  });
});
