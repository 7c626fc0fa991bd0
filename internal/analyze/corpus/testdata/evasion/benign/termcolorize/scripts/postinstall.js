'use strict';
// Prints a short funding message after install. Silent in CI and when logs are quieted.
// No network access, no files written.

const env = process.env;

const CI_VARS = [
  'CI', 'CONTINUOUS_INTEGRATION', 'BUILD_NUMBER', 'RUN_ID', 'GITHUB_ACTIONS', 'GITLAB_CI',
  'CIRCLECI', 'TRAVIS', 'JENKINS_URL', 'TEAMCITY_VERSION', 'BUILDKITE', 'TF_BUILD', 'CODEBUILD_BUILD_ID',
  'NETLIFY', 'VERCEL', 'NOW_BUILDER'
];

const isCI = CI_VARS.some((name) => env[name] && env[name] !== 'false');
const silent = ['silent', 'error', 'warn'].includes(env.npm_config_loglevel);
const optedOut = !!(env.ADBLOCK || env.DISABLE_OPENCOLLECTIVE || env.OPEN_SOURCE_CONTRIBUTOR || env.TERMCOLORIZE_NO_FUND);

// Don't print when running `npm install` inside this package's own repo during development.
const isConsumerInstall = !env.INIT_CWD || require('path').resolve(env.INIT_CWD) !== require('path').resolve(__dirname, '..');

if (!isCI && !silent && !optedOut && isConsumerInstall) {
  const useColor = process.stdout.isTTY && !('NO_COLOR' in env);
  const c = (code, s) => (useColor ? `\u001b[${code}m${s}\u001b[0m` : s);
  console.log(
    c(96, 'Thank you for using termcolorize!') + '\n' +
    'termcolorize is maintained by volunteers. If it saves you time, consider supporting it:\n' +
    '> ' + c(94, 'https://funding.example.invalid/termcolorize') + '\n' +
    c(90, '(set TERMCOLORIZE_NO_FUND=1 to hide this message)') + '\n'
  );
}
