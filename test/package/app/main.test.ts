import { Testing } from 'cdk8s';
import { MyChart } from './main';

describe('shop', () => {
  test('snapshot', () => {
    const chart = new MyChart(Testing.app(), 'shop');
    expect(Testing.synth(chart)).toMatchSnapshot();
  });
});
