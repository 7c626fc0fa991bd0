'use strict';
const assert = require('assert');
const { get, categories } = require('./index');

// Ready-made checks for common sanitizers. Each helper calls YOUR function
// with every input in a category and asserts on its return value only.

function assertHtmlEscaped(render, category = 'xss') {
  for (const input of get(category)) {
    const out = String(render(input));
    assert.ok(!/<script\b/i.test(out), `unescaped <script> for input: ${JSON.stringify(input)}`);
    assert.ok(!/\son\w+\s*=/i.test(out.replace(/&[a-z]+;/g, '')) || !/</.test(out), `event handler attribute survived: ${JSON.stringify(input)}`);
  }
}

function assertRejected(validate, category) {
  const accepted = get(category).filter((input) => {
    try {
      return validate(input) !== false;
    } catch (_) {
      return false;
    }
  });
  assert.deepStrictEqual(accepted, [], `validator accepted ${accepted.length} ${category} input(s)`);
}

function assertNoCrash(fn, category) {
  for (const input of get(category)) {
    assert.doesNotThrow(() => fn(input), `threw for input ${JSON.stringify(input)}`);
  }
}

function assertSafePath(resolve, baseDir) {
  const path = require('path');
  for (const input of get('pathTraversal')) {
    let resolved;
    try { resolved = resolve(input); } catch (_) { continue; }
    if (resolved == null) continue;
    const rel = path.relative(baseDir, path.resolve(baseDir, String(resolved)));
    assert.ok(!rel.startsWith('..') && !path.isAbsolute(rel), `path escaped base dir: ${JSON.stringify(input)} -> ${resolved}`);
  }
}

module.exports = { assertHtmlEscaped, assertRejected, assertNoCrash, assertSafePath, categories };
