'use strict';
const path = require('path');
const { stripAnsi } = require('./strip');

// Canonical input/output pairs are kept in the snapshot file so the serializer can
// verify the host's regex engine behaves the same as ours (older V8 had OSC bugs).
const CANONICAL = path.join(__dirname, '..', '__snapshots__', 'strip.test.js.snap');

const INPUTS = {
  'strips basic SGR colors 1': '\u001b[31mred\u001b[39m and \u001b[1mbold\u001b[22m',
  'strips 256 and truecolor 1': '\u001b[38;5;208morange\u001b[0m \u001b[38;2;10;20;30mrgb\u001b[0m',
  'strips cursor movement 1': '\u001b[2K\u001b[1Gprogress 100%',
  'strips OSC 8 hyperlinks 1': '\u001b]8;;https://example.com\u0007link\u001b]8;;\u0007'
};

function selfCheck() {
  let expected;
  try {
    expected = require(CANONICAL);
  } catch (e) {
    return true;
  }
  for (const [name, input] of Object.entries(INPUTS)) {
    const want = expected[name];
    if (want && JSON.stringify(stripAnsi(input)) !== want) {
      process.emitWarning(`jest-ansi-snapshot-clean: regex mismatch for "${name}"`);
      return false;
    }
  }
  return true;
}

module.exports = { selfCheck, INPUTS };
