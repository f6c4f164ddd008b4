/**
 * The public static methods that take a scope or manifests (scope-targets.ts), each FUZZ_RUNS (≥ 5,000) times with a
 * hostile value there: the promised result, or an Error naming the method; never a TypeError from inside.
 */
import fc from 'fast-check';
import { FUZZ_RUNS, hostileValue } from './prop-fuzz';
import { SCOPE_TARGETS, scopeValues } from './scope-targets';

const values = fc.oneof(hostileValue, fc.constantFrom(...scopeValues()));

test.each(SCOPE_TARGETS.map((t) => [t.method, t] as const))(`%s: ${FUZZ_RUNS} hostile values`, (_name, target) => {
  fc.assert(fc.property(values, (v) => {
    let result: unknown;
    try {
      result = target.call(v);
    } catch (e) {
      if (!(e instanceof Error) || e.constructor !== Error) throw new Error(`${target.method}(${String(typeof v)}): threw ${e instanceof Error ? `${e.constructor.name}: ${e.message}` : String(e)}`);
      if (!e.message.includes(target.method)) throw new Error(`${target.method}: the error does not name it: ${e.message}`);
      return;
    }
    const wrong = target.returns(result);
    if (wrong !== undefined) throw new Error(`${target.method}: ${wrong}`);
  }), { numRuns: FUZZ_RUNS });
});
