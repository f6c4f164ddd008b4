/**
 * Loads `@marcbachmann/cel-js` on first use. The package is an ES module: Node.js >= 20.19 loads it through
 * `require()`, but Jest's module sandbox cannot unless jest.config.js transforms the package.
 * Loading it lazily keeps every module that merely imports the validator loadable, and turns a failure into an
 * error that says what to do.
 */
import type * as CelJs from '@marcbachmann/cel-js';

let lib: typeof CelJs | undefined;

export function celJs(): typeof CelJs {
  if (!lib) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose, see the module comment
      lib = require('@marcbachmann/cel-js') as typeof CelJs;
    } catch (e) {
      const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
      throw new Error(
        `cdk8s-istio: cannot load the CEL engine @marcbachmann/cel-js (an ES module): ${reason}. ` +
        'It needs Node.js >= 20.19 (require of ES modules); under Jest, transform it: ' +
        "transformIgnorePatterns ['/node_modules/(?!@marcbachmann/cel-js/)'] plus a ts-jest (allowJs) transform for its .js files.",
      );
    }
  }
  return lib;
}
