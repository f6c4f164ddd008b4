/**
 * One fixed fast-check seed for every property test, so that a test run (and CI on a clean clone) is reproducible:
 * a counterexample found once is found every time, instead of failing one run in a thousand.
 * `FC_SEED=random npx jest test/fuzz` explores new seeds; `FC_SEED=<n>` replays a reported one.
 */
import * as fc from 'fast-check';

export const DEFAULT_SEED = 20261201;

/** The seed FC_SEED asks for: undefined for "random", the default when unset. */
export function seedFrom(requested: string | undefined): number | undefined {
  if (requested === 'random') return undefined;
  const seed = requested === undefined ? DEFAULT_SEED : Number(requested);
  if (requested === '' || !Number.isSafeInteger(seed)) {
    throw new Error(`FC_SEED must be an integer or "random", got ${JSON.stringify(requested)}`);
  }
  return seed;
}

const seed = seedFrom(process.env.FC_SEED);
if (seed !== undefined) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
