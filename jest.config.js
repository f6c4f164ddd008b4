/**
 * Tests run from the TypeScript sources; snapshots live beside the tests in __snapshots__/.
 * The CEL engine (@marcbachmann/cel-js) ships only as an ES module. Node.js >= 20.19 `require`s it natively,
 * but jest's module loader does not, so jest compiles that one package to CommonJS with ts-jest.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // The packaged-app check's own app (test/package/packaged-app.js runs it against the installed tarball).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/package/app/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.dev.json' }],
    '^.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022', isolatedModules: true } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!@marcbachmann/cel-js/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 60000,
};
