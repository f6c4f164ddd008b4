/**
 * Every public factory given hostile arguments from plain JavaScript, FUZZ_RUNS (≥ 5,000) runs each: an Error naming
 * the factory and the argument, or a value of the right type that a construct refuses clearly or turns into valid
 * output (see fuzzFactory in prop-fuzz.ts, and factory-targets.ts for the targets).
 */
import { FACTORY_TARGETS } from './factory-targets';
import { FUZZ_RUNS, fuzzFactory } from './prop-fuzz';

test.each(FACTORY_TARGETS.map((t) => [t.factory, t] as const))(`%s: ${FUZZ_RUNS} hostile argument sets`, (_name, target) => {
  fuzzFactory(target, FUZZ_RUNS);
});
