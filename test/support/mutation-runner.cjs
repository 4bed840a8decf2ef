// Jest's own test runner, minus the test files that hold none of the tests asked for.
//
// StrykerJS runs each mutant with a test-name pattern of the tests that cover it (per-test
// coverage), but Jest still loads every test file — its imports, its module-level code — only to
// skip each test whose name does not match. On this machine that loading is most of a mutant's
// 6–11 s. This runner remembers the full names of each file's tests from every run it sees (the
// dry run runs them all), and leaves out a file none of whose tests the pattern matches: Jest
// would have skipped each of them anyway, so what runs, and every result, is the same.
// A file it has not seen yet always runs. And, as StrykerJS asks of a runner that can bail, a
// mutant's run stops at the first file with a failing test. Used only by jest.mutation.config.cjs.
const TestRunner = require('jest-runner').default;

/** Test file path → the full names of its tests ("describe … test"), as Jest reports them. */
const known = new Map();

class OnlyMatchingFilesRunner extends TestRunner {
  async runTests(tests, watcher, options) {
    const source = this._globalConfig.testNamePattern;
    // The same test Jest applies to each test's full name (jest-circus: new RegExp(pattern, 'i')).
    const pattern = source ? new RegExp(source, 'i') : null;
    const wanted = pattern === null ? tests : tests.filter((test) => !known.has(test.path) || known.get(test.path).some((name) => pattern.test(name)));
    let failed = false;
    const off = this.on('test-file-success', ([test, result]) => {
      known.set(
        test.path,
        result.testResults.map((r) => r.fullName),
      );
      if (result.numFailingTests > 0 || result.testExecError) failed = true;
    });
    try {
      // A mutant's run stops at the first file with a failing test (what StrykerJS asks of a runner
      // that can bail: one failure kills the mutant); a run without a pattern (the dry run) runs all.
      if (pattern === null) return await super.runTests(wanted, watcher, options);
      for (const test of wanted) {
        if (failed) break;
        await super.runTests([test], watcher, options);
      }
    } finally {
      off();
    }
  }
}

module.exports = OnlyMatchingFilesRunner;
