import { Testing } from 'cdk8s';
import { IstioVersion } from '../../src';

describe('IstioVersion', () => {
  test('defaults to 1.30 when the context key is not set', () => {
    expect(IstioVersion.of(Testing.chart()).toString()).toBe('1.30');
  });

  test('reads the istioVersion context key', () => {
    const app = Testing.app();
    app.node.setContext('istioVersion', '1.28.4');
    const version = IstioVersion.of(app);
    expect(version.minor).toBe(28);
    expect(version.atLeast(29)).toBe(false);
    expect(version.atLeast(28)).toBe(true);
  });

  test.each(['1.21', '2.0', 'latest', ''])('rejects %p naming the supported range', (value) => {
    expect(() => IstioVersion.parse(value)).toThrow(
      `Context 'istioVersion' is "${value}": supported Istio versions are 1.22 to 1.30 (e.g. "1.30"; newer ones are checked with the 1.30 rules)`);
  });
});
