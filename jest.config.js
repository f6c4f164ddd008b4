/**
 * Tests run from the TypeScript sources; snapshots live beside the tests in __snapshots__/.
 * The CEL engine is loaded from its CommonJS copy in lib/vendor/cel-js (as users' Jest loads it); the global setup
 * writes that copy when `npm run build` has not.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.dev.json' }],
  },
  globalSetup: '<rootDir>/scripts/vendor-cel.js',
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 60000,
};
