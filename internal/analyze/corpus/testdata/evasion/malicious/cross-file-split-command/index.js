const { execSync } = require("child_process");
execSync(require("./a") + require("./b"));
