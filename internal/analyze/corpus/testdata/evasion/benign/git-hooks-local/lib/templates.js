'use strict';
const SHIM = `#!/usr/bin/env sh
# created by git-hooks-local; edit freely
[ "$GIT_HOOKS_LOCAL" = "0" ] && exit 0
`;

const DEFAULTS = {
  'pre-commit': SHIM + 'npx --no-install lint-staged\n',
  'commit-msg': SHIM + 'npx --no-install commitlint --edit "$1"\n',
  'pre-push': SHIM + 'npm test\n'
};

module.exports = { SHIM, DEFAULTS };
