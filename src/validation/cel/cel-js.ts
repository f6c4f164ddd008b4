/**
 * Loads the CEL engine, `@marcbachmann/cel-js`, on first use. The package ships only as an ES module, which Jest's
 * module sandbox cannot load from node_modules without configuration; so the build compiles it to CommonJS into
 * lib/vendor/cel-js (scripts/vendor-cel.js) and the validator loads that copy: users' Jest, ts-jest and plain
 * Node.js all run every CEL rule with no setup. Loading lazily keeps every module that merely imports the
 * validator cheap to load.
 */
import * as fs from 'fs';
import * as path from 'path';
import type * as CelJs from '@marcbachmann/cel-js';

let lib: typeof CelJs | undefined;

/** lib/vendor/cel-js seen from lib/src/validation/cel (the package) and from src/validation/cel (this repo's tests). */
const VENDORED = [
  path.resolve(__dirname, '../../../vendor/cel-js/index.js'),
  path.resolve(__dirname, '../../../lib/vendor/cel-js/index.js'),
];

export function celJs(): typeof CelJs {
  if (!lib) {
    const vendored = VENDORED.find((p) => fs.existsSync(p));
    if (!vendored) {
      throw new Error(
        `cdk8s-istio: the CEL engine is missing (looked for ${VENDORED.join(', ')}): ` +
        'the package build (`npm run build`) compiles @marcbachmann/cel-js into lib/vendor/cel-js.',
      );
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose, see the module comment
    lib = require(vendored) as typeof CelJs;
  }
  return lib;
}
