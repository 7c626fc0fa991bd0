'use strict';
const { formatFailure, summaryLine } = require('./lib/format');
const ci = require('./lib/ci');

class CompactReporter {
  constructor(globalConfig, options) {
    this._globalConfig = globalConfig;
    this._options = Object.assign({ annotations: true, slowThreshold: 5 }, options);
    this._failures = [];
    this._provider = ci.detect();
  }

  onRunStart(results) {
    process.stdout.write(`\n Running ${results.numTotalTestSuites} suites\n`);
  }

  onTestResult(test, result) {
    const slow = result.perfStats && (result.perfStats.end - result.perfStats.start) / 1000;
    const mark = result.numFailingTests ? 'x' : '.';
    process.stdout.write(mark);
    if (slow && slow > this._options.slowThreshold) this._failures.push({ slow: true, path: test.path, seconds: slow });
    for (const t of result.testResults) {
      if (t.status === 'failed') this._failures.push({ path: test.path, title: t.fullName, messages: t.failureMessages });
    }
  }

  onRunComplete(contexts, results) {
    process.stdout.write('\n');
    for (const f of this._failures) {
      process.stdout.write(formatFailure(f) + '\n');
      if (this._options.annotations && this._provider === 'github' && !f.slow) {
        process.stdout.write(`::error file=${f.path}::${f.title}\n`);
      }
    }
    process.stdout.write(summaryLine(results) + '\n');
    return ci.flushAnnotations(this._provider);
  }

  getLastError() {
    return this._failures.some((f) => !f.slow) ? new Error('tests failed') : undefined;
  }
}

module.exports = CompactReporter;
