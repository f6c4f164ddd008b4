/**
 * The CEL engine is loaded from its CommonJS copy in lib/vendor/cel-js (written by the build), so Jest and plain
 * Node.js load it without configuration.
 */
import * as path from 'path';

describe('the vendored CEL engine', () => {
  test('is the CommonJS copy in lib/vendor/cel-js, with the licence of @marcbachmann/cel-js', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fs = require('fs') as typeof import('fs');
    const dir = path.resolve(__dirname, '../../../lib/vendor/cel-js');
    expect(fs.readFileSync(path.join(dir, 'index.js'), 'utf8')).toMatch(/exports\.Environment/);
    expect(fs.readFileSync(path.join(dir, 'LICENSE'), 'utf8')).toMatch(/MIT License/);
  });

  test('a missing copy is a clear error naming the build step', () => {
    jest.isolateModules(() => {
      jest.doMock('fs', () => ({ ...jest.requireActual('fs'), existsSync: () => false }));
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { celJs } = require('../../../src/validation/cel/cel-js') as typeof import('../../../src/validation/cel/cel-js');
      expect(() => celJs()).toThrow(/^cdk8s-istio: the CEL engine is missing \(looked for .*vendor\/cel-js\/index\.js.*\): the package build \(`npm run build`\) compiles @marcbachmann\/cel-js into lib\/vendor\/cel-js\.$/);
    });
    jest.dontMock('fs');
  });
});
