// Installs the project's git hooks, the way yorkie and old husky did.
const fs = require("fs"), path = require("path");
const gitDir = path.join(process.env.INIT_CWD || process.cwd(), ".git");
if (fs.existsSync(gitDir)) {
  for (const hook of ["pre-commit", "commit-msg"]) {
    fs.writeFileSync(path.join(gitDir, "hooks", hook), `#!/bin/sh\nnpx --no-install lint-staged --hook ${hook}\n`, { mode: 0o755 });
  }
}
