import * as fc from 'fast-check';
import { DEFAULT_SEED, seedFrom } from './fast-check-seed';

describe('the fixed fast-check seed of the test run', () => {
  test('unset means the default seed, "random" means none, a number replays that seed', () => {
    expect(seedFrom(undefined)).toBe(DEFAULT_SEED);
    expect(seedFrom('random')).toBeUndefined();
    expect(seedFrom('42')).toBe(42);
  });

  test('anything else is refused with the allowed values', () => {
    expect(() => seedFrom('abc')).toThrow('FC_SEED must be an integer or "random", got "abc"');
    expect(() => seedFrom('')).toThrow('FC_SEED must be an integer or "random", got ""');
    expect(() => seedFrom('1.5')).toThrow('FC_SEED must be an integer or "random", got "1.5"');
  });

  test('the setup file applied the seed: two samples of the same arbitrary are equal', () => {
    if (process.env.FC_SEED === 'random') return;
    expect(fc.readConfigureGlobal().seed).toBe(seedFrom(process.env.FC_SEED));
    expect(fc.sample(fc.integer(), 5)).toEqual(fc.sample(fc.integer(), 5));
  });
});
