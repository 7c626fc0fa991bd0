'use strict';
const createSandbox = require('./sandbox');

async function run(files, { bail = false } = {}) {
  const tests = [];
  for (const f of files) createSandbox(f, tests);
  let passed = 0, failed = 0;
  for (const t of tests) {
    const start = Date.now();
    try {
      await Promise.race([t.fn(), new Promise((_, rej) => setTimeout(() => rej(new Error('test timed out')), 10000).unref())]);
      passed++;
      console.log(`  ✓ ${t.name} (${Date.now() - start}ms)`);
    } catch (e) {
      failed++;
      console.log(`  ✗ ${t.name}\n    ${e && e.message}`);
      if (bail) break;
    }
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  return { passed, failed };
}
module.exports = { run };
