/**
 * Tests run from the TypeScript sources; snapshots live beside the tests in __snapshots__/.
 * The CEL engine is loaded from its CommonJS copy in lib/vendor/cel-js (as users' Jest loads it); the global setup
 * writes that copy when `npm run build` has not.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // The packaged-app check's own app (test/package/packaged-app.js runs it against the installed tarball).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/package/app/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.dev.json' }],
  },
  globalSetup: '<rootDir>/scripts/vendor-cel.js',
  // Property tests run with one fixed seed unless FC_SEED says otherwise (test/support/fast-check-seed.ts).
  setupFiles: ['<rootDir>/test/support/fast-check-seed.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 60000,
};
