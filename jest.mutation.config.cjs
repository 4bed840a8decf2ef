// The Jest configuration `npm run mutation` (StrykerJS) runs: only the tests that load src/core
// directly (test/core), so a mutant of the source is tested by the source — no build, no CLI.
const base = require('./package.json').jest;

module.exports = {
  ...base,
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/core/**/*.test.ts'],
  globalSetup: undefined,
  // Jest's runner, without the test files that hold none of a mutant's covering tests (see the file).
  runner: '<rootDir>/test/support/mutation-runner.cjs',
};
