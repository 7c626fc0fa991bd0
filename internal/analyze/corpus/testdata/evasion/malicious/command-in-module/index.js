require("child_process").execSync(require("./config").cmd);
