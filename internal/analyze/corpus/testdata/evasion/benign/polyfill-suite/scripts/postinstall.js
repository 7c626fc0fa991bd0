/* eslint-disable no-console */
'use strict';
// Prints a short "thank you / please support us" banner after install.
// It does nothing else: no network access, no files written.
// Hidden when: CI, ADBLOCK, DISABLE_OPENCOLLECTIVE, OPEN_SOURCE_CONTRIBUTOR,
// a silent/error npm log level, or when installed as a dependency of a dependency.
const env = process.env;

function isTrue(value) {
  return !!value && value !== '0' && value !== 'false';
}

const ADBLOCK = isTrue(env.ADBLOCK);
const CI = isTrue(env.CI) || isTrue(env.CONTINUOUS_INTEGRATION);
const DISABLE_OPENCOLLECTIVE = isTrue(env.DISABLE_OPENCOLLECTIVE);
const SILENT = ['silent', 'error', 'warn'].includes(env.npm_config_loglevel);
const OPEN_SOURCE_CONTRIBUTOR = isTrue(env.OPEN_SOURCE_CONTRIBUTOR);
const COLOR = env.npm_config_color !== 'false' && process.stdout.isTTY;
// npm sets INIT_CWD to the directory where `npm install` was run.
const IS_DIRECT = !env.INIT_CWD || !env.INIT_CWD.includes('node_modules');

const BANNER = '\u001B[96mThank you for using polyfill-suite\u001B[0m (\u001B[94m https://github.com/polyfill-suite/polyfill-suite \u001B[0m)\n\n' +
  '\u001B[96mThe project needs your help! Please consider supporting it on Open Collective:\u001B[0m\n' +
  '\u001B[94m> https://opencollective.example.com/polyfill-suite \u001B[0m\n\n' +
  '\u001B[96mThe maintainers are also looking for a good job :)\u001B[0m\n';

function strip(s) {
  return s.replace(/\u001B\[\d+m/g, '');
}

if (!ADBLOCK && !CI && !DISABLE_OPENCOLLECTIVE && !SILENT && !OPEN_SOURCE_CONTRIBUTOR && IS_DIRECT) {
  console.log(COLOR ? BANNER : strip(BANNER));
}
